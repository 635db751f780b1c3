import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { formOf, type FormDefinition, type FormId, type StepId } from '../../../shared/forms';

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

/**
 * A step's name in the UI language: the form's own text for it (`<form>.steps.<id>` in `form`),
 * else the wizard's name of a 610 step (`steps.<id>`), else the label its definition gives.
 */
export function useStepName(form: FormDefinition): (id: StepId) => string {
  const { i18n } = useTranslation(['form', 'wizard']);
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useCallback(
    (id: StepId) => {
      const text = (namespace: string, key: string): string | undefined => {
        const found: unknown = i18n.getResource(language, namespace, key);
        return typeof found === 'string' ? found : undefined;
      };
      const step = form.steps.find((s) => s.id === id);
      return text('form', `${form.key}.steps.${id}`) ?? text('wizard', `steps.${id}`) ?? step?.label ?? id;
    },
    [form, i18n, language],
  );
}
