import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../shared/forms';
import type { FieldIssue } from '../../../shared/validate';
import { focusTarget, useIssueText } from './issues';
import { useNavigation } from './navigation';
import { toneOf, worstTone } from './step-state';
import { useStepName } from './useFormText';

interface MissingListProps {
  form: FormDefinition;
  issues: FieldIssue[];
  /** Prefix each line with its step's name (the review lists every step's issues). */
  withStep?: boolean;
}

/** What is still missing or wrong, each line a link that moves to the field and focuses it. */
export function MissingList({ form, issues, withStep = false }: MissingListProps) {
  const { t } = useTranslation('wizard');
  const stepName = useStepName(form);
  const issueText = useIssueText(form);
  const goTo = useNavigation((s) => s.goTo);
  return (
    <ul className="missing-list">
      {issues.map((issue) => (
        <li key={`${issue.step}-${issue.code}-${issue.field}`} className={`issue issue-${toneOf(issue)}`}>
          <span className="issue-severity">{t(`severity.${toneOf(issue)}`)}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => goTo(issue.step, focusTarget(form, issue))}
          >
            {withStep && <span className="issue-step">{stepName(issue.step)} · </span>}
            {issueText(issue)}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * The box at the top of a step: its own issues, or a word that the step is complete — or, for an
 * optional step left empty, that it may stay so (empty is not "done").
 */
export function StepIssues({
  form,
  issues,
  optionalEmpty,
}: {
  form: FormDefinition;
  issues: FieldIssue[];
  optionalEmpty: boolean;
}) {
  const { t } = useTranslation('wizard');
  if (issues.length === 0 && optionalEmpty) return <p className="step-optional">{t('missing.optional')}</p>;
  if (issues.length === 0) return <p className="step-complete">{t('missing.none')}</p>;
  return (
    <details className={`step-issues tone-${worstTone(issues)}`} open>
      <summary>{t('missing.count', { n: issues.length })}</summary>
      <MissingList form={form} issues={issues} />
    </details>
  );
}
