import { describe, expect, it, vi } from 'vitest';
import type { ColumnField, Row, RowsField } from '../../../../shared/forms/fields';
import {
  duplicateRow,
  emptyRow,
  groupSpans,
  moveRow,
  newRowId,
  pasteCells,
  removeRow,
  renumberGroups,
  restoreRow,
} from '../../../../shared/forms/rows';

const base = { key: 'k', required: false };
const columns: ColumnField[] = [
  { ...base, id: 'no', label: '序号', name: '序号', type: 'text' },
  { ...base, id: 'name', label: '活动名称', name: '活动名称', type: 'text' },
  { ...base, id: 'count', label: '场次', name: '场次', type: 'number', integer: true },
  { ...base, id: 'when', label: '开始', name: '开始', type: 'date', precision: 'month' },
  { ...base, id: 'legal', label: '法制', name: '法制', type: 'yesNo' },
];
const field: Pick<RowsField, 'columns' | 'maxRows'> = { columns, maxRows: 5 };

const row = (id: string, no: string, name = id): Row => ({ id, cells: { no, name } });
const names = (rows: Row[]) => rows.map((r) => `${r.cells.no ?? ''}:${r.id}`);
const ids = () => {
  let n = 0;
  return () => emptyRow(columns, `new${++n}`);
};

describe('renumbering groups', () => {
  it('numbers each opening row and leaves continuing rows empty', () => {
    const rows = [row('a', '7'), row('b', ''), row('c', '3'), row('d', ''), row('e', ''), row('f', '9')];
    expect(names(renumberGroups(rows, columns[0]!))).toEqual(['1:a', ':b', '2:c', ':d', ':e', '3:f']);
    expect(groupSpans(rows, 'no')).toEqual([2, 3, 1]);
  });

  it('numbers a first row even when its cell is empty, and keeps unchanged rows as they were', () => {
    const rows = [row('a', ''), row('b', '2'), row('c', '')];
    const renumbered = renumberGroups(rows, columns[0]!);
    expect(names(renumbered)).toEqual(['1:a', '2:b', ':c']);
    expect(renumbered[1]).toBe(rows[1]);
    expect(renumbered[2]).toBe(rows[2]);
  });

  it('writes numbers into a number column', () => {
    const rows = [row('a', ''), row('b', 'x')];
    const number = { id: 'no', type: 'number' as const };
    expect(renumberGroups(rows, number).map((r) => r.cells.no)).toEqual([1, 2]);
  });

  it('renumbers after a reorder and a delete, with the ids unchanged', () => {
    const rows = [row('a', '1'), row('b', '2'), row('c', ''), row('d', '3')];
    const moved = renumberGroups(moveRow(rows, 3, -1, 'no'), columns[0]!);
    expect(names(moved)).toEqual(['1:a', '2:d', '3:b', ':c']);
    const deleted = renumberGroups(removeRow(rows, 0, 'no').rows, columns[0]!);
    expect(names(deleted)).toEqual(['1:b', ':c', '2:d']);
  });
});

describe('row changes', () => {
  it('moves a row inside its group without breaking the group', () => {
    const rows = [row('a', '1'), row('b', ''), row('c', '2')];
    expect(names(moveRow(rows, 0, 1, 'no'))).toEqual(['1:b', ':a', '2:c']);
    expect(names(moveRow(rows, 1, -1, 'no'))).toEqual(['1:b', ':a', '2:c']);
    expect(names(moveRow(rows, 2, 1, 'no'))).toEqual(names(rows));
  });

  it('moves a whole group past the group above, and a single row past the group below', () => {
    const rows = [row('a', '1'), row('b', ''), row('c', '2'), row('d', ''), row('e', '3')];
    expect(names(moveRow(rows, 2, -1, 'no'))).toEqual(['2:c', ':d', '1:a', ':b', '3:e']);
    expect(names(moveRow(rows, 4, -1, 'no'))).toEqual(['1:a', ':b', '3:e', '2:c', ':d']);
    const single = [row('a', '1'), row('b', '2'), row('c', '')];
    expect(names(moveRow(single, 0, 1, 'no'))).toEqual(['2:b', ':c', '1:a']);
  });

  it('lets the last row of a group step out into a group of its own', () => {
    const rows = [row('a', '1'), row('b', ''), row('c', '2')];
    expect(names(renumberGroups(moveRow(rows, 1, 1, 'no'), columns[0]!))).toEqual(['1:a', '2:b', '3:c']);
  });

  it('duplicates a row under itself with a new id and the same cells', () => {
    const rows = [row('a', '1'), row('b', '2')];
    const next = duplicateRow(rows, 0, 'a2');
    expect(next.map((r) => r.id)).toEqual(['a', 'a2', 'b']);
    expect(next[1]!.cells).toEqual(rows[0]!.cells);
    expect(next[1]!.cells).not.toBe(rows[0]!.cells);
  });

  it('deletes a row and puts it back at its place', () => {
    const rows = [row('a', '1'), row('b', '2'), row('c', '3')];
    const { rows: left, removed } = removeRow(rows, 1);
    expect(left.map((r) => r.id)).toEqual(['a', 'c']);
    expect(restoreRow(left, removed!)).toEqual(rows);
  });

  it('hands a deleted opening row’s group to the next row, and takes it back on undo', () => {
    const rows = [row('a', '1'), row('b', ''), row('c', '')];
    const { rows: left, removed } = removeRow(rows, 0, 'no');
    expect(names(left)).toEqual(['1:b', ':c']);
    expect(names(restoreRow(left, removed!, 'no'))).toEqual(names(rows));
  });

  it('does not restore a row twice', () => {
    const rows = [row('a', '1')];
    const { removed } = removeRow(rows, 0);
    expect(restoreRow(rows, removed!)).toEqual(rows);
  });
});

describe('pasting a block of cells', () => {
  const rows = [row('a', '1'), row('b', '2')];

  it('fills from the cell on, adds rows, and reads each column’s kind', () => {
    const grid = [
      ['开放日', '3', '2023年7月', '是'],
      ['讲座', '三场', '2023-08', '否'],
      ['展览', '１２', '不详', ''],
    ];
    const pasted = pasteCells(field, rows, 1, 'name', grid, ids());
    expect(pasted.added).toBe(2);
    expect(pasted.rows.map((r) => r.id)).toEqual(['a', 'b', 'new1', 'new2']);
    expect(pasted.rows[0]).toBe(rows[0]);
    expect(pasted.rows[1]!.cells).toEqual({
      no: '2',
      name: '开放日',
      count: 3,
      when: '2023-07',
      legal: true,
    });
    // What does not read as the column's kind is kept as typed, never dropped.
    expect(pasted.rows[2]!.cells).toMatchObject({
      name: '讲座',
      count: '三场',
      when: '2023-08',
      legal: false,
    });
    expect(pasted.rows[3]!.cells).toMatchObject({ name: '展览', count: 12, when: '不详', legal: null });
  });

  it('counts the rows beyond maxRows and the cells beyond the last column', () => {
    const grid = [['x', '1', '2023-01', '是', '多余'], ['y'], ['z'], ['w'], ['v']];
    const pasted = pasteCells(field, rows, 1, 'name', grid, ids());
    expect(pasted.rows).toHaveLength(5);
    expect(pasted.droppedRows).toBe(1);
    expect(pasted.droppedCells).toBe(1);
  });
});

describe('newRowId', () => {
  it('makes distinct ids without randomUUID, which a page served over plain http lacks', () => {
    vi.stubGlobal('crypto', { getRandomValues: globalThis.crypto.getRandomValues.bind(globalThis.crypto) });
    try {
      const ids = new Set(Array.from({ length: 100 }, newRowId));
      expect(ids.size).toBe(100);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
