import { useTranslation } from 'react-i18next';
import type { Draft } from '../../../shared/draft';
import type { FormDefinition } from '../../../shared/forms';
import type { CellValue, ColumnField, Field, Row } from '../../../shared/forms/fields';
import { dateParts } from '../home/deadline';
import { useDataTexts } from '../i18n/useDataText';
import { useFormText } from '../wizard/useFormText';

/** Where a field's text shares a passage with another submission: marked in place. */
export type Marks = Readonly<Record<string, readonly { start: number; end: number }[]>>;

/** The text with its marked ranges as <mark>, in order; overlapping ranges are merged. */
export function MarkedText({
  text,
  marks = [],
}: {
  text: string;
  marks?: readonly { start: number; end: number }[];
}) {
  const sorted = [...marks].sort((a, b) => a.start - b.start);
  const parts: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, end } of sorted) {
    const from = Math.max(start, at);
    if (end <= from) continue;
    if (from > at) parts.push({ text: text.slice(at, from), marked: false });
    parts.push({ text: text.slice(from, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return <>{parts.map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}

function useValueText(): (field: ColumnField, value: CellValue | undefined) => string {
  const { t } = useTranslation('rollup');
  const { t: th } = useTranslation('home');
  return (field, value) => {
    if (value === null || value === undefined || value === '') return '';
    if (field.type === 'yesNo') return value === true ? t('submission.yes') : t('submission.no');
    if (field.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
      return th('campaign.date', dateParts(value));
    if (field.type === 'number' && field.unit) return `${String(value)} ${field.unit}`;
    return String(value);
  };
}

function RowsValue({ field, rows }: { field: Extract<Field, { type: 'rows' }>; rows: readonly Row[] }) {
  const formText = useFormText();
  const valueText = useValueText();
  const { t } = useTranslation('rollup');
  if (rows.length === 0) return <span className="muted">{t('submission.empty')}</span>;
  return (
    <div className="rollup-rows-wrap">
      <table className="rollup-rows">
        <thead>
          <tr>
            {field.columns.map((column) => (
              <th key={column.id} scope="col">
                {formText(`${column.key}.name`, column.name)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {field.columns.map((column) => (
                <td key={column.id}>{valueText(column, row.cells[column.id])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function FieldValue({ field, draft, marks }: { field: Field; draft: Draft; marks: Marks }) {
  const { t } = useTranslation('rollup');
  const { t: th } = useTranslation('home');
  const valueText = useValueText();
  const empty = <span className="muted">{t('submission.empty')}</span>;
  const value = draft.values[field.id];
  switch (field.type) {
    case 'attachments': {
      const files = draft.attachments.filter((attachment) => attachment.role === field.role);
      if (files.length === 0) return <>{t('submission.noAttachments')}</>;
      return (
        <>
          {t('submission.attachments', { count: files.length })}
          <ul className="rollup-files">
            {files.map((file) => (
              <li key={file.id}>
                {file.originalName}
                {file.caption && <span className="muted"> · {file.caption}</span>}
              </li>
            ))}
          </ul>
        </>
      );
    }
    case 'signature': {
      const { declaration } = draft;
      return (
        <ul className="rollup-declaration">
          <li>
            {declaration.confirmed
              ? t('submission.declaration.confirmed')
              : t('submission.declaration.unconfirmed')}
          </li>
          <li>
            {declaration.signer.trim()
              ? t('submission.declaration.signer', { name: declaration.signer })
              : t('submission.declaration.noSigner')}
            {declaration.signatureFile && ` · ${t('submission.declaration.drawn')}`}
          </li>
          <li>
            {declaration.signDate
              ? t('submission.declaration.date', {
                  date: th('campaign.date', dateParts(declaration.signDate)),
                })
              : t('submission.declaration.noDate')}
          </li>
          {declaration.opinion.trim() && (
            <li className="rollup-text">
              {t('submission.declaration.opinion', { opinion: declaration.opinion })}
            </li>
          )}
        </ul>
      );
    }
    case 'rows':
      return <RowsValue field={field} rows={Array.isArray(value) ? value : []} />;
    case 'text':
    case 'longText':
      return typeof value === 'string' && value !== '' ? (
        <span className="rollup-text">
          <MarkedText text={value} marks={marks[field.id]} />
        </span>
      ) : (
        empty
      );
    default: {
      const text = Array.isArray(value) ? '' : valueText(field, value);
      return text ? <>{text}</> : empty;
    }
  }
}

/**
 * A submission's values as its form's fields, to read and never to edit: each field named as the
 * wizard names it, long texts as written (with the passages it shares marked), tables as tables.
 */
export function ReadOnlyDraft({ form, draft, marks }: { form: FormDefinition; draft: Draft; marks: Marks }) {
  const formText = useFormText();
  // A field the form texts do not name in this language (the declaration) is named by its
  // definition's label, which is data: converted for the 繁體 UI like the rest of it.
  const labels = useDataTexts(
    Object.fromEntries(form.fields.map((field) => [field.id, formText(`${field.key}.name`, field.name)])),
  );
  return (
    <dl className="rollup-values">
      {form.fields.map((field) => (
        <div key={field.id} className={`rollup-value rollup-value-${field.type}`}>
          <dt>{labels[field.id]}</dt>
          <dd>
            <FieldValue field={field} draft={draft} marks={marks} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
