import type { Worksheet } from 'exceljs';
import { DeskError } from '../../../shared/errors';
import { formOf, isFormId } from '../../../shared/forms';
import type { RollupRow } from '../../../shared/rollup';
import { writeFileAtomic } from '../files/atomic';
import type { RollupRun } from './index';
import {
  CHECK_WORDS,
  flagsOf,
  issueField,
  issueText,
  KIND_WORDS,
  MANIFEST_WORDS,
  messageText,
  passageSide,
  signedText,
  yesNo,
} from './words';

/**
 * The roll-up as a spreadsheet (docs/ROLLUP.md): one sheet per form, 「问题清单」 with every error
 * and warning, 「雷同片段」 with the originality findings, and 「未能读取」 when an input could not
 * be read. Each sheet's header is frozen and filtered, its columns as wide as their Chinese text.
 */
type Cell = string | number;
interface Column {
  header: string;
  /** Prose (a title, a passage): wrapped within at most `MAX_WIDTH`. */
  wrap?: boolean;
}

const MAX_WIDTH = 60;
const MIN_WIDTH = 6;
/** Excel's width unit is one Latin digit: a CJK character takes two. */
const displayWidth = (text: string) =>
  [...text].reduce(
    (sum, ch) => sum + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 2 : 1),
    0,
  );
const widest = (text: string) => Math.max(0, ...text.split('\n').map(displayWidth));

/** A sheet's name: at most 31 characters, none of Excel's forbidden ones, unique in the book. */
function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 28);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}(${n})`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

function fillSheet(sheet: Worksheet, columns: Column[], rows: Cell[][]): void {
  sheet.columns = columns.map((column, c) => {
    const width = Math.max(widest(column.header), ...rows.map((row) => widest(String(row[c] ?? ''))));
    return { header: column.header, width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2)) };
  });
  for (const row of rows) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  columns.forEach((column, c) => {
    if (column.wrap) sheet.getColumn(c + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

/** The columns of a form's sheet: the facts of each row, its 字数 as one column per limited part. */
function formSheet(run: RollupRun, rows: RollupRow[]): { columns: Column[]; cells: Cell[][] } {
  const limited = [
    ...new Map(rows.flatMap((r) => r.counts.map((c) => [c.field, c.label] as const))).entries(),
  ];
  const columns: Column[] = [
    { header: '编号' },
    { header: '来源' },
    { header: '类型' },
    { header: '单位' },
    { header: '题目', wrap: true },
    { header: '联系人' },
    { header: '联系电话' },
    ...limited.map(([, label]) => ({ header: `${label}（字）` })),
    { header: '超出字数' },
    { header: '图片' },
    { header: '签字' },
    { header: '日期' },
    { header: '定稿' },
    { header: '导出编号' },
    { header: '校验码' },
    { header: '清单' },
    { header: '校验' },
    { header: '打印校验码' },
    { header: '错误' },
    { header: '警告' },
    { header: '标记', wrap: true },
  ];
  const cells = rows.map((row): Cell[] => [
    row.id,
    row.source,
    KIND_WORDS[row.kind],
    row.unit ?? '',
    row.title ?? '',
    row.contact ?? '',
    row.phone ?? '',
    ...limited.map(([field]) => {
      const count = row.counts.find((c) => c.field === field);
      return count ? `${count.count}/${count.limit}` : '';
    }),
    row.counts
      .filter((c) => c.over)
      .map((c) => c.label)
      .join('、'),
    row.images,
    signedText(row),
    yesNo(row.dated),
    yesNo(row.final),
    row.exportNumber ?? '',
    row.hash ?? '',
    MANIFEST_WORDS[row.manifest],
    CHECK_WORDS[row.checksums],
    CHECK_WORDS[row.printedHash],
    row.issues.filter((i) => i.severity === 'error').length,
    row.issues.filter((i) => i.severity === 'warning').length,
    flagsOf(row, run.rows),
  ]);
  return { columns, cells };
}

/** Every error and warning of the rows given, one line each; an unreadable input is one error. */
export function issueLines(run: RollupRun, rows: readonly RollupRow[]): Cell[][] {
  return rows.flatMap((row): Cell[][] => {
    const who = [row.unit ?? '', row.title ?? '', row.source];
    if (row.message) return [[...who, '错误', `无法读取：${messageText(row.message)}`, '']];
    return row.issues.map((issue) => [
      ...who,
      issue.severity === 'error' ? '错误' : '警告',
      issueText(run, row, issue),
      issueField(row, issue),
    ]);
  });
}

export const ISSUE_COLUMNS: Column[] = [
  { header: '单位' },
  { header: '题目', wrap: true },
  { header: '来源' },
  { header: '严重程度' },
  { header: '问题', wrap: true },
  { header: '栏目' },
];

/** Writes a workbook of the sheets given, atomically: a reader never sees half a file. */
async function writeBook(target: string, sheets: { name: string; columns: Column[]; cells: Cell[][] }[]) {
  // Loaded when a spreadsheet is written, not with every command and window that imports the roll-up.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Submission Desk';
  const taken = new Set<string>();
  for (const sheet of sheets)
    fillSheet(book.addWorksheet(sheetName(sheet.name, taken)), sheet.columns, sheet.cells);
  await writeFileAtomic(target, Buffer.from(await book.xlsx.writeBuffer()));
}

export async function writeRollupXlsx(run: RollupRun, target: string): Promise<void> {
  const forms = [...new Set(run.rows.flatMap((row) => (row.form ? [row.form] : [])))];
  const unreadable = run.rows.filter((row) => row.message);
  await writeBook(target, [
    ...forms.map((form) => ({
      name: isFormId(form) ? formOf(form).kindName : form,
      ...formSheet(
        run,
        run.rows.filter((row) => row.form === form),
      ),
    })),
    ...(unreadable.length
      ? [
          {
            name: '未能读取',
            columns: [
              { header: '编号' },
              { header: '来源' },
              { header: '类型' },
              { header: '原因', wrap: true },
            ],
            cells: unreadable.map((row) => [
              row.id,
              row.source,
              KIND_WORDS[row.kind],
              messageText(row.message!),
            ]),
          },
        ]
      : []),
    { name: '问题清单', columns: ISSUE_COLUMNS, cells: issueLines(run, run.rows) },
    {
      name: '雷同片段',
      columns: [
        { header: '单位' },
        { header: '题目', wrap: true },
        { header: '栏目' },
        { header: '雷同单位' },
        { header: '雷同题目', wrap: true },
        { header: '雷同栏目' },
        { header: '字数' },
        { header: '雷同片段', wrap: true },
      ],
      cells: run.passages.map((passage) => {
        const a = passageSide(run, passage.a);
        const b = passageSide(run, passage.b);
        return [a.unit, a.title, a.field, b.unit, b.title, b.field, passage.chars, passage.passage];
      }),
    },
  ]);
}

/**
 * The 问题清单 of one unit on its own, to send back to it: its rows' errors and warnings, the
 * unreadable ones among them. A unit with no row in the run is `not-found`, and nothing is written.
 */
export async function writeUnitIssues(run: RollupRun, unit: string, target: string): Promise<number> {
  const rows = run.rows.filter((row) => row.unit?.trim() === unit.trim() && !row.duplicateOf);
  if (rows.length === 0) throw new DeskError('not-found', unit);
  await writeBook(target, [{ name: '问题清单', columns: ISSUE_COLUMNS, cells: issueLines(run, rows) }]);
  return rows.length;
}
