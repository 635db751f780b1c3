import type { Language } from '../../../shared/languages';

type Namespace = Record<string, unknown>;
export type Resources = Record<Language, Record<string, Namespace>>;

/** Files of `resources/locales/<lng>/<namespace>.json`, by language and namespace. */
export function byLanguage(files: Record<string, Namespace>): Resources {
  const resources: Resources = { 'zh-Hans': {}, 'zh-Hant': {} };
  for (const [path, content] of Object.entries(files)) {
    const match = /locales\/(zh-Hans|zh-Hant)\/([\w-]+)\.json$/.exec(path);
    if (match) resources[match[1] as Language][match[2]!] = content;
  }
  return resources;
}

/**
 * What the home screen and the error banner say, bundled with the first screen. Every other
 * namespace comes with the screens that use it (`screen-resources.ts`), so a new namespace is a
 * new file with no list to keep in step.
 */
export const resources = byLanguage(
  import.meta.glob<Namespace>('../../../resources/locales/*/{common,home,errors}.json', {
    eager: true,
    import: 'default',
  }),
);

export const namespaces = Object.keys(resources['zh-Hans']);
