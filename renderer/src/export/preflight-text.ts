import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../shared/forms';
import { isFieldIssueCode, type PreflightIssue } from '../../../shared/issues';
import { dateParts } from '../home/deadline';
import { useIssueText } from '../wizard/issues';
import { useMixedScriptText } from './MixedScript';

/**
 * One sentence per preflight finding, in the UI language: the wizard's own findings as the wizard
 * words them, the rest as the export does. The export panel lists them with a way to fix each;
 * the 汇总 screen lists another unit's, read-only.
 */
export function usePreflightText(form: FormDefinition): (issue: PreflightIssue) => string {
  const { t } = useTranslation('export');
  const { t: th } = useTranslation('home');
  const wizardText = useIssueText(form);
  const mixedScriptText = useMixedScriptText(form);
  // The deadline comes as an ISO date; on screen dates are written 2022年1月20日.
  const detailText = (issue: PreflightIssue) =>
    (issue.code === 'deadline-passed' || issue.code === 'submission-due') && issue.detail
      ? th('campaign.date', dateParts(issue.detail))
      : (issue.detail ?? '');
  return (issue) => {
    const { code, field = '' } = issue;
    if (code === 'mixed-script') return mixedScriptText(issue);
    if (isFieldIssueCode(code)) return wizardText({ ...issue, code, field });
    if (code === 'submission-due')
      return t(`issue.submission-${issue.detail ? 'due' : 'to'}${issue.email ? '-email' : ''}` as const, {
        detail: detailText(issue),
        recipient: issue.recipient ?? '',
        email: issue.email ?? '',
      });
    return t(`issue.${code}`, { detail: detailText(issue) });
  };
}
