import { memo, useCallback } from 'react';
import type { Field } from '../../../../shared/forms/fields';
import { FieldControl } from './FieldControl';
import { hasControl, type ControlledField, type FieldIssue } from './types';
import './fields.css';

const NO_ISSUES: readonly FieldIssue[] = [];

export interface FieldsStepProps {
  /** The step's fields, in the form's order. */
  fields: readonly Field[];
  /** The draft's values by field id. */
  values: Readonly<Record<string, unknown>>;
  /** One field's new value; keep it the same function across renders so unchanged fields skip theirs. */
  onChange: (fieldId: string, next: unknown) => void;
  /** Findings by field id, their messages already in the UI language. */
  issues?: Readonly<Record<string, readonly FieldIssue[]>>;
  readOnly?: boolean;
  /** The step's name, for the section's accessible name. */
  label?: string;
}

const FieldItem = memo(function FieldItem({
  field,
  value,
  onChange,
  issues,
  readOnly,
}: {
  field: ControlledField;
  value: unknown;
  onChange: (fieldId: string, next: unknown) => void;
  issues: readonly FieldIssue[];
  readOnly: boolean;
}) {
  const change = useCallback((next: unknown) => onChange(field.id, next), [onChange, field.id]);
  return <FieldControl field={field} value={value} onChange={change} issues={issues} readOnly={readOnly} />;
});

/**
 * A step made of a form definition's fields: each with its guidance, its control and its findings.
 * Attachments and the signature block are left to the steps that edit the draft's files and its
 * declaration.
 */
export function FieldsStep({
  fields,
  values,
  onChange,
  issues = {},
  readOnly = false,
  label,
}: FieldsStepProps) {
  return (
    <section className="form-section fields-step" aria-label={label}>
      {fields.filter(hasControl).map((field) => (
        <FieldItem
          key={field.id}
          field={field}
          value={values[field.id]}
          onChange={onChange}
          issues={issues[field.id] ?? NO_ISSUES}
          readOnly={readOnly}
        />
      ))}
    </section>
  );
}
