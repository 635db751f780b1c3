import { useTranslation } from 'react-i18next';
import { formOf } from '../../../shared/forms';
import { useDraft } from '../stores/draft';
import { useFormText } from './useFormText';

type Translate = ReturnType<typeof useTranslation<'wizard'>>['t'];

/** When the edits were kept, written the way the rest of the app writes dates (2026年12月1日). */
function when(t: Translate, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return t('recovery.when', {
    year: date.getFullYear(),
    month: date.getMonth() + 1,
    day: date.getDate(),
    time: `${pad(date.getHours())}:${pad(date.getMinutes())}`,
  });
}

/** The names of what the kept edits change, in the words of the form. */
function useChangeNames(changes: string[]): string[] {
  const { t } = useTranslation('wizard');
  const formText = useFormText();
  const formId = useDraft((s) => s.draft?.form);
  if (!formId) return [];
  const form = formOf(formId);
  const parts = new Map(form.fields.filter((f) => f.type === 'longText').map((f) => [f.id, f]));
  return changes.map((change) => {
    const [group, name = ''] = change.split('.');
    const part = group === 'fields' || group === 'values' ? parts.get(name) : undefined;
    if (part) return formText(`${part.key}.name`, part.name);
    return t(
      `recovery.what.${group === 'cover' ? 'cover' : group === 'declaration' ? 'declaration' : 'captions'}`,
    );
  });
}

/**
 * Edits that an earlier session could not save, offered before the draft can be edited again:
 * restoring puts them into the draft (saved as any edit), discarding deletes the recovery file.
 * Until the user chooses, the steps stay hidden, so that no new edit is mixed with old ones.
 */
export function RecoveryOffer() {
  const { t } = useTranslation('wizard');
  const offer = useDraft((s) => s.offer);
  const restore = useDraft((s) => s.restoreRecovery);
  const discard = useDraft((s) => s.discardRecovery);
  const names = useChangeNames(offer?.changes ?? []);
  if (!offer) return null;
  return (
    <section
      className="recovery-offer"
      role="alertdialog"
      aria-labelledby="recovery-title"
      aria-describedby="recovery-text"
    >
      <h2 id="recovery-title">{t('recovery.title')}</h2>
      <p id="recovery-text">{t('recovery.text', { time: when(t, offer.kept.keptAt) })}</p>
      <ul>
        {[...new Set(names)].map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      <div className="recovery-actions">
        <button type="button" className="primary-button" onClick={restore}>
          {t('recovery.restore')}
        </button>
        <button type="button" className="secondary-button" onClick={() => void discard()}>
          {t('recovery.discard')}
        </button>
      </div>
    </section>
  );
}
