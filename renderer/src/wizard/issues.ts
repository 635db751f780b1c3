import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { interpolate, type FormDefinition } from '../../../shared/forms';
import type { FieldIssue } from '../../../shared/validate';
import { useFormText } from './useFormText';

/** Names a field the way its step labels it, in the UI language. */
export function useFieldName(form: FormDefinition): (fieldId: string) => string {
  const { t } = useTranslation('wizard');
  const formText = useFormText();
  return useCallback(
    (fieldId: string) => {
      const field = form.fields.find((f) => f.id === fieldId && f.type !== 'signature');
      if (field) return formText(`${field.key}.name`, field.name);
      const total = form.totals.find((s) => s.id === fieldId);
      if (total) return t('counter.total', { section: formText(`${total.key}.label`, total.label) });
      if (fieldId === 'declaration') return t('declaration.confirm');
      if (fieldId === 'signer') return t('declaration.signer');
      if (fieldId === 'opinion') return t('declaration.unitHeading');
      return t('steps.attachments');
    },
    [form, formText, t],
  );
}

/** One sentence per issue: what is wrong and, where it helps, by how much; a rule's names its clause. */
export function useIssueText(form: FormDefinition): (issue: FieldIssue) => string {
  const { t } = useTranslation('wizard');
  const fieldName = useFieldName(form);
  const formText = useFormText();
  return useCallback(
    (issue: FieldIssue) => {
      if (issue.rule)
        return t('issue.rule', {
          message: interpolate(formText(issue.rule.message, issue.rule.message), issue.rule.params),
          clause: issue.rule.clause,
        });
      // A cell's finding is shown in its row, under its column's name: the column names it.
      const table = issue.column && form.fields.find((f) => f.id === issue.field && f.type === 'rows');
      const column =
        table && table.type === 'rows' ? table.columns.find((c) => c.id === issue.column) : undefined;
      return t(issue.unit === 'chars' ? 'issue.over-limit-chars' : `issue.${issue.code}`, {
        field: column ? formText(`${column.key}.name`, column.name) : fieldName(issue.field),
        words: issue.words ?? 0,
        limit: issue.limit ?? 0,
        over: (issue.words ?? 0) - (issue.limit ?? 0),
      });
    },
    [fieldName, form, formText, t],
  );
}

/** The part to focus for an issue: a section's total points at the section's first part. */
export function focusTarget(form: FormDefinition, issue: Pick<FieldIssue, 'field'>): string {
  return form.totals.find((s) => s.id === issue.field)?.fields[0] ?? issue.field;
}
