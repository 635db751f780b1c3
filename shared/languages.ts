/**
 * The UI languages, without zod: the renderer's first screen needs the list but not the schemas
 * (`shared/settings.ts` builds its schema from this list).
 */
export const LANGUAGES = ['zh-Hans', 'zh-Hant'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
