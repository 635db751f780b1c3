import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormId } from '../../../shared/forms';
import { invokeOrShow } from '../api';
import { ImportDocxButton } from '../drafts/ImportDocxButton';
import { useShortcutHint } from '../shortcut-hint';
import { useUi } from '../stores/ui';
import { CampaignCard } from './CampaignCard';
import { daysUntil } from './deadline';
import type { CampaignEntry, HomeForm } from './home-data';

/**
 * A text of the UI language looked up as data (its key is built from a form id), else `verbatim`.
 * The home screen reads the forms through main's summary (`HomeForm`), not the definitions, so the
 * first chunk does not grow with every form registered.
 */
function useTexts(): (namespace: 'home' | 'form', key: string, verbatim: string) => string {
  const { i18n } = useTranslation('home');
  const language = i18n.resolvedLanguage ?? i18n.language;
  return (namespace, key, verbatim) => {
    const text: unknown = i18n.getResource(language, namespace, key);
    return typeof text === 'string' ? text : verbatim;
  };
}

/** The menu's 新建 shortcuts make a draft of the newest call; its buttons carry the hint. */
const SHORTCUTS: Partial<Record<FormId, 'new-case' | 'new-material'>> = {
  case: 'new-case',
  material: 'new-material',
};

function NewDraftButton({
  form,
  campaignId,
  hinted,
}: {
  form: HomeForm;
  campaignId: string;
  hinted: boolean;
}) {
  const { t } = useTranslation('home');
  const hint = useShortcutHint();
  const go = useUi((s) => s.go);
  const [busy, setBusy] = useState(false);
  const { id: kind, limits } = form;
  // A form's own title and line under its button, where the home texts have them (the 610
  // forms, so that 繁體 shows them before the form texts are loaded); else 新建 + the form's name.
  const text = useTexts();
  const homeText = (key: string, verbatim: string) => text('home', key, verbatim);
  const formName = text('form', `${form.key}.kindName`, form.kindName);
  const shortcut = hinted ? SHORTCUTS[kind] : undefined;
  const create = async () => {
    setBusy(true);
    const draft = await invokeOrShow('drafts:create', { form: kind, campaignId });
    setBusy(false);
    if (draft) go({ screen: 'wizard', draftId: draft.id });
  };
  return (
    <button
      type="button"
      className={`start-button start-${kind}`}
      {...(shortcut ? hint(shortcut) : {})}
      onClick={() => void create()}
      disabled={busy}
    >
      <span className="start-title">
        {homeText(`start.new.${kind}`, t('start.newNamed', { name: formName }))}
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

/**
 * One call: the forms it asks for, each a way in, beside its facts. A call past its deadline
 * still offers them (a late submission may be agreed with the organiser), marked 已截止.
 */
function CampaignBlock({
  entry,
  forms,
  hinted,
}: {
  entry: CampaignEntry;
  forms: HomeForm[];
  hinted: (kind: FormId) => boolean;
}) {
  const { campaign } = entry;
  const closed = campaign.deadline !== undefined && daysUntil(campaign.deadline, new Date()) < 0;
  const headingId = `campaign-${campaign.id}`;
  return (
    <section className={`campaign-block${closed ? ' campaign-closed' : ''}`} aria-labelledby={headingId}>
      <div className="start-grid">
        {campaign.forms.flatMap((kind) => {
          const form = forms.find((known) => known.id === kind);
          return form
            ? [<NewDraftButton key={kind} form={form} campaignId={campaign.id} hinted={hinted(kind)} />]
            : [];
        })}
      </div>
      <CampaignCard campaign={campaign} headingId={headingId} />
    </section>
  );
}

/** The ways in, call by call (newest first), plus the way back to saved work. */
export function StartPanel({ campaigns, forms }: { campaigns: CampaignEntry[]; forms: HomeForm[] }) {
  const { t } = useTranslation('home');
  const go = useUi((s) => s.go);
  // The shortcut makes a draft of the newest call that has the form: the first button of it.
  const firstOf = (kind: FormId) =>
    campaigns.find(({ campaign }) => campaign.forms.includes(kind))?.campaign.id;
  return (
    <section className="start" aria-labelledby="start-heading">
      <h2 id="start-heading" className="eyebrow">
        {t('start.heading')}
      </h2>
      {campaigns.map((entry) => (
        <CampaignBlock
          key={entry.campaign.id}
          entry={entry}
          forms={forms}
          hinted={(kind) => firstOf(kind) === entry.campaign.id}
        />
      ))}
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
