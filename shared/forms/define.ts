import { attachmentsContent, sortedValues } from '../content';
import type { Draft, FieldValue } from '../draft';
import type { Field, FormRule } from './fields';
import type { FormDefinition, FormStep, PartTotal } from './types';

/**
 * What a form is written as: its fields, steps and rules. What follows from the fields (a new
 * draft's values, the printed content) and the review step every wizard ends with are added.
 */
export type FormSpec = Omit<FormDefinition, 'emptyValues' | 'content' | 'rules' | 'totals' | 'paper610'> & {
  rules?: FormRule<Draft['values']>[];
  totals?: PartTotal[];
};

/** The review step (检查与导出) every form's wizard ends with. */
export const REVIEW_STEP: FormStep = { id: 'review', fields: [], screen: 'review' };

/** A field's value in a new draft; the files and the declaration live beside the values. */
function emptyValue(field: Field): FieldValue | undefined {
  switch (field.type) {
    case 'text':
    case 'longText':
    case 'choice':
      return '';
    case 'date':
    case 'number':
    case 'yesNo':
      return null;
    case 'rows':
      return [];
    case 'attachments':
    case 'signature':
      return undefined;
  }
}

/** A form as data: `export const activityForm = defineForm({...})`, then one line in the registry. */
export function defineForm(spec: FormSpec): FormDefinition {
  const valueIds = new Set(spec.fields.filter((field) => emptyValue(field) !== undefined).map((f) => f.id));
  const signed = spec.fields.some((field) => field.type === 'signature');
  const steps = spec.steps.some((step) => step.screen === 'review')
    ? spec.steps
    : [...spec.steps, REVIEW_STEP];
  return {
    ...spec,
    rules: spec.rules ?? [],
    totals: spec.totals ?? [],
    steps,
    emptyValues: () =>
      Object.fromEntries(
        spec.fields.flatMap((field) => {
          const value = emptyValue(field);
          return value === undefined ? [] : [[field.id, value]];
        }),
      ),
    // Only what the form prints: a value the form does not declare (left by an older version of
    // it) does not change the printed hash.
    content: (draft) => ({
      form: draft.form,
      campaignId: draft.campaignId,
      values: sortedValues(
        Object.fromEntries(Object.entries(draft.values).filter(([id]) => valueIds.has(id))),
      ),
      attachments: attachmentsContent(draft),
      ...(signed ? { declaration: draft.declaration } : {}),
    }),
  };
}
