import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../../shared/forms';
import { useDraft } from '../../stores/draft';
import { useNavigation } from '../navigation';
import { useFormText } from '../useFormText';
import { useFind } from './find-store';
import { matchesOf, type Place } from './replace';

function usePlaceName(): (place: Place) => string {
  const { t } = useTranslation('find');
  const formText = useFormText();
  return (place) =>
    'caption' in place.label
      ? t('caption', { name: place.label.caption })
      : formText(place.label.key, place.label.verbatim).replace(/：$/, '');
}

/** What the last replace did, with the way back. */
function Replaced() {
  const { t } = useTranslation('find');
  const replaced = useFind((s) => s.replaced);
  const undo = useFind((s) => s.undo);
  if (!replaced) return null;
  return (
    <p className="find-replaced">
      {t('replaced', replaced)}{' '}
      <button type="button" className="link-button" onClick={undo}>
        {t('undo')}
      </button>
    </p>
  );
}

/** 查找 / 替换为 / 全部替换 over every text of the open draft, each place a link to its field. */
export function FindPanel({ form }: { form: FormDefinition }) {
  const { t } = useTranslation('find');
  const placeName = usePlaceName();
  const { open, opened, query, replacement, setQuery, setReplacement, replace, hide } = useFind();
  const draft = useDraft((s) => (open ? s.draft : undefined));
  const goTo = useNavigation((s) => s.goTo);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (open) field.current?.select();
  }, [open, opened]);
  const matches = useMemo(() => (draft && query ? matchesOf(draft, form, query) : []), [draft, form, query]);
  if (!open || !draft) return null;
  const count = matches.reduce((sum, match) => sum + match.count, 0);
  const locked = draft.status !== 'draft';
  const closeOnEscape = (event: React.KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    hide();
  };

  return (
    <section className="find-panel" role="search" aria-label={t('title')} onKeyDown={closeOnEscape}>
      <form
        className="find-fields"
        onSubmit={(event) => {
          event.preventDefault();
          replace(form);
        }}
      >
        <label htmlFor="find-query">{t('find')}</label>
        <input id="find-query" ref={field} value={query} onChange={(e) => setQuery(e.target.value)} />
        <label htmlFor="find-replacement">{t('replaceWith')}</label>
        <input id="find-replacement" value={replacement} onChange={(e) => setReplacement(e.target.value)} />
        <button type="submit" className="secondary-button" disabled={count === 0 || locked}>
          {t('replaceAll')}
        </button>
        <button type="button" className="quiet-button" onClick={hide}>
          {t('close')}
        </button>
      </form>
      <div role="status" className="find-status">
        {query !== '' && count === 0 && <p>{t('none', { query })}</p>}
        {count > 0 && <p>{t('found', { count, places: matches.length })}</p>}
      </div>
      {count > 0 && (
        <ul className="find-places">
          {matches.map(({ place, count: here }) => (
            <li key={place.path}>
              <button type="button" className="link-button" onClick={() => goTo(place.step, place.fieldId)}>
                {t('place', { label: placeName(place), count: here })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {locked && count > 0 && <p className="muted small">{t('locked')}</p>}
      <Replaced />
    </section>
  );
}
