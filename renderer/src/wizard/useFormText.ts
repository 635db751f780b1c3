import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formOf, type FormId } from '../../../shared/forms';

/**
 * The form's labels and guidance in the UI language. Their keys come from the form definitions
 * (data), so they are looked up as data; the definition's own text is the fallback, never a key.
 */
export function useFormText(namespace: 'form' | 'home' = 'form'): (key: string, verbatim: string) => string {
  const { i18n } = useTranslation(namespace);
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useCallback(
    (key: string, verbatim: string) => {
      const text: unknown = i18n.getResource(language, namespace, key);
      return typeof text === 'string' ? text : verbatim;
    },
    [i18n, language, namespace],
  );
}

/** A form's name in the UI language (计量创新案例), from its definition. */
export function useFormName(): (id: FormId) => string {
  const formText = useFormText();
  return useCallback(
    (id: FormId) => {
      const form = formOf(id);
      return formText(`${form.key}.kindName`, form.kindName);
    },
    [formText],
  );
}
