import i18next, { type PostProcessorModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formIds, formOf } from '../../../shared/forms';
import type { Language } from '../../../shared/languages';
import { namespaces, resources } from './resources';
import './types';

/** A dev-only language that shows `[[key]]` instead of text, so a hard-coded string stands out. */
export const PSEUDO = 'pseudo';
const pseudo: PostProcessorModule = {
  type: 'postProcessor',
  name: PSEUDO,
  process: (value, key, _options, translator: { language?: string }) =>
    translator.language === PSEUDO ? `[[${[key].flat().join('|')}]]` : value,
};

export async function initI18n(language: Language): Promise<typeof i18next> {
  const dev = import.meta.env.DEV;
  const wanted = dev && new URLSearchParams(location.search).has(PSEUDO) ? PSEUDO : language;
  if (dev) i18next.use(pseudo);
  await i18next.use(initReactI18next).init({
    resources,
    ns: namespaces,
    defaultNS: 'common',
    lng: wanted,
    fallbackLng: 'zh-Hans',
    supportedLngs: ['zh-Hans', 'zh-Hant', ...(dev ? [PSEUDO] : [])],
    interpolation: { escapeValue: false },
    postProcess: dev ? [PSEUDO] : false,
    returnNull: false,
  });
  addFormTexts();
  syncDocumentLanguage(wanted);
  i18next.on('languageChanged', syncDocumentLanguage);
  return i18next;
}

/** The texts registered forms bring with them (`FormDefinition.texts`), in the `form` namespace. */
function addFormTexts(): void {
  for (const form of formIds().map(formOf))
    for (const [language, bundle] of Object.entries(form.texts ?? {}))
      i18next.addResourceBundle(language, 'form', bundle, true, false);
}

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language === PSEUDO ? 'en' : language;
}

let screenTexts: Promise<void> | undefined;

/** Adds the other screens' namespaces, once; the lazy screens wait for it before they show. */
export function loadScreenTexts(): Promise<void> {
  screenTexts ??= import('./screen-resources').then(({ screenResources }) => {
    for (const [language, bundles] of Object.entries(screenResources))
      for (const [namespace, bundle] of Object.entries(bundles))
        i18next.addResourceBundle(language, namespace, bundle);
  });
  return screenTexts;
}
