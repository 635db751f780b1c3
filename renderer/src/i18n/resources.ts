import type { Language } from '../../../shared/settings';

type Namespace = Record<string, unknown>;

/**
 * Every `resources/locales/<lng>/<namespace>.json`, bundled: a new namespace is a new file, with no
 * list to keep in step. The files are small; only OpenCC's dictionaries are worth loading lazily.
 */
const files = import.meta.glob<Namespace>('../../../resources/locales/*/*.json', {
  eager: true,
  import: 'default',
});

export const resources: Record<Language, Record<string, Namespace>> = { 'zh-Hans': {}, 'zh-Hant': {} };
for (const [path, content] of Object.entries(files)) {
  const match = /locales\/(zh-Hans|zh-Hant)\/([\w-]+)\.json$/.exec(path);
  if (match) resources[match[1] as Language][match[2]!] = content;
}

export const namespaces = Object.keys(resources['zh-Hans']);
