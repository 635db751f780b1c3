import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../shared/campaign';
import type { ResponseOf } from '../../../../shared/ipc';
import { invokeOrShow, problemsText } from '../../api';
import { DateInput } from '../../controls/DateInput';
import { useDataText } from '../../i18n/useDataText';
import '../delivery.css';

type CampaignList = ResponseOf<'campaigns:list'>;
type Postal = NonNullable<Campaign['postal']>;
type Edit = { deadline: string; email: string; postal: Postal };
type Said = 'saved' | 'imported' | 'restored' | 'removed' | 'badDeadline';

const FIELDS = [
  { id: 'deadline', type: 'date' },
  { id: 'email', type: 'email' },
  { id: 'organisation', type: 'text' },
  { id: 'address', type: 'text' },
  { id: 'recipient', type: 'text' },
  { id: 'phone', type: 'tel' },
] as const;
type FieldId = (typeof FIELDS)[number]['id'];

const NO_POSTAL: Postal = { organisation: '', address: '', recipient: '', phone: '' };
const editOf = (campaign: Campaign): Edit => ({
  deadline: campaign.deadline ?? '',
  email: campaign.email ?? '',
  postal: { ...NO_POSTAL, ...campaign.postal },
});
const valueOf = (edit: Edit, id: FieldId) =>
  id === 'deadline' || id === 'email' ? edit[id] : edit.postal[id];
const withValue = (edit: Edit, id: FieldId, value: string): Edit =>
  id === 'deadline' || id === 'email'
    ? { ...edit, [id]: value }
    : { ...edit, postal: { ...edit.postal, [id]: value } };

/** Campaign files that did not load at start: each by name, with what is wrong in it. */
function SetAsideNotice({ setAside }: { setAside: CampaignList['setAside'] }) {
  const { t } = useTranslation('delivery');
  const { t: te } = useTranslation('errors');
  if (setAside.length === 0) return null;
  return (
    <div className="banner banner-warn" role="status">
      {setAside.map((entry) => (
        <p key={entry.file}>
          {t(entry.movedTo ? 'campaign.setAsideMoved' : 'campaign.setAsideBuiltin', {
            name: entry.file,
            movedTo: entry.movedTo,
          })}{' '}
          {problemsText(te, entry.problems)}
        </p>
      ))}
    </div>
  );
}

/**
 * The campaigns the app holds, one chosen at a time: the facts users may correct (deadline,
 * mailbox, postal address, recipient, phone) per campaign, an organiser's file imported as one
 * more, and the user's version dropped again (an edited built-in call as shipped, an imported one
 * removed). The built-in files themselves are never changed.
 */
export function CampaignSettings({ focus = false, campaignId }: { focus?: boolean; campaignId?: string }) {
  const { t } = useTranslation('delivery');
  const [list, setList] = useState<CampaignList | undefined>();
  const [chosen, setChosen] = useState<string | undefined>(campaignId);
  const [edit, setEdit] = useState<Edit | undefined>();
  const [message, setMessage] = useState<Said | undefined>();
  const deadline = useRef<HTMLInputElement>(null);
  const entry = list?.campaigns.find(({ campaign }) => campaign.id === chosen) ?? list?.campaigns[0];
  const shown = !!entry;
  // Opened from the review's 截止日期已过 check: bring the deadline into view, ready to correct.
  useEffect(() => {
    if (focus && shown) deadline.current?.focus();
  }, [focus, shown]);
  const documentNumber = useDataText(entry?.campaign.documentNumber ?? '');

  const show = (next: CampaignList, id: string | undefined, said?: Said) => {
    const current = next.campaigns.find(({ campaign }) => campaign.id === id) ?? next.campaigns[0];
    setList(next);
    setChosen(current?.campaign.id);
    setEdit(current && editOf(current.campaign));
    setMessage(said);
  };
  const reload = async (id: string | undefined, said?: Said) => {
    const next = await invokeOrShow('campaigns:list', {});
    if (next) show(next, id, said);
  };
  // The campaign asked for is where the screen opens; later choices are the user's.
  const [opensAt] = useState(campaignId);
  useEffect(() => {
    void invokeOrShow('campaigns:list', {}).then((next) => next && show(next, opensAt));
  }, [opensAt]);

  if (!list || !entry || !edit) return null;
  const { campaign, origin } = entry;
  const choose = (id: string) => {
    const next = list.campaigns.find((item) => item.campaign.id === id);
    if (!next) return;
    setChosen(id);
    setEdit(editOf(next.campaign));
    setMessage(undefined);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    // A call that never had a deadline (standing guidance) may stay without one; the others keep theirs.
    if (!edit.deadline && campaign.deadline) return setMessage('badDeadline');
    if (await invokeOrShow('campaign:update', { id: campaign.id, ...edit }))
      await reload(campaign.id, 'saved');
  };
  const importFile = async () => {
    const state = await invokeOrShow('campaign:import', {});
    if (state) await reload(state.campaign.id, 'imported');
  };
  const reset = async () => {
    if ((await invokeOrShow('campaign:reset', { id: campaign.id })) !== undefined)
      await reload(campaign.id, origin === 'imported' ? 'removed' : 'restored');
  };

  return (
    <section className="campaign-settings" aria-labelledby="campaign-settings-heading">
      <h2 id="campaign-settings-heading">{t('campaign.title')}</h2>
      <p className="muted">{t('campaign.help')}</p>
      {focus && <p className="banner banner-warn">{t('campaign.fromReview')}</p>}
      <SetAsideNotice setAside={list.setAside} />
      {list.campaigns.length > 1 && (
        <p>
          <label htmlFor="campaign-choice">{t('campaign.choose')}</label>{' '}
          <select id="campaign-choice" value={campaign.id} onChange={(event) => choose(event.target.value)}>
            {list.campaigns.map((item) => (
              <option key={item.campaign.id} value={item.campaign.id}>
                {item.campaign.documentNumber}
              </option>
            ))}
          </select>
        </p>
      )}
      <p>{t(`campaign.origin.${origin}`, { document: documentNumber })}</p>
      <form onSubmit={(event) => void save(event)}>
        {FIELDS.flatMap(({ id, type }) => [
          <label key={`${id}-label`} htmlFor={`campaign-${id}`}>
            {t(`campaign.${id}`)}
          </label>,
          type === 'date' ? (
            <DateInput
              key={`${campaign.id}-${id}`}
              id={`campaign-${id}`}
              ref={deadline}
              value={edit.deadline}
              placeholder={t('campaign.deadlineExample')}
              onChange={(iso) => setEdit({ ...edit, deadline: iso ?? '' })}
            />
          ) : (
            <input
              key={`${campaign.id}-${id}`}
              id={`campaign-${id}`}
              type={type}
              value={valueOf(edit, id)}
              onChange={(event) => setEdit(withValue(edit, id, event.target.value))}
            />
          ),
        ])}
        <div />
        <div>
          <button type="submit" className="primary-button">
            {t('campaign.save')}
          </button>
        </div>
      </form>
      <div className="campaign-buttons">
        <button type="button" className="secondary-button" onClick={() => void importFile()}>
          {t('campaign.import')}
        </button>
        <button
          type="button"
          className="secondary-button"
          disabled={origin === 'builtin'}
          onClick={() => void reset()}
        >
          {t(origin === 'imported' ? 'campaign.remove' : 'campaign.reset')}
        </button>
      </div>
      {message && (
        <p role="status" className={message === 'badDeadline' ? 'field-warning' : 'step-complete'}>
          {t(`campaign.${message}`)}
        </p>
      )}
    </section>
  );
}
