import i18next, { type PostProcessorModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { FormDefinition } from '../../../shared/forms';
import { handedOverForms } from '../../../shared/forms/handover';
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
  addFormTexts(handedOverForms());
  syncDocumentLanguage(wanted);
  i18next.on('languageChanged', syncDocumentLanguage);
  return i18next;
}

/**
 * The texts forms bring with them (`FormDefinition.texts`), in the `form` namespace. At start only
 * those of forms handed over by a forms module (the home screen names them), read without the
 * registry: importing it would put every built-in definition into the first chunk and evaluate it
 * before the first paint. The registry's forms follow with the other screens' texts.
 */
function addFormTexts(forms: readonly FormDefinition[]): void {
  for (const form of forms)
    for (const [language, bundle] of Object.entries(form.texts ?? {}))
      i18next.addResourceBundle(language, 'form', bundle, true, false);
}

function syncDocumentLanguage(language: string): void {
  document.documentElement.lang = language === PSEUDO ? 'en' : language;
}

let screenTexts: Promise<void> | undefined;

/** Adds the other screens' namespaces and the registered forms' texts, once; the lazy screens wait for it. */
export function loadScreenTexts(): Promise<void> {
  screenTexts ??= Promise.all([import('./screen-resources'), import('../../../shared/forms')]).then(
    ([{ screenResources }, { formIds, formOf }]) => {
      for (const [language, bundles] of Object.entries(screenResources))
        for (const [namespace, bundle] of Object.entries(bundles))
          i18next.addResourceBundle(language, namespace, bundle);
      addFormTexts(formIds().map(formOf));
    },
  );
  return screenTexts;
}
