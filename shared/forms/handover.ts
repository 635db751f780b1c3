import type { FormDefinition } from './types';

/**
 * The global through which a forms module bundled for the renderer hands its forms to the app's
 * registry (docs/ARCHITECTURE.md, "Forms modules"): the bundle runs before the app's own script and
 * sets it; the registry registers what it finds there when it loads. Nothing sets it otherwise.
 */
export const FORMS_GLOBAL = '__deskForms';

/** The forms handed over through `FORMS_GLOBAL`, if any. */
export function handedOverForms(): FormDefinition[] {
  const value: unknown = (globalThis as Record<string, unknown>)[FORMS_GLOBAL];
  return Array.isArray(value) ? (value as FormDefinition[]) : [];
}
