import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../../../shared/forms/fields';
import { fieldDomId } from '../navigation';
import { useFormText } from '../useFormText';
import type { FieldIssue } from './types';

/** The ids a field's control points its `aria-describedby` at. */
export function describedIds(
  field: Field,
  issues: readonly FieldIssue[],
  extra: (string | false | undefined)[] = [],
) {
  const id = fieldDomId(field.id);
  return (
    [field.guidance && `${id}-guidance`, issues.some((issue) => !issue.rowId) && `${id}-issues`, ...extra]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

/** The field's name in the UI language: the control's accessible name. */
export function useFieldName(field: Field): string {
  const formText = useFormText();
  return formText(`${field.key}.name`, field.name);
}

/** A field's findings under it, errors and warnings told apart in words, not only in colour. */
export function IssueList({ id, issues }: { id: string; issues: readonly FieldIssue[] }) {
  const { t } = useTranslation('wizard');
  if (!issues.length) return null;
  return (
    <ul id={id} className="field-issues">
      {issues.map((issue, index) => (
        <li key={index} className={`field-issue field-issue-${issue.severity}`}>
          <strong>{t(issue.severity === 'error' ? 'severity.error' : 'severity.warning')}</strong>{' '}
          {issue.message}
        </li>
      ))}
    </ul>
  );
}

/**
 * A field's head (its name, 必填, the blank form's guidance), its control and its findings. A
 * group of radios is a fieldset whose legend is the name; any other control is labelled by it.
 */
export function FieldFrame({
  field,
  issues,
  group = false,
  children,
}: {
  field: Field;
  issues: readonly FieldIssue[];
  group?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation('fields');
  const formText = useFormText();
  const name = useFieldName(field);
  const id = fieldDomId(field.id);
  const guidance = field.guidance && formText(`${field.key}.guidance`, field.guidance);
  const required = field.required && (
    <span className="field-required" aria-hidden="true">
      {t('required')}
    </span>
  );
  const own = issues.filter((issue) => !issue.rowId);
  const body = (
    <>
      {group ? (
        <legend className="field-head">
          {name}
          {required}
        </legend>
      ) : (
        <div className="field-head">
          <label htmlFor={id}>{name}</label>
          {required}
        </div>
      )}
      {guidance && (
        <p id={`${id}-guidance`} className="guidance">
          {guidance}
        </p>
      )}
      {children}
      <IssueList id={`${id}-issues`} issues={own} />
    </>
  );
  return group ? (
    <fieldset className={`field field-${field.type}`}>{body}</fieldset>
  ) : (
    <div className={`field field-${field.type}`}>{body}</div>
  );
}
