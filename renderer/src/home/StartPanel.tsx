import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formIds, formOf, type FormDefinition, type FormId } from '../../../shared/forms';
import { invokeOrShow } from '../api';
import { ImportDocxButton } from '../drafts/ImportDocxButton';
import { useShortcutHint } from '../shortcut-hint';
import { useUi } from '../stores/ui';
import { useFormName, useFormText } from '../wizard/useFormText';

/** The limits a writer meets first, read from the form definition rather than repeated here. */
function limitsOf(form: FormDefinition): { summary: number; body: number } | undefined {
  const summary = form.sections.find((s) => s.step === 'summary')?.parts[0]?.limit;
  const body = form.sections.find((s) => s.step === 'body');
  const bodyLimit = body?.totalLimit ?? body?.parts[0]?.limit;
  return summary && bodyLimit ? { summary, body: bodyLimit } : undefined;
}

function NewDraftButton({ kind }: { kind: FormId }) {
  const { t } = useTranslation('home');
  const hint = useShortcutHint();
  const go = useUi((s) => s.go);
  const [busy, setBusy] = useState(false);
  const limits = limitsOf(formOf(kind));
  const formName = useFormName();
  // A form's own title and line under its button, where the home texts have them (the 610
  // forms, so that 繁體 shows them before the form texts are loaded); else 新建 + the form's name.
  const homeText = useFormText('home');
  const create = async () => {
    setBusy(true);
    const draft = await invokeOrShow('drafts:create', { form: kind });
    setBusy(false);
    if (draft) go({ screen: 'wizard', draftId: draft.id });
  };
  return (
    <button
      type="button"
      className={`start-button start-${kind}`}
      {...hint(kind === 'case' ? 'new-case' : 'new-material')}
      onClick={() => void create()}
      disabled={busy}
    >
      <span className="start-title">
        {homeText(`start.new.${kind}`, t('start.newNamed', { name: formName(kind) }))}
      </span>
      <span className="start-hint" aria-hidden="true">
        {busy ? t('start.creating') : homeText(`start.hint.${kind}`, '')}
      </span>
      {limits && (
        <span className="start-limits" aria-hidden="true">
          {t('start.limits', limits)}
        </span>
      )}
    </button>
  );
}

/** The two ways in, plus the way back to saved work. */
export function StartPanel() {
  const { t } = useTranslation('home');
  const go = useUi((s) => s.go);
  return (
    <section className="start" aria-labelledby="start-heading">
      <h2 id="start-heading" className="eyebrow">
        {t('start.heading')}
      </h2>
      <div className="start-grid">
        {formIds().map((kind) => (
          <NewDraftButton key={kind} kind={kind} />
        ))}
      </div>
      <button type="button" className="link-button drafts-entry" onClick={() => go({ screen: 'drafts' })}>
        <span className="drafts-title">{t('drafts.open')}</span>
        <span className="drafts-hint" aria-hidden="true">
          {t('drafts.hint')}
        </span>
      </button>
      <ImportDocxButton className="link-button import-docx-entry" />
    </section>
  );
}
