import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { textOf } from '../../../shared/draft';
import { formOf } from '../../../shared/forms';
import type { RollupResult, RollupRow, SharedPassage } from '../../../shared/rollup';
import { useFormText } from '../wizard/useFormText';
import { draftOfRow, useRollup } from './store';
import { inContext } from './table';

type Place = SharedPassage['a'] | SharedPassage['b'];

/** A field of the row's form by its name in the UI language; an id the form does not have, as is. */
function useFieldLabel(): (row: RollupRow | undefined, field: string) => string {
  const formText = useFormText();
  return (row, field) => {
    const found = row?.form ? formOf(row.form).fields.find((candidate) => candidate.id === field) : undefined;
    return found ? formText(`${found.key}.name`, found.name) : field;
  };
}

/** The field's text as the row's draft holds it, once read. */
function useFieldText(row: string | undefined, field: string): string | undefined {
  const [text, setText] = useState<string | undefined>();
  useEffect(() => {
    if (!row) return;
    let current = true;
    void draftOfRow(row).then((draft) => current && draft && setText(textOf(draft, field)));
    return () => {
      current = false;
    };
  }, [row, field]);
  return text;
}

/**
 * One side of a finding: whose it is (unit, title, field; a button that opens the row) and the
 * passage marked inside the text around it. An earlier year's file is named by its path; its
 * text is not kept, so the passage shows on its own.
 */
function Side({ place, passage, rows }: { place: Place; passage: string; rows: readonly RollupRow[] }) {
  const { t } = useTranslation('rollup');
  const open = useRollup((s) => s.open);
  const label = useFieldLabel();
  const rowId = 'row' in place ? place.row : undefined;
  const row = rowId ? rows.find((candidate) => candidate.id === rowId) : undefined;
  const text = useFieldText(rowId, place.field);
  // Offsets name the text as the originality check read it; should the draft read differently,
  // the passage is shown without its surroundings rather than the wrong characters marked.
  const context =
    text !== undefined && text.slice(place.start, place.end) === passage
      ? inContext(text, place.start, place.end)
      : undefined;
  return (
    <div className="rollup-passage-side">
      <p className="rollup-passage-place">
        {row ? (
          <button type="button" className="link-button" onClick={() => open(row.id)}>
            {t('passages.place', {
              unit: row.unit ?? row.source,
              title: row.title?.trim() || t('table.untitled'),
              field: label(row, place.field),
            })}
          </button>
        ) : (
          t('passages.earlier', { source: 'earlier' in place ? place.earlier : '', field: place.field })
        )}
      </p>
      <blockquote className="rollup-passage-text">
        {context?.cutBefore && '…'}
        {context?.before}
        <mark>{context?.passage ?? passage}</mark>
        {context?.after}
        {context?.cutAfter && '…'}
      </blockquote>
    </div>
  );
}

/** 雷同片段: each passage two submissions share (or one shares with an earlier year), both places shown. */
export function Passages({ result }: { result: RollupResult }) {
  const { t } = useTranslation('rollup');
  return (
    <section className="card rollup-passages" aria-labelledby="rollup-passages-heading">
      <h2 id="rollup-passages-heading">{t('passages.heading')}</h2>
      {result.passages.length === 0 ? (
        <p className="muted">{t('passages.none')}</p>
      ) : (
        <>
          <p className="muted">{t('passages.hint')}</p>
          <ol className="rollup-passage-list">
            {result.passages.map((finding, index) => (
              <li key={index} className="rollup-passage">
                <h3>{t('passages.finding', { chars: finding.chars })}</h3>
                <div className="rollup-passage-sides">
                  <Side place={finding.a} passage={finding.passage} rows={result.rows} />
                  <Side place={finding.b} passage={finding.passage} rows={result.rows} />
                </div>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
