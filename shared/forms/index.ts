import { caseForm } from './case';
import { materialForm } from './material';
import type { FormDefinition, FormKind, Section, TextPart } from './types';

export * from './types';
export type * from './fields';
export { FORM_TITLE, SIGNATURE_LABELS, DEFAULT_OPINION } from './common';

export const forms: Record<FormKind, FormDefinition> = { case: caseForm, material: materialForm };

export const formKinds = Object.keys(forms) as FormKind[];

export function formOf(kind: FormKind): FormDefinition {
  return forms[kind];
}

/** Every text field of a form, in printed order. */
export function partsOf(form: FormDefinition): TextPart[] {
  return form.sections.flatMap((section) => section.parts);
}

export function sectionsOfStep(form: FormDefinition, step: Section['step']): Section[] {
  return form.sections.filter((section) => section.step === step);
}
