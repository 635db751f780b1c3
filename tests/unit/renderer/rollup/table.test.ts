import { describe, expect, it } from 'vitest';
import type { RollupRow, SharedPassage } from '../../../../shared/rollup';
import {
  filterRows,
  hasProblems,
  inContext,
  nextSort,
  rowsInPassages,
  sortRows,
  unitsOf,
} from '../../../../renderer/src/rollup/table';

function row(id: string, patch: Partial<RollupRow> = {}): RollupRow {
  return {
    id,
    source: `${id}.zip`,
    kind: 'submission',
    form: 'case',
    unit: '某区市场监督管理局',
    title: `题目${id}`,
    counts: [],
    images: 1,
    signed: true,
    dated: true,
    final: true,
    manifest: 'present',
    checksums: 'ok',
    printedHash: 'ok',
    issues: [],
    ...patch,
  };
}

const warning = { severity: 'warning', code: 'not-final', step: 'review' } as const;
const error = { severity: 'error', code: 'required', step: 'cover', field: 'title' } as const;
const formName = (r: RollupRow) => r.form ?? '';
const ALL = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];

describe('the roll-up table', () => {
  const rows = [
    row('r1', { unit: '乙单位', issues: [warning] }),
    row('r2', {
      unit: '甲单位',
      counts: [{ field: 'summary', label: '案例简介', count: 350, limit: 300, over: true }],
    }),
    row('r3', { unit: '甲单位', duplicateOf: 'r2' }),
    row('r4', { unit: undefined, title: undefined, message: { code: 'package-invalid' } }),
    row('r5', { unit: '丙单位', issues: [error, warning] }),
    row('r6', { unit: '丙单位', contact: '王小明' }),
  ];
  const passages: SharedPassage[] = [
    {
      a: { row: 'r6', field: 'body', start: 0, end: 30 },
      b: { earlier: '2020/a.docx', field: 'body', start: 5, end: 35 },
      passage: 'x',
      chars: 30,
    },
  ];
  const copied = rowsInPassages(passages);

  it('keeps input order until a column is chosen, and ties keep it too', () => {
    expect(sortRows(rows, undefined, formName).map((r) => r.id)).toEqual(ALL);
    const byIssues = sortRows(rows, { column: 'issues', direction: 'descending' }, formName);
    expect(byIssues.map((r) => r.id)).toEqual(['r5', 'r4', 'r1', 'r2', 'r3', 'r6']);
    const byCounts = sortRows(rows, { column: 'counts', direction: 'descending' }, formName);
    expect(byCounts[0]!.id).toBe('r2');
  });

  it('sorts ascending first, then descending on the same column', () => {
    expect(nextSort(undefined, 'unit')).toEqual({ column: 'unit', direction: 'ascending' });
    expect(nextSort({ column: 'unit', direction: 'ascending' }, 'unit').direction).toBe('descending');
    expect(nextSort({ column: 'unit', direction: 'descending' }, 'title').direction).toBe('ascending');
  });

  it('filters by text and by problems: duplicates, damaged, over limit, issues and shared passages count', () => {
    expect(filterRows(rows, { text: '丙', problemsOnly: false }, copied, formName).map((r) => r.id)).toEqual([
      'r5',
      'r6',
    ]);
    expect(
      filterRows(rows, { text: '王小明', problemsOnly: false }, copied, formName).map((r) => r.id),
    ).toEqual(['r6']);
    expect(filterRows(rows, { text: '', problemsOnly: true }, copied, formName).map((r) => r.id)).toEqual(
      ALL,
    );
    expect(hasProblems(row('r9'), copied)).toBe(false);
    expect(hasProblems(row('r9', { printedHash: 'mismatch' }), copied)).toBe(true);
  });

  it('lists each unit once with its findings, a duplicate not counted again, an unreadable row under none', () => {
    expect(unitsOf(rows)).toEqual([
      { unit: '乙单位', submissions: 1, errors: 0, warnings: 1 },
      { unit: '甲单位', submissions: 1, errors: 0, warnings: 0 },
      { unit: '丙单位', submissions: 2, errors: 1, warnings: 1 },
    ]);
  });

  it('cuts a passage out of its text with the characters around it', () => {
    const text = '一二三四五六七八九十';
    expect(inContext(text, 4, 6, 2)).toEqual({
      before: '三四',
      passage: '五六',
      after: '七八',
      cutBefore: true,
      cutAfter: true,
    });
    expect(inContext(text, 0, 10, 2)).toMatchObject({
      before: '',
      after: '',
      cutBefore: false,
      cutAfter: false,
    });
  });
});
