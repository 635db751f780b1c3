import type { PreflightIssue } from '../../../shared/issues';
import type { RollupRow, SharedPassage } from '../../../shared/rollup';

/** The table's columns, in the order the notice's roll-up lists them. */
export const COLUMNS = [
  'unit',
  'form',
  'title',
  'contact',
  'counts',
  'images',
  'signed',
  'final',
  'number',
  'check',
  'issues',
] as const;
export type Column = (typeof COLUMNS)[number];

export interface Sort {
  column: Column;
  direction: 'ascending' | 'descending';
}

export interface RowQuery {
  text: string;
  problemsOnly: boolean;
}

/**
 * What preflight tells the sender about sending it (the deadline has passed, where and by when it
 * goes): measured against today, so every submission rolled up after the deadline would carry it.
 * It says nothing about the submission, and the organiser is not shown it.
 */
const REMINDERS: readonly PreflightIssue['code'][] = ['deadline-passed', 'submission-due'];

/** The row's findings about the submission itself, errors first as preflight lists them. */
export const findingsOf = (row: RollupRow): PreflightIssue[] =>
  row.issues.filter((issue) => !REMINDERS.includes(issue.code));

/** Errors and warnings of a row; an unreadable input counts as one error, for sorting and the summary. */
export function issueCounts(row: RollupRow): { errors: number; warnings: number } {
  const findings = findingsOf(row);
  const errors = findings.filter((issue) => issue.severity === 'error').length;
  return { errors: errors + (row.message ? 1 : 0), warnings: findings.length - errors };
}

/** Whether the package's content and its checks disagree: a file changed after export, or a forged hash. */
export const mismatched = (row: RollupRow): boolean =>
  row.checksums === 'mismatch' || row.printedHash === 'mismatch';

/** Rows that share a passage with another submission or an earlier year's. */
export function rowsInPassages(passages: readonly SharedPassage[]): Set<string> {
  return new Set(passages.flatMap((p) => ('row' in p.b ? [p.a.row, p.b.row] : [p.a.row])));
}

/** Anything the organiser has to look at: 「只看有问题的」 keeps these rows. */
export function hasProblems(row: RollupRow, copied: ReadonlySet<string>): boolean {
  return (
    row.message !== undefined ||
    row.duplicateOf !== undefined ||
    findingsOf(row).length > 0 ||
    row.counts.some((count) => count.over) ||
    mismatched(row) ||
    copied.has(row.id)
  );
}

/** How far the fullest limited part is: over-limit rows first when sorted descending. */
const fullest = (row: RollupRow) => Math.max(0, ...row.counts.map((count) => count.count / count.limit));

/** What a column sorts by; `text` is the cell's words in the UI language (the form's name). */
function sortValue(row: RollupRow, column: Column, formName: (row: RollupRow) => string): string | number {
  switch (column) {
    case 'unit':
      return row.unit ?? '';
    case 'form':
      return formName(row);
    case 'title':
      return row.title ?? row.source;
    case 'contact':
      return row.contact ?? '';
    case 'counts':
      return fullest(row);
    case 'images':
      return row.images;
    case 'signed':
      return (row.signed ? 2 : 0) + (row.dated ? 1 : 0);
    case 'final':
      return row.final ? 1 : 0;
    case 'number':
      return row.exportNumber ?? 0;
    case 'check':
      return mismatched(row) ? 2 : row.manifest === 'absent' ? 1 : 0;
    case 'issues': {
      const { errors, warnings } = issueCounts(row);
      return errors * 10_000 + warnings;
    }
  }
}

const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });

/** Input order (`r1`, `r2`, … as read) unless a column is chosen; ties keep input order. */
export function sortRows(
  rows: readonly RollupRow[],
  sort: Sort | undefined,
  formName: (row: RollupRow) => string,
): RollupRow[] {
  const order = new Map(rows.map((row, index) => [row.id, index]));
  const inputOrder = (a: RollupRow, b: RollupRow) => order.get(a.id)! - order.get(b.id)!;
  if (!sort) return [...rows];
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, sort.column, formName);
    const y = sortValue(b, sort.column, formName);
    const by =
      typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return by === 0 ? inputOrder(a, b) : sign * by;
  });
}

/** The rows the query keeps: the text anywhere in unit, title, contact, form or file name. */
export function filterRows(
  rows: readonly RollupRow[],
  query: RowQuery,
  copied: ReadonlySet<string>,
  formName: (row: RollupRow) => string,
): RollupRow[] {
  const needle = query.text.trim().toLocaleLowerCase();
  return rows.filter((row) => {
    if (query.problemsOnly && !hasProblems(row, copied)) return false;
    if (!needle) return true;
    return [row.unit, row.title, row.contact, row.phone, row.source, formName(row)].some((text) =>
      text?.toLocaleLowerCase().includes(needle),
    );
  });
}

/** The next sort when a header is clicked: ascending first, then descending, on the same column. */
export function nextSort(current: Sort | undefined, column: Column): Sort {
  return current?.column === column && current.direction === 'ascending'
    ? { column, direction: 'descending' }
    : { column, direction: 'ascending' };
}

export interface UnitSummary {
  unit: string;
  submissions: number;
  errors: number;
  warnings: number;
}

/**
 * Each unit that sent something readable, with what its 问题清单 would hold, in first-seen order.
 * A duplicate (重复) is the same submission sent twice: not counted again.
 */
export function unitsOf(rows: readonly RollupRow[]): UnitSummary[] {
  const units = new Map<string, UnitSummary>();
  for (const row of rows) {
    if (!row.unit || row.duplicateOf) continue;
    const summary = units.get(row.unit) ?? { unit: row.unit, submissions: 0, errors: 0, warnings: 0 };
    const { errors, warnings } = issueCounts(row);
    units.set(row.unit, {
      ...summary,
      submissions: summary.submissions + 1,
      errors: summary.errors + errors,
      warnings: summary.warnings + warnings,
    });
  }
  return [...units.values()];
}

/** A passage in its surrounding text: before, the passage itself, after; cut to `around` characters each side. */
export function inContext(
  text: string,
  start: number,
  end: number,
  around = 40,
): { before: string; passage: string; after: string; cutBefore: boolean; cutAfter: boolean } {
  const from = Math.max(0, start - around);
  const to = Math.min(text.length, end + around);
  return {
    before: text.slice(from, start),
    passage: text.slice(start, end),
    after: text.slice(end, to),
    cutBefore: from > 0,
    cutAfter: to < text.length,
  };
}
