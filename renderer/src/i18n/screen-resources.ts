import { byLanguage } from './resources';

/** Every namespace the home screen does not use, loaded with the first screen that does. */
export const screenResources = byLanguage(
  import.meta.glob<Record<string, unknown>>(
    ['../../../resources/locales/*/*.json', '!../../../resources/locales/*/{common,home,errors}.json'],
    { eager: true, import: 'default' },
  ),
);
