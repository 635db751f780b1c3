import type { Language } from '../languages';

/**
 * A form's own texts, for a form that brings them with it (a forms module loaded at start, a
 * test's form): per language, the `form` namespace's entries it adds — its labels' translations and
 * its rules' messages. The built-in forms keep theirs in `resources/locales/<lng>/form.json`.
 */
export type FormTexts = Partial<Record<Language, Record<string, unknown>>>;

/** The text at `key` in a bundle of i18next resources, nested by `.` or flat. */
export function lookupText(bundle: unknown, key: string): string | undefined {
  if (!bundle || typeof bundle !== 'object') return undefined;
  const flat = (bundle as Record<string, unknown>)[key];
  if (typeof flat === 'string') return flat;
  let at: unknown = bundle;
  for (const part of key.split('.')) {
    if (!at || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return typeof at === 'string' ? at : undefined;
}

/** `{{name}}` placeholders filled as i18next fills them. */
export function interpolate(text: string, params: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
