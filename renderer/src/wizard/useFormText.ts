import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The form's labels and guidance in the UI language. Their keys come from the form definitions
 * (data), so they are looked up as data; the definition's own text is the fallback, never a key.
 */
export function useFormText(): (key: string, verbatim: string) => string {
  const { i18n } = useTranslation('form');
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useCallback(
    (key: string, verbatim: string) => {
      const text: unknown = i18n.getResource(language, 'form', key);
      return typeof text === 'string' ? text : verbatim;
    },
    [i18n, language],
  );
}
