import type { CellValue, ColumnField, Row, RowsField } from './fields';
import { cellFromText } from './values';

/**
 * What a rows field's editor does to its `Row[]`, as pure functions: the wizard's table calls them
 * and the tests pin them. Rows keep their ids through every change (undo, React keys and per-row
 * findings follow a row by its id); a change returns new arrays and new rows only where it changed.
 */

/**
 * A row's id: 128 random bits in hex. `crypto.randomUUID` is only there in a secure context, which
 * the browser shell's page (plain http at its fixed origin) is not; `getRandomValues` is everywhere.
 */
export const newRowId = (): string =>
  [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');

const isEmptyCell = (value: CellValue | undefined) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export function emptyRow(columns: readonly ColumnField[], id = newRowId()): Row {
  return { id, cells: Object.fromEntries(columns.map((column) => [column.id, emptyCell(column)])) };
}

function emptyCell(column: ColumnField): CellValue {
  return column.type === 'text' || column.type === 'longText' || column.type === 'choice' ? '' : null;
}

/** The rows as the field holds them: an absent or malformed value is no rows. */
export function rowsOf(value: unknown): Row[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (row): row is Row =>
      typeof row === 'object' &&
      row !== null &&
      typeof (row as Row).id === 'string' &&
      typeof (row as Row).cells === 'object',
  );
}

/** The first and last index of the group the row at `index` belongs to. */
function groupAround(rows: readonly Row[], index: number, groupBy: string): { start: number; end: number } {
  let start = index;
  while (continuesGroup(rows, start, groupBy)) start--;
  let end = index;
  while (end + 1 < rows.length && continuesGroup(rows, end + 1, groupBy)) end++;
  return { start, end };
}

/**
 * Moves a row one place up or down. With a groupBy column, groups stay whole: inside its group a
 * row swaps places and groupBy cells with its neighbour (so the group keeps its opening row on
 * top); a group's opening row moved up past the group's top moves the whole group above the group
 * before it, a single row's group moved down goes below the next group, and the last row of a
 * group moved down steps out of it into a group of its own.
 */
export function moveRow(rows: readonly Row[], index: number, delta: -1 | 1, groupBy?: string): Row[] {
  const to = index + delta;
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return [...rows];
  const swapped = (keepCells: boolean) => {
    const next = [...rows];
    let [moved, other] = [rows[index]!, rows[to]!];
    if (keepCells && groupBy !== undefined) {
      const [a, b] = [moved.cells[groupBy] ?? null, other.cells[groupBy] ?? null];
      moved = { ...moved, cells: { ...moved.cells, [groupBy]: b } };
      other = { ...other, cells: { ...other.cells, [groupBy]: a } };
    }
    next[to] = moved;
    next[index] = other;
    return next;
  };
  if (groupBy === undefined) return swapped(false);
  const own = groupAround(rows, index, groupBy);
  if (to >= own.start && to <= own.end) return swapped(true);
  const block = rows.slice(own.start, own.end + 1);
  if (delta === -1) {
    const before = groupAround(rows, own.start - 1, groupBy);
    return [
      ...rows.slice(0, before.start),
      ...block,
      ...rows.slice(before.start, own.start),
      ...rows.slice(own.end + 1),
    ];
  }
  if (own.start === own.end) {
    const after = groupAround(rows, own.end + 1, groupBy);
    return [
      ...rows.slice(0, own.start),
      ...rows.slice(own.end + 1, after.end + 1),
      ...block,
      ...rows.slice(after.end + 1),
    ];
  }
  const row = rows[index]!;
  const next = [...rows];
  next[index] = { ...row, cells: { ...row.cells, [groupBy]: rows[own.start]!.cells[groupBy] ?? null } };
  return next;
}

/** A copy of the row right under it, with an id of its own. */
export function duplicateRow(rows: readonly Row[], index: number, id = newRowId()): Row[] {
  const row = rows[index];
  if (!row) return [...rows];
  return [...rows.slice(0, index + 1), { id, cells: { ...row.cells } }, ...rows.slice(index + 1)];
}

/** A deleted row and where it stood, for 撤销. */
export interface RemovedRow {
  row: Row;
  index: number;
  /** The row below that took over the group the deleted row opened, and what its cell held. */
  handedTo?: { id: string; cell: CellValue };
}

/**
 * Deletes a row. When it opened a group that goes on below it, the next row opens the group in
 * its place, so deleting the first of three activities under one 序号 keeps the other two together.
 */
export function removeRow(
  rows: readonly Row[],
  index: number,
  groupBy?: string,
): { rows: Row[]; removed: RemovedRow | null } {
  const row = rows[index];
  if (!row) return { rows: [...rows], removed: null };
  const next = [...rows.slice(0, index), ...rows.slice(index + 1)];
  const heir = rows[index + 1];
  if (
    groupBy === undefined ||
    !heir ||
    continuesGroup(rows, index, groupBy) ||
    !continuesGroup(rows, index + 1, groupBy)
  )
    return { rows: next, removed: { row, index } };
  next[index] = { ...heir, cells: { ...heir.cells, [groupBy]: row.cells[groupBy] ?? null } };
  return {
    rows: next,
    removed: { row, index, handedTo: { id: heir.id, cell: heir.cells[groupBy] ?? null } },
  };
}

/** Puts a deleted row back at its place (or at the end, if the table has since got shorter). */
export function restoreRow(rows: readonly Row[], removed: RemovedRow, groupBy?: string): Row[] {
  if (rows.some((row) => row.id === removed.row.id)) return [...rows];
  const { handedTo } = removed;
  const back =
    handedTo && groupBy !== undefined
      ? rows.map((row) =>
          row.id === handedTo.id ? { ...row, cells: { ...row.cells, [groupBy]: handedTo.cell } } : row,
        )
      : rows;
  const at = Math.min(removed.index, back.length);
  return [...back.slice(0, at), removed.row, ...back.slice(at)];
}

export function setCell(rows: readonly Row[], rowId: string, columnId: string, value: CellValue): Row[] {
  return rows.map((row) => (row.id === rowId ? { ...row, cells: { ...row.cells, [columnId]: value } } : row));
}

/**
 * A block of cells pasted into the cell at (`rowIndex`, `columnId`): its rows fill the table's rows
 * from that one on and its columns the columns from that one on, adding rows as needed up to
 * `maxRows` (`makeRow` makes them). Cells beyond the last column are dropped and counted, as are rows beyond `maxRows`,
 * so the caller can say so; nothing is dropped without a count.
 */
export function pasteCells(
  field: Pick<RowsField, 'columns' | 'maxRows'>,
  rows: readonly Row[],
  rowIndex: number,
  columnId: string,
  grid: readonly (readonly string[])[],
  /** A row the paste adds (the table's new row, which opens a group of its own). */
  makeRow: () => Row = () => emptyRow(field.columns),
): { rows: Row[]; added: number; droppedRows: number; droppedCells: number } {
  const first = field.columns.findIndex((column) => column.id === columnId);
  if (first < 0) return { rows: [...rows], added: 0, droppedRows: 0, droppedCells: 0 };
  const next = [...rows];
  const room = Math.max(0, field.maxRows - rowIndex);
  const used = grid.slice(0, room);
  let added = 0;
  let droppedCells = 0;
  used.forEach((line, offset) => {
    const at = rowIndex + offset;
    let row = next[at];
    if (!row) {
      row = makeRow();
      added++;
    }
    const cells = { ...row.cells };
    line.forEach((text, c) => {
      const column = field.columns[first + c];
      if (column) cells[column.id] = cellFromText(column, text);
      else if (text.trim() !== '') droppedCells++;
    });
    next[at] = { ...row, cells };
  });
  return { rows: next, added, droppedRows: grid.length - used.length, droppedCells };
}

/** Whether the row at `index` continues the group of the row above (its groupBy cell is empty). */
export function continuesGroup(rows: readonly Row[], index: number, groupBy: string): boolean {
  return index > 0 && isEmptyCell(rows[index]?.cells[groupBy]);
}

/**
 * Numbers the groups 1, 2, 3… in table order: a row with a filled groupBy cell opens a group and
 * gets the next number, a row with an empty one continues the group above and stays empty. The
 * first row always opens a group. Run after a reorder, a delete or a paste, so 序号 never skips or
 * repeats. A number column gets numbers, any other the number's text.
 */
export function renumberGroups(rows: readonly Row[], column: Pick<ColumnField, 'id' | 'type'>): Row[] {
  let group = 0;
  return rows.map((row, index) => {
    if (continuesGroup(rows, index, column.id)) return row;
    group++;
    const value: CellValue = column.type === 'number' ? group : String(group);
    return row.cells[column.id] === value ? row : { ...row, cells: { ...row.cells, [column.id]: value } };
  });
}

/** How many rows each group spans, from its first row: what a layout merges vertically. */
export function groupSpans(rows: readonly Row[], groupBy: string): number[] {
  const spans: number[] = [];
  rows.forEach((_, index) => {
    if (continuesGroup(rows, index, groupBy)) spans[spans.length - 1]!++;
    else spans.push(1);
  });
  return spans;
}

/**
 * Another table's rows as rows of `field` (the 活动总结 taking a 活动安排表's activities): each row
 * gets the cells of the columns both tables have (same id, same kind), and a new id. A cell the source
 * leaves empty because it continues the merged cell above (its `continued` columns in a row
 * continuing a 序号) gets that cell's text, since the target table prints no merge. Rows with none
 * of the copied cells filled are left out; past `field.maxRows` rows are dropped and counted.
 */
export function rowsFromTable(
  field: RowsField,
  source: Pick<RowsField, 'columns' | 'groupBy' | 'continued'>,
  value: unknown,
  newId: () => string = newRowId,
): { rows: Row[]; droppedRows: number } {
  const shared = field.columns.filter((column) =>
    source.columns.some((c) => c.id === column.id && c.type === column.type),
  );
  const sourceRows = rowsOf(value);
  const above: Record<string, CellValue> = {};
  const rows: Row[] = [];
  sourceRows.forEach((row, index) => {
    const continues = source.groupBy !== undefined && continuesGroup(sourceRows, index, source.groupBy);
    const target = emptyRow(field.columns, newId());
    for (const column of shared) {
      const cell = row.cells[column.id];
      const mergedAbove = continues && isEmptyCell(cell) && source.continued?.includes(column.id);
      const taken = mergedAbove ? above[column.id] : cell;
      if (!mergedAbove) above[column.id] = cell ?? null;
      if (taken !== undefined && taken !== null) target.cells[column.id] = taken;
    }
    if (shared.some((column) => !isEmptyCell(target.cells[column.id]))) rows.push(target);
  });
  return { rows: rows.slice(0, field.maxRows), droppedRows: Math.max(0, rows.length - field.maxRows) };
}

/** Whether a table holds anything the user typed (a row of empty cells is nothing to keep). */
export function hasTypedRows(rows: readonly Row[]): boolean {
  return rows.some((row) => Object.values(row.cells).some((cell) => !isEmptyCell(cell)));
}
