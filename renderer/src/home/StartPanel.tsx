import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formOf, isFormId, type FormDefinition, type FormId } from '../../../shared/forms';
import { invokeOrShow } from '../api';
import { useShortcutHint } from '../shortcut-hint';
import { useUi } from '../stores/ui';
import { useFormName, useFormText } from '../wizard/useFormText';
import { CampaignCard } from './CampaignCard';
import { daysUntil } from './deadline';
import type { CampaignEntry } from './home-data';

/** The limits a writer meets first, read from the form definition rather than repeated here. */
function limitsOf(form: FormDefinition): { summary: number; body: number } | undefined {
  const body = form.totals.find((t) => t.id === form.body);
  const inBody = new Set(body ? body.fields : [form.body]);
  const texts = form.fields.filter((f) => f.type === 'longText');
  const summary = texts.find((f) => f.limit && !inBody.has(f.id))?.limit;
  const bodyLimit = body?.limit ?? texts.find((f) => f.id === form.body)?.limit;
  return summary && bodyLimit ? { summary, body: bodyLimit } : undefined;
}

/** The menu's 新建 shortcuts make a draft of the newest call; its buttons carry the hint. */
const SHORTCUTS: Partial<Record<FormId, 'new-case' | 'new-material'>> = {
  case: 'new-case',
  material: 'new-material',
};

function NewDraftButton({ kind, campaignId, hinted }: { kind: FormId; campaignId: string; hinted: boolean }) {
  const { t } = useTranslation('home');
  const hint = useShortcutHint();
  const go = useUi((s) => s.go);
  const [busy, setBusy] = useState(false);
  const limits = limitsOf(formOf(kind));
  const formName = useFormName();
  // A form's own title and line under its button, where the home texts have them (the 610
  // forms, so that 繁體 shows them before the form texts are loaded); else 新建 + the form's name.
  const homeText = useFormText('home');
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

/**
 * One call: the forms it asks for, each a way in, beside its facts. A call past its deadline
 * still offers them (a late submission may be agreed with the organiser), marked 已截止.
 */
function CampaignBlock({ entry, hinted }: { entry: CampaignEntry; hinted: (kind: FormId) => boolean }) {
  const { campaign } = entry;
  const closed = daysUntil(campaign.deadline, new Date()) < 0;
  const headingId = `campaign-${campaign.id}`;
  return (
    <section className={`campaign-block${closed ? ' campaign-closed' : ''}`} aria-labelledby={headingId}>
      <div className="start-grid">
        {campaign.forms.filter(isFormId).map((kind) => (
          <NewDraftButton key={kind} kind={kind} campaignId={campaign.id} hinted={hinted(kind)} />
        ))}
      </div>
      <CampaignCard campaign={campaign} headingId={headingId} />
    </section>
  );
}

/** The ways in, call by call (newest first), plus the way back to saved work. */
export function StartPanel({ campaigns }: { campaigns: CampaignEntry[] }) {
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
          hinted={(kind) => firstOf(kind) === entry.campaign.id}
        />
      ))}
      <button type="button" className="link-button drafts-entry" onClick={() => go({ screen: 'drafts' })}>
        <span className="drafts-title">{t('drafts.open')}</span>
        <span className="drafts-hint" aria-hidden="true">
          {t('drafts.hint')}
        </span>
      </button>
    </section>
  );
}
