import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../shared/forms';
import type { PreflightIssue } from '../../../shared/issues';
import { useDraft } from '../stores/draft';
import { useFieldName } from '../wizard/issues';
import { useScriptFix, useUndoableConversion } from './script-fix';

/** A field as preflight names it; the unit opinion is not a field the wizard's names know. */
function usePreflightFieldName(form: FormDefinition): (field: string) => string {
  const { t } = useTranslation('delivery');
  const wizardName = useFieldName(form);
  return (field) => (field === 'opinion' ? t('changed.declaration.opinion') : wizardName(field));
}

/** The warning's sentence: the field, and a few characters of each script as the user typed them. */
export function useMixedScriptText(form: FormDefinition): (issue: PreflightIssue) => string {
  const { t } = useTranslation('export');
  const name = usePreflightFieldName(form);
  return (issue) => {
    return t('issue.mixed-script', {
      field: name(issue.field ?? ''),
      traditional: issue.mixed?.traditional.join('、') ?? '',
      simplified: issue.mixed?.simplified.join('、') ?? '',
    });
  };
}

/** The one-click conversion of the warned field to simplified characters, as the form prints. */
export function MixedScriptFix({ form, field }: { form: FormDefinition; field: string }) {
  const { t } = useTranslation('export');
  const name = usePreflightFieldName(form);
  const locked = useDraft((s) => s.draft?.status === 'final');
  const convert = useScriptFix((s) => s.toSimplified);
  if (locked) return <span className="muted small">{t('mixed.locked')}</span>;
  return (
    <button type="button" className="link-button" onClick={() => void convert(field)}>
      {t('mixed.convert', { field: name(field) })}
    </button>
  );
}

/** After a conversion: what was converted, and the way back while the field is as converted. */
export function MixedScriptNotice({ form }: { form: FormDefinition }) {
  const { t } = useTranslation('export');
  const name = usePreflightFieldName(form);
  const conversion = useUndoableConversion();
  const undone = useScriptFix((s) => s.undone);
  const undo = useScriptFix((s) => s.undo);
  if (conversion)
    return (
      <p className="script-fix" role="status">
        {t('mixed.converted', { field: name(conversion.field) })}{' '}
        <button type="button" className="link-button" onClick={() => void undo()}>
          {t('mixed.undo')}
        </button>
      </p>
    );
  if (undone)
    return (
      <p className="script-fix" role="status">
        {t('mixed.undone', { field: name(undone) })}
      </p>
    );
  return null;
}
