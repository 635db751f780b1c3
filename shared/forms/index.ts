import { caseForm } from './case';
import { handedOverForms } from './handover';
import { materialForm } from './material';
import type { Field } from './fields';
import {
  paper610,
  type FormDefinition,
  type FormId,
  type FormStep,
  type Section,
  type StepId,
  type TextPart,
} from './types';

export * from './types';
export { interpolate, lookupText, type FormTexts } from './texts';
export type * from './fields';
export { defineForm, REVIEW_STEP, type FormSpec } from './define';
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

// A forms module bundled for the renderer ran before this one and left its forms here.
for (const form of handedOverForms()) registerForm(form);

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

/** What names a draft: its title and the unit that submits it, by the form's title and unit fields. */
export function draftNames(
  draft: { values: Record<string, unknown> },
  form: FormDefinition,
): { title: string; unit: string } {
  const text = (id: string | undefined) => {
    const value = id === undefined ? undefined : draft.values[id];
    return typeof value === 'string' ? value : '';
  };
  return { title: text(form.titleField), unit: text(form.unitField) };
}

/** The step a field is written on (its first, if a form lists it twice), else the review. */
export function stepOfField(form: FormDefinition, fieldId: string): StepId {
  return (form.steps.find((step) => step.fields.includes(fieldId)) ?? reviewStep(form)).id;
}

/** The step a form's wizard ends with: the issues, the counts, 定稿 and export. */
export function reviewStep(form: FormDefinition): FormStep {
  return form.steps.find((step) => step.screen === 'review') ?? form.steps[form.steps.length - 1]!;
}

/** The ids of a form's steps, in wizard order. */
export function stepIds(form: FormDefinition): StepId[] {
  return form.steps.map((step) => step.id);
}

/** A form's field by id, typed, where it has one. */
export function fieldOf(form: FormDefinition, id: string): Field | undefined {
  return form.fields.find((field) => field.id === id);
}

/** Every text field of a 610 form, in printed order. */
export function partsOf(form: FormDefinition): TextPart[] {
  return paper610(form).sections.flatMap((section) => section.parts);
}

export function sectionsOfStep(form: FormDefinition, step: StepId): Section[] {
  return paper610(form).sections.filter((section) => section.step === step);
}
