import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../shared/forms';
import type { PreflightIssue } from '../../../shared/issues';
import { focusTarget } from '../wizard/issues';
import { FINALISE_FIELD, useNavigation } from '../wizard/navigation';
import { toneOf, type Tone } from '../wizard/step-state';
import { useDraft } from '../stores/draft';
import { useUi } from '../stores/ui';
import { useStepName } from '../wizard/useFormText';
import { MixedScriptFix } from './MixedScript';
import { usePreflightText } from './preflight-text';

/**
 * Where an issue is fixed. Two warnings are not about a field: a passed deadline is fixed (or
 * confirmed) in the campaign facts, which live in Settings; 未定稿 is fixed by the 定稿 button of
 * this very step, so the jump focuses that button instead of opening the step it is already on.
 */
function useFix(draftId: string): (issue: PreflightIssue, field: string | undefined) => () => void {
  const goTo = useNavigation((s) => s.goTo);
  const go = useUi((s) => s.go);
  return (issue, field) => {
    if (issue.code === 'deadline-passed' || issue.code === 'submission-due')
      return () =>
        go({
          screen: 'settings',
          section: 'campaign',
          // The deadline that passed is the draft's own campaign's.
          campaignId: useDraft.getState().draft?.campaignId,
          back: { screen: 'wizard', draftId, step: 'review' },
        });
    if (issue.code === 'not-final') return () => goTo('review', FINALISE_FIELD);
    return () => goTo(issue.step, field);
  };
}

const TONES: readonly Tone[] = ['error', 'todo', 'warning'];

/** How many of each kind, in the words the lists use: 2 项需修改 · 6 项待填写 · 1 项请核对. */
export function PreflightSummary({ issues }: { issues: PreflightIssue[] }) {
  const { t } = useTranslation('export');
  const parts = TONES.map((tone) => [tone, issues.filter((i) => toneOf(i) === tone).length] as const)
    .filter(([, count]) => count > 0)
    .map(([tone, count]) => t(`preflight.count.${tone}`, { count }));
  return <p>{parts.join(' · ')}</p>;
}

const jumpLabel = (code: string) =>
  code === 'deadline-passed' || code === 'submission-due'
    ? 'preflight.jumpCampaign'
    : code === 'not-final'
      ? 'preflight.jumpFinalise'
      : 'preflight.jump';

/** What needs fixing first, then what to check; each with a button to the place where it is fixed. */
export function PreflightList({
  form,
  issues,
  draftId,
}: {
  form: FormDefinition;
  issues: PreflightIssue[];
  draftId: string;
}) {
  const { t } = useTranslation('export');
  const { t: tw } = useTranslation('wizard');
  const stepName = useStepName(form);
  const issueText = usePreflightText(form);
  const fix = useFix(draftId);

  const ordered = [...issues].sort((a, b) => TONES.indexOf(toneOf(a)) - TONES.indexOf(toneOf(b)));
  return (
    <ul className="missing-list preflight-list">
      {ordered.map((issue) => {
        const field = issue.field ? focusTarget(form, { field: issue.field }) : undefined;
        return (
          <li
            key={`${issue.code}-${issue.field ?? ''}-${issue.detail ?? ''}`}
            className={`issue issue-${toneOf(issue)}`}
          >
            <span className="issue-severity">{tw(`severity.${toneOf(issue)}`)}</span>
            {issue.step !== 'review' && <span className="issue-step">{stepName(issue.step)} · </span>}
            <span>{issueText(issue)}</span>{' '}
            <button type="button" className="link-button" onClick={fix(issue, field)}>
              {t(jumpLabel(issue.code))}
            </button>
            {issue.code === 'mixed-script' && issue.field && (
              <>
                {' '}
                <MixedScriptFix form={form} field={issue.field} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
