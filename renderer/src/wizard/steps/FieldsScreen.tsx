import { useCallback, useMemo } from 'react';
import type { FieldValue } from '../../../../shared/draft';
import type { FormDefinition, FormStep } from '../../../../shared/forms';
import type { SignatureField } from '../../../../shared/forms/fields';
import type { FieldIssue } from '../../../../shared/validate';
import { useDraft } from '../../stores/draft';
import { FieldsStep } from '../fields/FieldsStep';
import type { FieldIssue as ShownIssue } from '../fields/types';
import { useIssueText } from '../issues';
import { useStepName } from '../useFormText';
import { AttachmentsStep } from './AttachmentsStep';
import { DeclarationStep } from './DeclarationStep';

/**
 * A step of a form definition's fields: each shown by its kind's control, written through the draft
 * store (`setValue`: the one save path, autosaved, its findings shown under the field). The files
 * and the signature block of the step use the wizard's attachments and declaration screens.
 */
export function FieldsScreen({
  form,
  step,
  issues,
  readOnly,
}: {
  form: FormDefinition;
  step: FormStep;
  issues: FieldIssue[];
  readOnly: boolean;
}) {
  const values = useDraft((s) => s.draft?.values);
  const setValue = useDraft((s) => s.setValue);
  const issueText = useIssueText(form);
  const stepName = useStepName(form);
  const fields = useMemo(
    () => step.fields.flatMap((id) => form.fields.filter((field) => field.id === id)),
    [form, step],
  );
  const onChange = useCallback((id: string, next: unknown) => setValue(id, next as FieldValue), [setValue]);
  const shown = useMemo(() => {
    const byField: Record<string, ShownIssue[]> = {};
    for (const issue of issues) {
      if (!issue.field) continue;
      (byField[issue.field] ??= []).push({
        severity: issue.severity,
        message: issueText(issue),
        ...(issue.rowId ? { rowId: issue.rowId } : {}),
        ...(issue.column ? { column: issue.column } : {}),
      });
    }
    return byField;
  }, [issues, issueText]);
  if (!values) return null;
  const signature = fields.find((f): f is SignatureField => f.type === 'signature');
  return (
    <>
      <FieldsStep {...{ fields, values, onChange, readOnly }} issues={shown} label={stepName(step.id)} />
      {fields.some((f) => f.type === 'attachments') && <AttachmentsStep form={form} readOnly={readOnly} />}
      {signature && <DeclarationStep field={signature} readOnly={readOnly} />}
    </>
  );
}
