import type { AttachmentsField, Field, SignatureField } from '../../../../shared/forms/fields';

/** A finding about a field, its message already in the UI language; `rowId`/`column` point into a table. */
export interface FieldIssue {
  severity: 'error' | 'warning';
  message: string;
  rowId?: string;
  column?: string;
}

/**
 * The kinds whose value is one entry of `values` and that these controls edit. Attachments and the
 * signature block are the draft's files and declaration: the wizard's attachments and declaration
 * steps edit them.
 */
export type ControlledField = Exclude<Field, AttachmentsField | SignatureField>;

export const hasControl = (field: Field): field is ControlledField =>
  field.type !== 'attachments' && field.type !== 'signature';

export interface ControlProps<F extends ControlledField = ControlledField> {
  field: F;
  value: unknown;
  onChange: (next: unknown) => void;
  issues?: readonly FieldIssue[];
  readOnly?: boolean;
}
