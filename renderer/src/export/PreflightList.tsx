import { useTranslation } from 'react-i18next';
import type { FormDefinition, StepId } from '../../../shared/forms';
import type { PreflightIssue } from '../../../shared/ipc';
import type { FieldIssue, FieldIssueCode } from '../../../shared/validate';
import { focusTarget, useIssueText } from '../wizard/issues';
import { useNavigation } from '../wizard/navigation';
import { MixedScriptFix, useMixedScriptText } from './MixedScript';

/** Codes the export adds to the wizard's own checks; the rest read as the wizard words them. */
const EXPORT_CODES = [
  'attachment-missing',
  'image-broken',
  'unsupported-file',
  'image-low-resolution',
  'deadline-passed',
  'sign-date-missing',
  'not-final',
] as const;
type ExportCode = (typeof EXPORT_CODES)[number];
const isExportCode = (code: string): code is ExportCode => (EXPORT_CODES as readonly string[]).includes(code);

/** The wizard's issue back from its wire form, where `detail` carries `words/limit[/chars]`. */
function asFieldIssue(issue: PreflightIssue): FieldIssue {
  const [wordsText, limitText, unit] = (issue.detail ?? '').split('/');
  const words = Number(wordsText);
  const limit = limitText === undefined ? NaN : Number(limitText);
  return {
    severity: issue.severity,
    code: issue.code as FieldIssueCode,
    step: issue.step as StepId,
    field: issue.field ?? '',
    ...(!Number.isNaN(limit) ? { words, limit } : words ? { limit: words } : {}),
    ...(unit === 'chars' ? { unit } : {}),
  };
}

/** Errors first, then warnings; each with a button that opens the step and focuses the field. */
export function PreflightList({ form, issues }: { form: FormDefinition; issues: PreflightIssue[] }) {
  const { t } = useTranslation('export');
  const { t: tw } = useTranslation('wizard');
  const wizardText = useIssueText(form);
  const mixedScriptText = useMixedScriptText(form);
  const goTo = useNavigation((s) => s.goTo);
  const ordered = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <ul className="missing-list preflight-list">
      {ordered.map((issue) => {
        const text =
          issue.code === 'mixed-script'
            ? mixedScriptText(issue)
            : isExportCode(issue.code)
              ? t(`issue.${issue.code}`, { detail: issue.detail ?? '' })
              : wizardText(asFieldIssue(issue));
        const field = issue.field ? focusTarget(form, asFieldIssue(issue)) : undefined;
        return (
          <li
            key={`${issue.code}-${issue.field ?? ''}-${issue.detail ?? ''}`}
            className={`issue issue-${issue.severity}`}
          >
            <span className="issue-severity">{t(`severity.${issue.severity}`)}</span>
            <span className="issue-step">{tw(`steps.${issue.step as StepId}`)} · </span>
            <span>{text}</span>{' '}
            <button type="button" className="link-button" onClick={() => goTo(issue.step as StepId, field)}>
              {t('preflight.jump')}
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
