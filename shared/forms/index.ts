import { caseForm } from './case';
import { materialForm } from './material';
import type { FormDefinition, FormId, Section, TextPart } from './types';

export * from './types';
export type * from './fields';
export { FORM_TITLE, SIGNATURE_LABELS, DEFAULT_OPINION } from './common';

/**
 * The one registry of forms: every form the app knows, by id, in the order the home screen and
 * `cli forms` list them. The built-in forms are here from the start; `registerForm` adds more
 * (a form module loaded for a campaign, or a test's form).
 */
const registry = new Map<FormId, FormDefinition>([
  [caseForm.id, caseForm],
  [materialForm.id, materialForm],
]);

export function registerForm(form: FormDefinition): void {
  if (registry.has(form.id) && registry.get(form.id) !== form)
    throw new Error(`form ${form.id} is registered already`);
  registry.set(form.id, form);
}

export function isFormId(id: string): boolean {
  return registry.has(id);
}

/** Every registered form's id, in registry order. */
export function formIds(): FormId[] {
  return [...registry.keys()];
}

/** The definition of a registered form; a draft of an unknown form is refused where it is read. */
export function formOf(id: FormId): FormDefinition {
  const form = registry.get(id);
  if (!form) throw new Error(`unknown form: ${id}`);
  return form;
}

/** Every text field of a form, in printed order. */
export function partsOf(form: FormDefinition): TextPart[] {
  return form.sections.flatMap((section) => section.parts);
}

export function sectionsOfStep(form: FormDefinition, step: Section['step']): Section[] {
  return form.sections.filter((section) => section.step === step);
}
