import {
  memo,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type ClipboardEvent,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import type { CellValue, ColumnField, Row, RowsField } from '../../../../shared/forms/fields';
import {
  continuesGroup,
  duplicateRow,
  emptyRow,
  moveRow,
  pasteCells,
  removeRow,
  renumberGroups,
  restoreRow,
  rowsOf,
  setCell,
  type RemovedRow,
} from '../../../../shared/forms/rows';
import { isCellBlock, parseTsv } from '../../../../shared/forms/tsv';
import { fieldDomId } from '../navigation';
import { useFormText } from '../useFormText';
import { FieldFrame, useFieldName } from './FieldFrame';
import { ValueInput } from './inputs';
import { useRowWindow } from './row-window';
import { TakeRows, type TakenRows } from './TakeRows';
import type { ControlProps, FieldIssue } from './types';

/** What the table does to its rows; stable across renders, so a row that did not change does not render. */
interface RowActions {
  edit: (rowId: string, columnId: string, value: CellValue) => void;
  setContinues: (rowId: string, continues: boolean) => void;
  move: (index: number, delta: -1 | 1) => void;
  duplicate: (index: number) => void;
  remove: (index: number) => void;
  paste: (event: ClipboardEvent, index: number, columnId: string) => void;
  add: () => void;
}

type RowIssue = FieldIssue & { domId: string };
const NO_ISSUES: readonly RowIssue[] = [];

export const cellDomId = (fieldId: string, rowId: string, columnId: string): string =>
  `${fieldDomId(fieldId)}-${rowId}-${columnId}`;

interface RowViewProps {
  field: RowsField;
  row: Row;
  index: number;
  /** Its groupBy cell is empty and it continues the row above. */
  continues: boolean;
  full: boolean;
  last: boolean;
  issues: readonly RowIssue[];
  readOnly: boolean;
  actions: RowActions;
  columnNames: readonly string[];
}

const RowView = memo(function RowView({
  field,
  row,
  index,
  continues,
  full,
  last,
  issues,
  readOnly,
  actions,
  columnNames,
}: RowViewProps) {
  const { t } = useTranslation('fields');
  const number = index + 1;
  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (readOnly || !event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    actions.move(index, event.key === 'ArrowUp' ? -1 : 1);
  };
  const cellIssues = (column: string) => issues.filter((issue) => issue.column === column);
  return (
    <tr
      onKeyDown={onKeyDown}
      className={continues ? 'row-continues' : undefined}
      data-row-id={row.id}
      aria-rowindex={index + 2}
    >
      {field.columns.map((column, c) => {
        const id = cellDomId(field.id, row.id, column.id);
        const label = t('rows.cell', { column: columnNames[c], row: number });
        if (column.id === field.groupBy)
          return (
            <td
              key={column.id}
              className="group-cell"
              onPaste={(event) => actions.paste(event, index, column.id)}
            >
              <output id={id} aria-label={label}>
                {continues ? t('rows.continues') : String(row.cells[column.id] ?? '')}
              </output>
              {index > 0 && (
                <label className="group-continues">
                  <input
                    type="checkbox"
                    checked={continues}
                    disabled={readOnly}
                    onChange={(event) => actions.setContinues(row.id, event.target.checked)}
                  />
                  <span className="visually-hidden">
                    {t('rows.continuesRow', { row: number, column: columnNames[c] })}
                  </span>
                  <span aria-hidden="true">{t('rows.continues')}</span>
                </label>
              )}
            </td>
          );
        const own = cellIssues(column.id);
        return (
          <td key={column.id}>
            <ValueInput
              field={column}
              value={row.cells[column.id] ?? null}
              onChange={(next) => actions.edit(row.id, column.id, next)}
              id={id}
              label={label}
              compact
              readOnly={readOnly}
              invalid={own.some((issue) => issue.severity === 'error')}
              describedBy={own.map((issue) => issue.domId).join(' ') || undefined}
              onPaste={(event) => actions.paste(event, index, column.id)}
            />
          </td>
        );
      })}
      <td className="row-actions">
        {[
          {
            text: t('rows.up'),
            label: t('rows.upRow', { row: number }),
            off: index === 0,
            act: () => actions.move(index, -1),
          },
          {
            text: t('rows.down'),
            label: t('rows.downRow', { row: number }),
            off: last,
            act: () => actions.move(index, 1),
          },
          {
            text: t('rows.duplicate'),
            label: t('rows.duplicateRow', { row: number }),
            off: full,
            act: () => actions.duplicate(index),
          },
          {
            text: t('rows.delete'),
            label: t('rows.deleteRow', { row: number }),
            off: false,
            act: () => actions.remove(index),
          },
        ].map((button) => (
          <button
            key={button.text}
            type="button"
            disabled={readOnly || button.off}
            onClick={button.act}
            aria-label={button.label}
          >
            {button.text}
          </button>
        ))}
      </td>
    </tr>
  );
});

/**
 * How wide a column is drawn. The table lays out by these widths (`table-layout: fixed`), not by
 * its 1,400 cells' contents, so a key typed in one cell does not lay out every row again.
 */
function columnWidth(column: ColumnField, groupBy: string | undefined): 'number' | 'prose' | 'short' {
  if (column.id === groupBy) return 'number';
  return column.type === 'longText' || (column.type === 'text' && column.multiline) ? 'prose' : 'short';
}

/** The focusable element of a row to return to: the cell of `columnId`, or its first input. */
function focusCell(fieldId: string, rowId: string, column: ColumnField | undefined): void {
  if (!column) return;
  document.getElementById(cellDomId(fieldId, rowId, column.id))?.focus();
}

/**
 * A rows field as a table: the printed column headers as headers, a cell per column, each named
 * "<column> 第N行". Rows are added, duplicated, moved (buttons, or Alt+↑/↓ in the row), deleted
 * with 撤销, and pasted from Excel/WPS as tab-separated cells. A groupBy column (序号) numbers
 * itself: its empty cell continues the row above, shown as 同上, and every change renumbers it.
 */
export function RowsControl({
  field,
  value,
  onChange,
  issues = [],
  readOnly = false,
}: ControlProps<RowsField>) {
  const { t } = useTranslation('fields');
  const formText = useFormText();
  const name = useFieldName(field);
  const rows = useMemo(() => rowsOf(value), [value]);
  const group = field.groupBy ? field.columns.find((column) => column.id === field.groupBy) : undefined;
  const firstInput = field.columns.find((column) => column.id !== field.groupBy);
  const [deleted, setDeleted] = useState<RemovedRow>();
  /** The rows before the last take from another draft, for its 撤销. */
  const [beforeTake, setBeforeTake] = useState<{ rows: Row[]; taken: TakenRows }>();
  const [note, setNote] = useState<string>();
  /** Where focus goes once the change is on screen: a row (by id) and a column. */
  const focusNext = useRef<{ rowId: string; columnId?: string } | 'add'>(undefined);
  /** The row last focused or acted on: a long table keeps it and its neighbours mounted. */
  const [pinned, setPinned] = useState<string>();
  const body = useRef<HTMLTableSectionElement>(null);
  const baseId = fieldDomId(field.id);
  const fileInput = useRef<HTMLInputElement>(null);

  // Callbacks read the newest rows and onChange through refs, so they stay the same functions
  // and a row whose own data did not change skips its render (a 200-row table, one key at a time).
  const latest = useRef({ rows, onChange });
  useLayoutEffect(() => {
    latest.current = { rows, onChange };
  });
  useLayoutEffect(() => {
    const target = focusNext.current;
    if (target === undefined) return;
    focusNext.current = undefined;
    if (target === 'add') document.getElementById(`${baseId}-add`)?.focus();
    else focusCell(field.id, target.rowId, field.columns.find((c) => c.id === target.columnId) ?? firstInput);
  });

  const actions = useMemo<RowActions>(() => {
    const commit = (next: Row[]) => {
      // Once the rows are edited, the take's 撤销 would throw the edit away with it: it goes.
      setBeforeTake(undefined);
      const numbered = group ? renumberGroups(next, group) : next;
      latest.current.rows = numbered;
      latest.current.onChange(numbered);
    };
    /** A new row opens a group of its own; the renumbering gives it its number. */
    const fresh = () => {
      const row = emptyRow(field.columns);
      if (group) row.cells[group.id] = group.type === 'number' ? 0 : '0';
      return row;
    };
    const focusedColumn = () => {
      const active = document.activeElement?.id ?? '';
      return field.columns.find((column) => active.endsWith(`-${column.id}`))?.id;
    };
    return {
      edit: (rowId, columnId, next) => commit(setCell(latest.current.rows, rowId, columnId, next)),
      setContinues: (rowId, continues) =>
        commit(
          setCell(
            latest.current.rows,
            rowId,
            group!.id,
            continues ? (group!.type === 'number' ? null : '') : '0',
          ),
        ),
      move: (index, delta) => {
        const current = latest.current.rows;
        const row = current[index];
        if (!row || index + delta < 0 || index + delta >= current.length) return;
        const columnId = focusedColumn();
        commit(moveRow(current, index, delta, group?.id));
        focusNext.current = { rowId: row.id, columnId };
        setPinned(row.id);
      },
      duplicate: (index) => {
        if (latest.current.rows.length >= field.maxRows) return;
        const next = duplicateRow(latest.current.rows, index);
        commit(next);
        focusNext.current = { rowId: next[index + 1]!.id };
        setPinned(next[index + 1]!.id);
      },
      remove: (index) => {
        const { rows: next, removed } = removeRow(latest.current.rows, index, group?.id);
        if (!removed) return;
        commit(next);
        setDeleted(removed);
        setNote(undefined);
        const after = next[Math.min(index, next.length - 1)];
        focusNext.current = after ? { rowId: after.id } : 'add';
        setPinned(after?.id);
      },
      paste: (event, index, columnId) => {
        const grid = parseTsv(event.clipboardData.getData('text/plain'));
        if (!isCellBlock(grid)) return;
        event.preventDefault();
        const pasted = pasteCells(field, latest.current.rows, index, columnId, grid, fresh);
        commit(pasted.rows);
        setNote(
          [
            t('rows.pasted', { rows: grid.length - pasted.droppedRows, added: pasted.added }),
            pasted.droppedRows > 0 && t('rows.pasteDroppedRows', { count: pasted.droppedRows }),
            pasted.droppedCells > 0 && t('rows.pasteDroppedCells', { count: pasted.droppedCells }),
          ]
            .filter(Boolean)
            .join(''),
        );
      },
      add: () => {
        const row = fresh();
        commit([...latest.current.rows, row]);
        focusNext.current = { rowId: row.id };
        setPinned(row.id);
      },
    };
  }, [field, group, t]);

  /**
   * Rows from a spreadsheet the unit keeps (.xlsx, .csv), appended under the table's rows; a table
   * holding only its one empty row is replaced. The reader loads on first use, so jszip is not in
   * the wizard's first chunk.
   */
  const importSheet = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const { readSheet, rowsFromGrid, SheetError } = await import('../../../../shared/forms/sheet');
    try {
      const grid = await readSheet(file.name, new Uint8Array(await file.arrayBuffer()));
      const current = latest.current.rows;
      const blank =
        current.length === 1 && Object.values(current[0]!.cells).every((v) => v === '' || v === null);
      const kept = blank ? [] : current;
      const read = rowsFromGrid(field, grid, field.maxRows - kept.length);
      const next = [...kept, ...read.rows];
      const numbered = group ? renumberGroups(next, group) : next;
      latest.current.rows = numbered;
      latest.current.onChange(numbered);
      setDeleted(undefined);
      setNote(
        [
          t('rows.imported', { count: read.rows.length, file: file.name }),
          read.droppedRows > 0 && t('rows.pasteDroppedRows', { count: read.droppedRows }),
          read.unknownHeaders.length > 0 &&
            t('rows.importUnknown', { headers: read.unknownHeaders.join('、') }),
        ]
          .filter(Boolean)
          .join(''),
      );
    } catch (error) {
      if (!(error instanceof SheetError)) throw error;
      setNote(t(`rows.importProblem.${error.problem}`, { file: file.name }));
    }
  };

  const takeRows = (taken: TakenRows) => {
    const before = latest.current.rows;
    const next = group ? renumberGroups(taken.rows, group) : taken.rows;
    latest.current.rows = next;
    latest.current.onChange(next);
    setDeleted(undefined);
    setBeforeTake({ rows: before, taken });
    setNote(undefined);
  };
  const undoTake = () => {
    if (!beforeTake) return;
    latest.current.rows = beforeTake.rows;
    latest.current.onChange(beforeTake.rows);
    setBeforeTake(undefined);
  };

  const undo = () => {
    if (!deleted) return;
    const next = restoreRow(latest.current.rows, deleted, group?.id);
    latest.current.onChange(group ? renumberGroups(next, group) : next);
    setDeleted(undefined);
    focusNext.current = { rowId: deleted.row.id };
    setPinned(deleted.row.id);
  };

  const columnNames = useMemo(
    () => field.columns.map((column) => formText(`${column.key}.name`, column.name)),
    [field.columns, formText],
  );
  const rowIssues = useMemo(
    () =>
      issues
        .filter((issue) => issue.rowId)
        .map((issue, index) => ({ ...issue, domId: `${baseId}-issue-${index}` })),
    [issues, baseId],
  );
  const issuesByRow = useMemo(() => {
    const byRow = new Map<string, RowIssue[]>();
    for (const issue of rowIssues) byRow.set(issue.rowId!, [...(byRow.get(issue.rowId!) ?? []), issue]);
    return byRow;
  }, [rowIssues]);
  const full = rows.length >= field.maxRows;
  const numberOf = new Map(rows.map((row, index) => [row.id, index + 1]));
  const rowIds = useMemo(() => rows.map((row) => row.id), [rows]);
  const slots = useRowWindow(body, rowIds, pinned);
  const rowView = (index: number) => {
    const row = rows[index]!;
    return (
      <RowView
        key={row.id}
        field={field}
        row={row}
        index={index}
        continues={group ? continuesGroup(rows, index, group.id) : false}
        full={full}
        last={index === rows.length - 1}
        issues={issuesByRow.get(row.id) ?? NO_ISSUES}
        readOnly={readOnly}
        actions={actions}
        columnNames={columnNames}
      />
    );
  };
  const onFocus = (event: FocusEvent<HTMLTableSectionElement>) => {
    const rowId = (event.target as HTMLElement).closest<HTMLElement>('tr[data-row-id]')?.dataset.rowId;
    if (rowId) setPinned(rowId);
  };

  return (
    <FieldFrame field={field} issues={issues} group>
      <p className="guidance">{t('rows.help')}</p>
      <div className="rows-scroll">
        <table className="rows-table" aria-label={name} aria-rowcount={rows.length + 1}>
          <colgroup>
            {field.columns.map((column) => (
              <col key={column.id} className={`rows-col-${columnWidth(column, field.groupBy)}`} />
            ))}
            <col className="rows-col-actions" />
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              {field.columns.map((column) => (
                <th key={column.id} scope="col">
                  {formText(`${column.key}.label`, column.label)}
                </th>
              ))}
              <th scope="col">{t('rows.actions')}</th>
            </tr>
          </thead>
          <tbody ref={body} onFocus={onFocus}>
            {slots
              ? slots.map((slot) =>
                  slot.kind === 'row' ? (
                    rowView(slot.index)
                  ) : (
                    // Stands for the rows out of view, as tall as they are; nothing in it to read.
                    <tr key={`gap-${slot.start}`} className="rows-gap" aria-hidden="true">
                      <td colSpan={field.columns.length + 1} style={{ height: slot.height }} />
                    </tr>
                  ),
                )
              : rows.map((_, index) => rowView(index))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="muted small">{t('rows.empty')}</p>}
      {rowIssues.length > 0 && (
        <ul className="field-issues">
          {rowIssues.map((issue) => {
            const column = field.columns.findIndex((c) => c.id === issue.column);
            return (
              <li key={issue.domId} id={issue.domId} className={`field-issue field-issue-${issue.severity}`}>
                <strong>{t('rows.rowIssue', { row: numberOf.get(issue.rowId!) ?? '' })}</strong>
                {column >= 0 && ` ${columnNames[column]}`} {issue.message}
              </li>
            );
          })}
        </ul>
      )}
      <div className="rows-foot">
        <button
          type="button"
          id={`${baseId}-add`}
          disabled={readOnly || full}
          aria-describedby={full ? `${baseId}-full` : undefined}
          onClick={actions.add}
        >
          {t('rows.add')}
        </button>
        <button type="button" disabled={readOnly || full} onClick={() => fileInput.current?.click()}>
          {t('rows.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".xlsx,.csv"
          hidden
          aria-label={t('rows.import')}
          onChange={(event) => void importSheet(event)}
        />
        <span className="muted small">{t('rows.count', { count: rows.length, max: field.maxRows })}</span>
        {full && (
          <span id={`${baseId}-full`} className="field-warning">
            {t('rows.atMax', { max: field.maxRows })}
          </span>
        )}
        {rows.length < field.minRows && (
          <span className="field-warning">{t('rows.belowMin', { min: field.minRows })}</span>
        )}
      </div>
      {field.takesRowsFrom && (
        <TakeRows
          field={field}
          forms={field.takesRowsFrom}
          rows={rows}
          disabled={readOnly}
          onTake={takeRows}
        />
      )}
      <div role="status" className="rows-notice">
        {beforeTake && (
          <>
            {t('rows.take.done', { count: beforeTake.taken.count, from: beforeTake.taken.from })}
            {beforeTake.taken.droppedRows > 0 &&
              t('rows.pasteDroppedRows', { count: beforeTake.taken.droppedRows })}
            <button type="button" onClick={undoTake}>
              {t('rows.undo')}
            </button>
          </>
        )}
        {deleted && (
          <>
            {t('rows.deleted', { row: deleted.index + 1 })}
            <button type="button" onClick={undo}>
              {t('rows.undo')}
            </button>
          </>
        )}
        {note}
      </div>
    </FieldFrame>
  );
}
