import { useTranslation } from 'react-i18next';
import { formOf } from '../../../shared/forms';
import type { ErrorCode } from '../../../shared/errors';
import type { RollupMessage, RollupRow } from '../../../shared/rollup';
import { useFieldName } from '../wizard/issues';
import { useRollup } from './store';
import { COLUMNS, issueCounts, nextSort, type Column } from './table';
import { useRowFormName } from './texts';

/** The row's open button, focused again when the user comes back from the row. */
export const openButtonId = (row: string) => `rollup-open-${row}`;

function SortHeader({ column }: { column: Column }) {
  const { t } = useTranslation('rollup');
  const sort = useRollup((s) => s.sort);
  const setSort = useRollup((s) => s.setSort);
  const direction = sort?.column === column ? sort.direction : undefined;
  return (
    <th scope="col" aria-sort={direction ?? 'none'} className={`rollup-col-${column}`}>
      <button type="button" className="rollup-sort" onClick={() => setSort(nextSort(sort, column))}>
        {t(`table.column.${column}`)}
        <span className="rollup-sort-mark" aria-hidden="true">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : ''}
        </span>
      </button>
    </th>
  );
}

/** Each limited part against its limit; a part over it says by how much. */
function CountsCell({ row }: { row: RollupRow & { form: NonNullable<RollupRow['form']> } }) {
  const { t } = useTranslation('rollup');
  const fieldName = useFieldName(formOf(row.form));
  if (row.counts.length === 0) return <>—</>;
  return (
    <ul className="rollup-counts">
      {row.counts.map((count) => (
        <li key={count.field} className={count.over ? 'rollup-over' : undefined}>
          {t('table.count', { label: fieldName(count.field), count: count.count, limit: count.limit })}
          {count.over && <strong> {t('table.over', { over: count.count - count.limit })}</strong>}
        </li>
      ))}
    </ul>
  );
}

/** 一致, or what does not agree with the content; a package from before manifests says so. */
function CheckCell({ row }: { row: RollupRow }) {
  const { t } = useTranslation('rollup');
  const problems = [
    row.checksums === 'mismatch' && t('table.check.checksums'),
    row.printedHash === 'mismatch' && t('table.check.printedHash'),
  ].filter((text): text is string => typeof text === 'string');
  if (problems.length > 0) return <span className="rollup-bad">{problems.join('；')}</span>;
  if (row.message) return <>—</>;
  if (row.manifest === 'absent') return <span className="rollup-warn">{t('table.check.absent')}</span>;
  const checked = row.checksums === 'ok' || row.printedHash === 'ok';
  return <>{checked ? t('table.check.ok') : t('table.check.unchecked')}</>;
}

/** Why an input could not be read, as the roll-up words it (the import's own messages speak of importing). */
const MESSAGES = [
  'package-invalid',
  'package-unsafe-entry',
  'package-checksum',
  'import-damaged',
  'import-not-docx',
  'import-not-form',
  'import-unsafe',
  'import-doc',
  'import-encrypted',
  'unsupported-file',
  'file-too-large',
  'form-unknown',
  'draft-corrupt',
  'draft-future-version',
] as const satisfies readonly ErrorCode[];
type Worded = (typeof MESSAGES)[number];
const isWorded = (code: ErrorCode): code is Worded => (MESSAGES as readonly ErrorCode[]).includes(code);

/**
 * The message of an unreadable row in the user's language. The detail main adds is the reader's
 * own (in English, an offset in a zip): kept for the curious as the message's title, not shown.
 */
function Message({ message }: { message: RollupMessage }) {
  const { t } = useTranslation('rollup');
  return (
    <p className="rollup-message" title={message.detail}>
      {isWorded(message.code) ? t(`message.${message.code}`) : t('message.other')}
    </p>
  );
}

/** What the row is: its title (the way in), where it came from, and 重复 / 已损坏 / 雷同. */
function TitleCell({ row, all, copied }: { row: RollupRow; all: readonly RollupRow[]; copied: boolean }) {
  const { t } = useTranslation('rollup');
  const open = useRollup((s) => s.open);
  const first = row.duplicateOf ? all.find((other) => other.id === row.duplicateOf) : undefined;
  return (
    <>
      {row.message ? (
        <span className="rollup-source-name">{row.source}</span>
      ) : (
        <button
          type="button"
          id={openButtonId(row.id)}
          className="link-button rollup-open"
          onClick={() => open(row.id)}
        >
          {row.title?.trim() || t('table.untitled')}
        </button>
      )}
      {row.message && <span className="badge badge-past">{t('table.flag.damaged')}</span>}
      {first && <span className="badge badge-warn">{t('table.flag.duplicate')}</span>}
      {copied && <span className="badge badge-warn">{t('table.flag.copied')}</span>}
      {row.message && <Message message={row.message} />}
      {first && <p className="muted small">{t('table.duplicateOf', { source: first.source })}</p>}
      {!row.message && (
        <p className="muted small rollup-source">
          {t(`table.kind.${row.kind}`)} · <span>{row.source}</span>
        </p>
      )}
    </>
  );
}

function Row({ row, all, copied }: { row: RollupRow; all: readonly RollupRow[]; copied: boolean }) {
  const { t } = useTranslation('rollup');
  const formName = useRowFormName();
  const { errors, warnings } = issueCounts(row);
  const readable = row.message === undefined;
  // A form without a declaration (the activity plans, the committee plan) is signed on paper, if at all.
  const signs = row.form !== undefined && formOf(row.form).fields.some((field) => field.type === 'signature');
  const classes = [
    row.message && 'rollup-row-damaged',
    row.duplicateOf && 'rollup-row-duplicate',
    (errors > 0 || row.counts.some((c) => c.over)) && 'rollup-row-error',
  ].filter(Boolean);
  return (
    <tr className={classes.join(' ') || undefined}>
      <td>{row.unit ?? '—'}</td>
      <td>{formName(row) || '—'}</td>
      <td className="rollup-col-title">
        <TitleCell row={row} all={all} copied={copied} />
      </td>
      <td>
        {row.contact ?? '—'}
        {row.phone && <span className="muted small rollup-phone">{row.phone}</span>}
      </td>
      <td>{row.form ? <CountsCell row={{ ...row, form: row.form }} /> : '—'}</td>
      <td className="rollup-number">{readable ? row.images : '—'}</td>
      <td className={`rollup-short${signs && !row.signed ? ' rollup-warn' : ''}`}>
        {!signs ? (
          '—'
        ) : row.signed ? (
          <>
            {t('table.signed')}
            {!row.dated && <span className="rollup-line rollup-warn">{t('table.undated')}</span>}
          </>
        ) : (
          t('table.unsigned')
        )}
      </td>
      <td className={`rollup-short${readable && !row.final ? ' rollup-warn' : ''}`}>
        {readable ? (row.final ? t('table.final') : t('table.notFinal')) : '—'}
      </td>
      <td className="rollup-short">
        {row.exportNumber
          ? t('table.number', { number: row.exportNumber })
          : readable
            ? t('table.noNumber')
            : '—'}
        {row.hash && <span className="mono rollup-line rollup-hash">{row.hash}</span>}
      </td>
      <td className="rollup-short">
        <CheckCell row={row} />
      </td>
      <td className="rollup-short">
        {!readable ? (
          '—'
        ) : errors + warnings === 0 ? (
          t('table.noIssues')
        ) : (
          <>
            {errors > 0 && (
              <span className="rollup-line rollup-bad">{t('table.issuesErrors', { count: errors })}</span>
            )}
            {warnings > 0 && (
              <span className="rollup-line rollup-warn">
                {t('table.issuesWarnings', { count: warnings })}
              </span>
            )}
          </>
        )}
      </td>
    </tr>
  );
}

/** One row per submission; a header sorts by its column, a title opens the row read-only. */
export function RollupTable({
  rows,
  all,
  copied,
}: {
  rows: readonly RollupRow[];
  all: readonly RollupRow[];
  copied: ReadonlySet<string>;
}) {
  const { t } = useTranslation('rollup');
  return (
    // Wider than a narrow window: the frame scrolls sideways, by the keyboard too once focused.
    <div className="rollup-table-wrap" role="region" aria-labelledby="rollup-table-heading" tabIndex={0}>
      <table className="rollup-table">
        <caption>{t('table.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <SortHeader key={column} column={column} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Row key={row.id} row={row} all={all} copied={copied.has(row.id)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
