import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../shared/forms';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useShortcutHint } from '../shortcut-hint';
import { leaveDraft, saveNow, useDraft } from '../stores/draft';
import { useFind } from './find/find-store';
import { useUi } from '../stores/ui';
import { PageEstimate } from './PageEstimate';
import { SaveIndicator } from './SaveIndicator';
import { useFormText } from './useFormText';
import { textOf } from '../../../shared/draft';

/** Which draft this is, whether it is saved, whether it is 定稿, and the way out. */
export function WizardHeader({ form }: { form: FormDefinition }) {
  const { t } = useTranslation('wizard');
  const { t: tFind } = useTranslation('find');
  const hint = useShortcutHint();
  const formText = useFormText();
  const go = useUi((s) => s.go);
  const title = useDraft((s) => (s.draft ? textOf(s.draft, form.titleField).trim() : undefined));
  const status = useDraft((s) => s.draft?.status);
  return (
    <header className="wizard-header">
      <button
        type="button"
        className="quiet-button back"
        onClick={() => void leaveDraft().then((left) => left && go({ screen: 'drafts' }))}
      >
        {t('header.back')}
      </button>
      <div className="wizard-title">
        <span className={`kind-badge kind-${form.id}`}>
          {formText(`${form.key}.kindName`, form.kindName)}
        </span>
        <h1>{title || t('header.untitled')}</h1>
        <span className={`status-badge status-${status}`}>{t(`status.${status ?? 'draft'}`)}</span>
      </div>
      <div className="wizard-tools">
        <PageEstimate />
        <SaveIndicator />
        <button type="button" className="quiet-button" {...hint('save')} onClick={() => void saveNow()}>
          {tFind('save')}
        </button>
        <button
          type="button"
          className="quiet-button"
          {...hint('find')}
          onClick={() => useFind.getState().show()}
        >
          {tFind('open')}
        </button>
        <LanguageSwitch />
      </div>
    </header>
  );
}
