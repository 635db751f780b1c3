import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../../../shared/draft';
import { formOf, isFormId } from '../../../../shared/forms';
import type { Row, RowsField } from '../../../../shared/forms/fields';
import { hasTypedRows, rowsFromTable } from '../../../../shared/forms/rows';
import { invokeOrShow } from '../../api';
import { useDraft } from '../../stores/draft';
import { useFormName } from '../useFormText';

/** What taking rows did, for the table's notice and its 撤销. */
export interface TakenRows {
  rows: Row[];
  /** The draft they came from, as the list names it. */
  from: string;
  count: number;
  droppedRows: number;
}

/** A source draft's name in the list: its unit (the title) and its form. */
function useSourceName(): (draft: DraftSummary) => string {
  const { t } = useTranslation('fields');
  const formName = useFormName();
  return (draft) =>
    t('rows.take.source', {
      title: draft.title.trim() || draft.unit.trim() || t('rows.take.untitled'),
      form: isFormId(draft.form) ? formName(draft.form) : draft.form,
    });
}

/**
 * 从活动安排表取用: the rows of a table taken from another draft of the same campaign (the
 * summary's activities held, from that campaign's plan). The user chooses the draft; a table
 * that already holds typed rows is not overwritten without asking: the rows go after them or in
 * their place, as the user answers. The table keeps the rows before, for its 撤销.
 */
export function TakeRows({
  field,
  forms,
  rows,
  disabled,
  onTake,
}: {
  field: RowsField;
  /** The forms whose drafts may give the rows (the field's `takesRowsFrom`). */
  forms: readonly string[];
  rows: readonly Row[];
  disabled: boolean;
  onTake: (taken: TakenRows) => void;
}) {
  const { t } = useTranslation('fields');
  const selectId = useId();
  const own = useDraft((s) => s.draft?.id);
  const campaignId = useDraft((s) => s.draft?.campaignId);
  const sourceName = useSourceName();
  const [sources, setSources] = useState<DraftSummary[]>();
  const [chosen, setChosen] = useState('');
  const [asking, setAsking] = useState<Omit<TakenRows, 'rows'> & { taken: Row[] }>();

  useEffect(() => {
    let current = true;
    void invokeOrShow('drafts:list', { trash: false }).then((list) => {
      if (!current || !list) return;
      const same = list.drafts.filter(
        (draft) => draft.id !== own && draft.campaignId === campaignId && forms.includes(draft.form),
      );
      setSources(same);
      setChosen((was) => (same.some((draft) => draft.id === was) ? was : (same[0]?.id ?? '')));
    });
    return () => {
      current = false;
    };
  }, [own, campaignId, forms]);

  if (!sources) return null;
  if (sources.length === 0) return <p className="muted small">{t('rows.take.none')}</p>;

  const take = async () => {
    const source = sources.find((draft) => draft.id === chosen);
    if (!source || !isFormId(source.form)) return;
    const draft = await invokeOrShow('drafts:load', { id: source.id });
    if (!draft) return;
    const table = formOf(source.form).fields.find(
      (f): f is RowsField => f.id === field.id && f.type === 'rows',
    );
    if (!table) return;
    const read = rowsFromTable(field, table, draft.values[field.id]);
    const found = {
      taken: read.rows,
      from: sourceName(source),
      count: read.rows.length,
      droppedRows: read.droppedRows,
    };
    if (hasTypedRows(rows)) setAsking(found);
    else onTake({ ...found, rows: read.rows });
  };
  const answer = (how: 'append' | 'replace') => {
    if (!asking) return;
    const { taken, ...rest } = asking;
    const kept = how === 'append' ? rows.filter((row) => hasTypedRows([row])) : [];
    const next = [...kept, ...taken].slice(0, field.maxRows);
    onTake({ ...rest, rows: next, droppedRows: rest.droppedRows + kept.length + taken.length - next.length });
    setAsking(undefined);
  };

  return (
    <div className="rows-take">
      <label htmlFor={selectId}>{t('rows.take.from')}</label>
      <select
        id={selectId}
        value={chosen}
        disabled={disabled || asking !== undefined}
        onChange={(event) => setChosen(event.target.value)}
      >
        {sources.map((draft) => (
          <option key={draft.id} value={draft.id}>
            {sourceName(draft)}
          </option>
        ))}
      </select>
      <button type="button" disabled={disabled || asking !== undefined} onClick={() => void take()}>
        {t('rows.take.button')}
      </button>
      {asking && (
        <div role="alert" className="rows-take-ask">
          <p>{t('rows.take.ask', { count: asking.count, from: asking.from })}</p>
          <button type="button" onClick={() => answer('append')}>
            {t('rows.take.append')}
          </button>
          <button type="button" onClick={() => answer('replace')}>
            {t('rows.take.replace')}
          </button>
          <button type="button" onClick={() => setAsking(undefined)}>
            {t('rows.take.cancel')}
          </button>
        </div>
      )}
    </div>
  );
}
