import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../../shared/campaign';
import type { ResponseOf } from '../../../../shared/ipc';
import { invokeOrShow } from '../../api';
import { DateInput } from '../../controls/DateInput';
import { useDataText } from '../../i18n/useDataText';
import '../delivery.css';

type CampaignState = ResponseOf<'campaign:state'>;
type Edit = { deadline: string; email: string; postal: Campaign['postal'] };

const FIELDS = [
  { id: 'deadline', type: 'date' },
  { id: 'email', type: 'email' },
  { id: 'organisation', type: 'text' },
  { id: 'address', type: 'text' },
  { id: 'recipient', type: 'text' },
  { id: 'phone', type: 'tel' },
] as const;
type FieldId = (typeof FIELDS)[number]['id'];

const editOf = (campaign: Campaign): Edit => ({
  deadline: campaign.deadline,
  email: campaign.email,
  postal: { ...campaign.postal },
});
const valueOf = (edit: Edit, id: FieldId) =>
  id === 'deadline' || id === 'email' ? edit[id] : edit.postal[id];
const withValue = (edit: Edit, id: FieldId, value: string): Edit =>
  id === 'deadline' || id === 'email'
    ? { ...edit, [id]: value }
    : { ...edit, postal: { ...edit.postal, [id]: value } };

/**
 * The campaign facts users may correct (deadline, mailbox, postal address, recipient, phone), or
 * replace with next year's campaign file; the shipped campaign stays the default to return to.
 */
export function CampaignSettings({ focus = false }: { focus?: boolean }) {
  const { t } = useTranslation('delivery');
  const [state, setState] = useState<CampaignState | undefined>();
  const [edit, setEdit] = useState<Edit | undefined>();
  const [message, setMessage] = useState<'saved' | 'imported' | 'restored' | 'badDeadline' | undefined>();
  const deadline = useRef<HTMLInputElement>(null);
  const shown = !!state;
  // Opened from the review's 截止日期已过 check: bring the deadline into view, ready to correct.
  useEffect(() => {
    if (focus && shown) deadline.current?.focus();
  }, [focus, shown]);
  const documentNumber = useDataText(state?.campaign.documentNumber ?? '');

  const show = (next: CampaignState | undefined, said?: typeof message) => {
    if (!next) return;
    setState(next);
    setEdit(editOf(next.campaign));
    setMessage(said);
  };
  useEffect(() => {
    void invokeOrShow('campaign:state', {}).then((next) => {
      if (next) {
        setState(next);
        setEdit(editOf(next.campaign));
      }
    });
  }, []);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!edit) return;
    if (!edit.deadline) setMessage('badDeadline');
    else show(await invokeOrShow('campaign:update', edit), 'saved');
  };

  if (!state || !edit) return null;
  return (
    <section className="campaign-settings" aria-labelledby="campaign-settings-heading">
      <h2 id="campaign-settings-heading">{t('campaign.title')}</h2>
      <p className="muted">{t('campaign.help')}</p>
      {focus && <p className="banner banner-warn">{t('campaign.fromReview')}</p>}
      <p>{t(state.isDefault ? 'campaign.default' : 'campaign.custom', { document: documentNumber })}</p>
      {state.setAside && (
        <p className="banner banner-warn">{t('campaign.setAside', { name: state.setAside })}</p>
      )}
      <form onSubmit={(event) => void save(event)}>
        {FIELDS.flatMap(({ id, type }) => [
          <label key={`${id}-label`} htmlFor={`campaign-${id}`}>
            {t(`campaign.${id}`)}
          </label>,
          type === 'date' ? (
            <DateInput
              key={id}
              id={`campaign-${id}`}
              ref={deadline}
              value={edit.deadline}
              placeholder={t('campaign.deadlineExample')}
              onChange={(iso) => setEdit({ ...edit, deadline: iso ?? '' })}
            />
          ) : (
            <input
              key={id}
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
        <button
          type="button"
          className="secondary-button"
          onClick={() => void invokeOrShow('campaign:import', {}).then((next) => show(next, 'imported'))}
        >
          {t('campaign.import')}
        </button>
        <button
          type="button"
          className="secondary-button"
          disabled={state.isDefault}
          onClick={() => void invokeOrShow('campaign:reset', {}).then((next) => show(next, 'restored'))}
        >
          {t('campaign.reset')}
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
