import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../shared/forms';
import type { FieldIssue } from '../../../shared/validate';
import { focusTarget, useIssueText } from './issues';
import { useNavigation } from './navigation';

interface MissingListProps {
  form: FormDefinition;
  issues: FieldIssue[];
  /** Prefix each line with its step's name (the review lists every step's issues). */
  withStep?: boolean;
}

/** What is still missing or wrong, each line a link that moves to the field and focuses it. */
export function MissingList({ form, issues, withStep = false }: MissingListProps) {
  const { t } = useTranslation('wizard');
  const issueText = useIssueText(form);
  const goTo = useNavigation((s) => s.goTo);
  return (
    <ul className="missing-list">
      {issues.map((issue) => (
        <li key={`${issue.step}-${issue.code}-${issue.field}`} className={`issue issue-${issue.severity}`}>
          <span className="issue-severity">{t(`severity.${issue.severity}`)}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => goTo(issue.step, focusTarget(form, issue))}
          >
            {withStep && <span className="issue-step">{t(`steps.${issue.step}`)} · </span>}
            {issueText(issue)}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The box at the top of a step: its own issues, or a word that the step is complete. */
export function StepIssues({ form, issues }: { form: FormDefinition; issues: FieldIssue[] }) {
  const { t } = useTranslation('wizard');
  if (issues.length === 0) return <p className="step-complete">{t('missing.none')}</p>;
  return (
    <details className="step-issues" open>
      <summary>{t('missing.count', { n: issues.length })}</summary>
      <MissingList form={form} issues={issues} />
    </details>
  );
}
