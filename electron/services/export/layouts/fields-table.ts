import {
  AlignmentType,
  Document,
  DocumentGridType,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import { ISO_DAY, ISO_MONTH, monthParts } from '../../../../shared/date-text';
import { contentHash, type Draft } from '../../../../shared/draft';
import { formOf } from '../../../../shared/forms';
import { printedHash } from '../../../../shared/printed-hash';
import { printStyle, type BuildOptions } from '../docx';
import type { Layout } from './types';
import type { ColumnField, Field, RowsField } from '../../../../shared/forms/fields';
import { continuesGroup, rowsOf } from '../../../../shared/forms/rows';
import { cell, hairline, RULE } from '../cells';
import { draftHeader, formFooter, pageFooter } from '../footer';
import { textWidth } from '../measure';
import { CELL_MARGIN, LABEL_COLUMN, PAGE, TEXT_WIDTH } from '../page';
import { printable } from '../sanitize';
import {
  headingParagraph,
  PARAGRAPH,
  runsOf,
  tableText,
  textLines,
  textParagraphs,
  type PrintStyle,
} from '../style';
import { formStyles } from '../styles';

/**
 * The generic table layout (docs/LAYOUT.md, "Generic table layout"): any form definition printed
 * as the bureau's tables are — a title, the single fields as a label/value table, and each rows
 * field as a table of its own with its printed column headers. Faces, sizes, page and footer are
 * the 610 form's (`styles.ts`, `page.ts`, `footer.ts`); a wide table turns its pages landscape.
 */
export interface FieldsTableInput {
  title: string;
  subtitle?: string;
  fields: readonly Field[];
  values: Readonly<Record<string, unknown>>;
  style: PrintStyle;
  /**
   * What the footer prints under the page number: which export of the draft this is, and its
   * content hash (printed short). A table of many drafts (the roll-up's) prints the page number only.
   */
  exportNumber?: number;
  hash?: string;
  /** The copy says 草稿 in its header. */
  provisional?: boolean;
  /** A line under the title, before the tables (填报单位：…), for a field the layout prints so. */
  caption?: string;
  /** Whether each rows table has its field's name above it; a form that is one table has none. */
  tableHeadings?: boolean;
}

/**
 * Landscape A4 with the portrait page's margins turned with it: 版心 225 mm wide and 156 mm tall,
 * the page number's foot margin kept at the bottom.
 */
const LANDSCAPE = {
  width: PAGE.height - PAGE.margin.top - PAGE.margin.bottom,
  margin: {
    top: PAGE.margin.left,
    bottom: PAGE.margin.right,
    left: PAGE.margin.top,
    right: PAGE.margin.bottom,
  },
};
export const LANDSCAPE_TEXT_WIDTH = LANDSCAPE.width;

/**
 * The rows tables print in 四号 at most: at 三号 a table of seven columns wraps nearly every cell.
 * A single field's table keeps the form's size.
 */
const tableSizeOf = (style: PrintStyle): PrintStyle['textSize'] =>
  style.textSize > 14 ? 14 : style.textSize;

/** A column is never narrower than this many em: 序号 and 是/否 with their padding. */
const MIN_COLUMN_EM = 2.5;
/** The most text a column asks room for, however long its texts: the rest wraps. */
const MAX_COLUMN_EM = 40;
/** A value this short (in em) is never wrapped while the table has room for it. */
const SHORT_VALUE_EM = 6;
/** How narrow a column of longer text may get when the table is squeezed. */
const PROSE_FLOOR_EM = 3;
/** More columns than this do not fit a portrait 版心 legibly, whatever their texts. */
const PORTRAIT_MAX_COLUMNS = 5;

/** A cell's value as printed lines: 是/否, 2023年7月, 2022年1月20日, a number with its unit. */
export function printedLines(column: ColumnField, value: unknown, style: PrintStyle): string[] {
  if (value === null || value === undefined || value === '') return [];
  switch (column.type) {
    case 'yesNo':
      return typeof value === 'boolean' ? [style.label(value ? '是' : '否')] : [style.content(String(value))];
    case 'number':
      return [
        typeof value === 'number' && column.unit ? `${value}${style.label(column.unit)}` : String(value),
      ];
    case 'date': {
      const text = String(value);
      if (column.precision === 'month' && ISO_MONTH.test(text)) {
        const { year, month } = monthParts(text);
        return [style.label(`${year}年${month}月`)];
      }
      if (column.precision === 'day' && ISO_DAY.test(text)) {
        const [year, month, day] = text.split('-').map(Number);
        return [style.label(`${year}年${month}月${day}日`)];
      }
      return [style.content(text)];
    }
    default:
      return textLines(style.content(String(value)));
  }
}

/**
 * What a column asks for, in em. `ask` is how much text its cells hold on average (all their
 * lines end to end, up to a cap), so the columns that wrap get room in proportion to their text
 * and wrap to about the same number of lines: the row is as tall as its tallest cell. `floor` is
 * what it keeps when the table is squeezed: a column of short values keeps them whole (室主任,
 * 2023年7月), a column of longer text may wrap down to a few em; either keeps its header in at most
 * two lines.
 */
function columnEm(column: ColumnField, lines: readonly string[][]): { ask: number; floor: number } {
  const header = Math.max(...column.label.split('\n').map(textWidth));
  const longest = Math.max(0, ...lines.map((cellLines) => Math.max(0, ...cellLines.map(textWidth))));
  const mean = lines.length
    ? lines.reduce(
        (total, cellLines) => total + cellLines.reduce((sum, line) => sum + textWidth(line), 0),
        0,
      ) / lines.length
    : 0;
  const headerFloor = Math.max(MIN_COLUMN_EM, Math.ceil(header / 2) + 1);
  const floor =
    longest <= SHORT_VALUE_EM ? Math.max(headerFloor, longest + 1) : Math.max(headerFloor, PROSE_FLOOR_EM);
  return { ask: Math.max(floor, header + 1, Math.min(mean, MAX_COLUMN_EM) + 1), floor };
}

/**
 * A column header as the lines it prints in a column `widthEm` wide. Word and LibreOffice break a
 * narrow header wherever the width ends (活动名/称, 出生年/月); a header that does not fit on one
 * line is broken here instead, once, where its two halves are most even with the first the
 * longer (活动/名称, 委员会/职务) — `columnEm`'s floor keeps that half within the column.
 */
export function headerLines(label: string, widthEm: number): string[] {
  return label.split('\n').flatMap((line) => {
    const chars = [...line];
    if (textWidth(line) <= widthEm || chars.length < 2) return [line];
    let at = 1;
    while (
      at < chars.length - 1 &&
      textWidth(chars.slice(0, at).join('')) < textWidth(chars.slice(at).join(''))
    )
      at += 1;
    return [chars.slice(0, at).join(''), chars.slice(at).join('')];
  });
}

export interface TablePlan {
  landscape: boolean;
  /** Column widths in twips, filling the 版心. */
  widths: number[];
}

/**
 * Portrait or landscape, and the columns' widths: a table goes landscape when it has more than
 * five columns, or when the em its columns ask for at 四号 do not fit the portrait 版心.
 */
export function planTable(field: RowsField, cells: readonly string[][][], style: PrintStyle): TablePlan {
  const emTwips = tableSizeOf(style) * 20;
  const twips = (em: number) => em * emTwips + 2 * CELL_MARGIN;
  const ems = field.columns.map((column, c) =>
    columnEm(
      column,
      cells.map((row) => row[c] ?? []),
    ),
  );
  const asked = ems.map(({ ask }) => twips(ask));
  const total = asked.reduce((a, b) => a + b, 0);
  const landscape = field.columns.length > PORTRAIT_MAX_COLUMNS || total > TEXT_WIDTH;
  const floors = ems.map(({ floor }) => twips(floor));
  const widths = shareWidths(asked, floors, landscape ? LANDSCAPE.width : TEXT_WIDTH);
  return { landscape, widths: balanceRows(widths, floors, cells, emTwips) };
}

/** At most this many cells are weighed when balancing: a longer table's first rows stand for it. */
const BALANCE_CELLS = 700;
/** How much width one step of the balancing moves between two columns, in em. */
const BALANCE_STEP_EM = 0.5;
/** At most this many steps: 100 em moved, more than any table needs, and a bound on the cost. */
const BALANCE_ROUNDS = 200;

/**
 * Widths that make the rows shorter: a row is as tall as its tallest cell, so width moves, half an
 * em at a time, from a column whose cells have room to spare to one whose cells set the rows'
 * height (负责单位's four lines, 5月17日至5月23日 wrapped into three), as long as the table's
 * total height (in lines) falls. The shares from `shareWidths` are where it starts, floors hold.
 */
export function balanceRows(
  start: readonly number[],
  floors: readonly number[],
  cells: readonly (readonly string[])[][],
  emTwips: number,
): number[] {
  const sample = cells.slice(0, Math.max(1, Math.floor(BALANCE_CELLS / Math.max(1, start.length))));
  if (!sample.length) return [...start];
  const measured = sample.map((row) => row.map((lines) => lines.map(textWidth)));
  const linesIn = (widths: readonly number[], row: number, c: number) => {
    const room = Math.max(1, (widths[c]! - 2 * CELL_MARGIN) / emTwips);
    // Lines as a fraction, not rounded up: the total then falls with every step that helps, so the
    // search does not stall on a plateau where no single step saves a whole line.
    return measured[row]![c]!.reduce((total, width) => total + Math.max(1, width / room), 0);
  };
  const height = (widths: readonly number[]) =>
    measured.reduce((total, row, r) => total + Math.max(1, ...row.map((_, c) => linesIn(widths, r, c))), 0);
  const step = Math.round(BALANCE_STEP_EM * emTwips);
  let widths = [...start];
  let best = height(widths);
  for (let round = 0; round < BALANCE_ROUNDS; round++) {
    let move: { widths: number[]; height: number } | null = null;
    for (let from = 0; from < widths.length; from++) {
      if (widths[from]! - step < floors[from]!) continue;
      for (let to = 0; to < widths.length; to++) {
        if (to === from) continue;
        const next = [...widths];
        next[from]! -= step;
        next[to]! += step;
        const tall = height(next);
        if (tall < (move?.height ?? best)) move = { widths: next, height: tall };
      }
    }
    if (!move) break;
    widths = move.widths;
    best = move.height;
  }
  return widths;
}

/**
 * Widths filling `room` when not even the floors fit (an 11-column member list whose units are
 * long names): every column gets what it asks up to one common width, the level that fills the
 * room. Short columns keep their text whole up to that level and the long ones wrap no more than
 * they must, instead of the floors' proportion, which left the longest text (上海市计量测试技术研究院)
 * the narrowest column and a row a page tall.
 */
function levelled(asked: readonly number[], room: number): number[] {
  const sorted = [...asked].sort((a, b) => a - b);
  let left = room;
  let level = room / asked.length;
  for (const [i, width] of sorted.entries()) {
    level = left / (sorted.length - i);
    if (width >= level) break;
    left -= width;
  }
  return asked.map((width) => Math.min(width, level));
}

/**
 * Widths filling `room`: every column what it asks when that fits (the slack shared in proportion);
 * otherwise each keeps its floor and the columns asking more share what is left in proportion to
 * how much more they ask, so 活动名称 keeps its line and only the prose columns wrap; and when even
 * the floors do not fit, levelled (`levelled`).
 */
export function shareWidths(asked: readonly number[], floors: readonly number[], room: number): number[] {
  const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
  const wanted = sum(asked);
  const floor = sum(floors);
  const widths =
    wanted <= room
      ? asked.map((width) => (width / wanted) * room)
      : floor >= room
        ? levelled(asked, room)
        : floors.map((width, c) => width + ((asked[c]! - width) / (wanted - floor)) * (room - floor));
  const floored = widths.map(Math.floor);
  floored[floored.length - 1]! += room - sum(floored);
  return floored;
}

function pageOf(landscape: boolean): NonNullable<ISectionOptions['properties']> {
  return {
    page: {
      size: {
        width: PAGE.width,
        height: PAGE.height,
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: { ...(landscape ? LANDSCAPE.margin : PAGE.margin), header: PAGE.header, footer: PAGE.footer },
    },
    grid: { type: DocumentGridType.DEFAULT, linePitch: PAGE.linePitch },
  };
}

/**
 * The rows tables' cell text: a style of its own holding the face, size and spacing once, so a
 * 200-row table's 1,400 cells write their text and nothing else (and export in well under a second).
 */
const CELL = { left: 'FieldsCell', center: 'FieldsCellCentred' } as const;

function layoutStyles(style: PrintStyle): IStylesOptions {
  const form = formStyles(style);
  const sizePt = tableSizeOf(style);
  const spacing = { before: 0, after: 0, line: Math.round(sizePt * 20 * 1.35), lineRule: LineRuleType.EXACT };
  const cellStyle = (id: string, name: string, alignment: 'left' | 'center') => ({
    id,
    name,
    basedOn: 'Normal',
    run: { size: sizePt * 2 },
    paragraph: { alignment: alignment === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT, spacing },
  });
  return {
    ...form,
    paragraphStyles: [
      ...(form.paragraphStyles ?? []),
      cellStyle(CELL.left, 'Fields Cell', 'left'),
      cellStyle(CELL.center, 'Fields Cell Centred', 'center'),
    ],
  };
}

/** A line of a cell: its own paragraph, so a multi-line cell prints line by line. */
function cellParagraph(text: string, style: PrintStyle, align: 'left' | 'center' = 'left'): Paragraph {
  const inherited = { role: 'text' as const, sizePt: tableSizeOf(style) };
  return new Paragraph({ style: CELL[align], children: runsOf(text, style, inherited, inherited) });
}

const cellParagraphs = (lines: readonly string[], style: PrintStyle, align?: 'left' | 'center') =>
  lines.length ? lines.map((line) => cellParagraph(line, style, align)) : [hairline()];

const CELL_PADDING = { top: 60, bottom: 60, left: CELL_MARGIN, right: CELL_MARGIN };
const ALL_RULES = {
  top: RULE,
  bottom: RULE,
  left: RULE,
  right: RULE,
  insideHorizontal: RULE,
  insideVertical: RULE,
};

/** A title or a table's name: kept with what follows, so it never stands alone at a page foot. */
function titleParagraphs(input: FieldsTableInput): Paragraph[] {
  const { style } = input;
  const look = (role: 'title' | 'subheading', sizePt: number) => ({ role, sizePt });
  return [
    new Paragraph({
      children: runsOf(style.label(input.title), style, look('title', 22), tableText(style)),
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 0, after: input.subtitle ? 120 : 360, line: 760, lineRule: LineRuleType.EXACT },
    }),
    ...(input.subtitle
      ? [
          new Paragraph({
            children: runsOf(style.label(input.subtitle), style, look('subheading', 16), tableText(style)),
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: 0, after: 360, line: 640, lineRule: LineRuleType.EXACT },
          }),
        ]
      : []),
    ...(input.caption
      ? [
          new Paragraph({
            style: PARAGRAPH.line,
            children: runsOf(style.content(input.caption), style, tableText(style), tableText(style)),
            keepNext: true,
            spacing: { before: 0, after: 120 },
          }),
        ]
      : []),
  ];
}

/** A rows field's name above its table, in 黑体, kept with the table's first rows. */
function tableHeading(field: RowsField, style: PrintStyle): Paragraph {
  return new Paragraph({
    style: PARAGRAPH.heading,
    children: runsOf(
      style.label(field.label),
      style,
      { role: 'heading', sizePt: style.textSize },
      {
        role: 'heading',
        sizePt: style.textSize,
      },
    ),
    keepNext: true,
  });
}

/**
 * A rows field as a table: its column headers as the first row, repeated on every page; no row
 * split across pages; the groupBy column's cells merged down the rows of their group.
 */
function rowsTable(
  field: RowsField,
  value: unknown,
  style: PrintStyle,
): { table: Table; landscape: boolean } {
  const rows = rowsOf(value);
  const cells = rows.map((row) =>
    field.columns.map((column) => printedLines(column, row.cells[column.id], style)),
  );
  const { landscape, widths } = planTable(field, cells, style);
  const width = (c: number) => ({ size: widths[c]!, type: WidthType.DXA });
  const widthEm = (c: number) => (widths[c]! - 2 * CELL_MARGIN) / (tableSizeOf(style) * 20);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: field.columns.map((column, c) =>
      cell(cellParagraphs(headerLines(style.label(column.label), widthEm(c)), style, 'center'), {
        width: width(c),
        verticalAlign: VerticalAlignTable.CENTER,
      }),
    ),
  });
  const body = rows.map(
    (row, r) =>
      new TableRow({
        cantSplit: true,
        children: field.columns.map((column, c) => {
          const grouped = column.id === field.groupBy;
          const continued = field.continued?.includes(column.id) ?? false;
          const continuing = field.groupBy !== undefined && continuesGroup(rows, r, field.groupBy);
          if ((grouped && continuing) || (continued && continuing && cells[r]![c]!.length === 0))
            return cell([hairline()], { width: width(c), verticalMerge: VerticalMergeType.CONTINUE });
          // A continued column's cell opens a merge the rows below may carry on (金山区's 负责单位).
          if (continued)
            return cell(cellParagraphs(cells[r]![c]!, style), {
              width: width(c),
              verticalMerge: VerticalMergeType.RESTART,
            });
          // Cells read from the top, as typed tables do; a merged 序号 stands in the middle of its rows.
          return cell(
            cellParagraphs(cells[r]![c]!, style, grouped ? 'center' : 'left'),
            grouped
              ? {
                  width: width(c),
                  verticalAlign: VerticalAlignTable.CENTER,
                  verticalMerge: VerticalMergeType.RESTART,
                }
              : { width: width(c) },
          );
        }),
      }),
  );
  const table = new Table({
    rows: [header, ...body],
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: ALL_RULES,
    margins: CELL_PADDING,
  });
  return { table, landscape };
}

/** The single fields in a run, as label/value rows: the label in 黑体 as the 610 form prints it. */
function fieldsTable(
  fields: readonly Exclude<Field, RowsField>[],
  values: FieldsTableInput['values'],
  style: PrintStyle,
): Table {
  const valueWidth = TEXT_WIDTH - LABEL_COLUMN;
  const rows = fields.map((field) => {
    const value = values[field.id];
    const paragraphs =
      field.type === 'longText'
        ? [
            ...(field.heading ? [headingParagraph(field.heading, 'subheading', style)] : []),
            ...textParagraphs(typeof value === 'string' ? value : '', style),
          ]
        : field.type === 'attachments' || field.type === 'signature'
          ? []
          : printedLines(field, value, style).map(
              (line) =>
                new Paragraph({
                  style: PARAGRAPH.line,
                  children: runsOf(line, style, tableText(style), tableText(style)),
                }),
            );
    return new TableRow({
      // A long text may run over a page; a short value moves with its label.
      cantSplit: field.type !== 'longText',
      children: [
        cell(
          field.label.split('\n').map(
            (line) =>
              new Paragraph({
                style: PARAGRAPH.line,
                alignment: AlignmentType.CENTER,
                children: runsOf(
                  style.label(line),
                  style,
                  { role: 'heading', sizePt: style.textSize },
                  tableText(style),
                ),
              }),
          ),
          {
            width: { size: LABEL_COLUMN, type: WidthType.DXA },
            verticalAlign: VerticalAlignTable.CENTER,
            margins: CELL_PADDING,
          },
        ),
        cell(paragraphs.length ? paragraphs : [new Paragraph({ style: PARAGRAPH.line })], {
          width: { size: valueWidth, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          margins: CELL_PADDING,
        }),
      ],
    });
  });
  return new Table({
    rows,
    columnWidths: [LABEL_COLUMN, valueWidth],
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: ALL_RULES,
  });
}

type Block = Paragraph | Table;

/**
 * The document's sections: the title opens the first; consecutive single fields make one
 * label/value table; each rows field its heading and table. A table that needs landscape gets a
 * section of its own (a section is one orientation), and so does what follows it in portrait.
 * Attachments and the signature block print nothing here: they are the draft's files and
 * declaration, not `values`; a form that prints them uses a layout of its own.
 */
function sections(input: FieldsTableInput): { landscape: boolean; children: Block[] }[] {
  const { style, values } = input;
  const out: { landscape: boolean; children: Block[] }[] = [
    { landscape: false, children: titleParagraphs(input) },
  ];
  let singles: Exclude<Field, RowsField>[] = [];
  const current = () => out[out.length - 1]!;
  const flush = () => {
    if (!singles.length) return;
    if (current().landscape) out.push({ landscape: false, children: [] });
    current().children.push(fieldsTable(singles, values, style), hairline());
    singles = [];
  };
  for (const field of input.fields) {
    if (field.type === 'attachments' || field.type === 'signature') continue;
    if (field.type !== 'rows') {
      singles.push(field);
      continue;
    }
    flush();
    const { table, landscape } = rowsTable(field, values[field.id], style);
    const section = current();
    // The title moves with the first table when nothing else is on its page yet.
    const onlyTitle = out.length === 1 && section.children.every((block) => block instanceof Paragraph);
    if (landscape !== section.landscape) {
      if (onlyTitle) section.landscape = landscape;
      else out.push({ landscape, children: [] });
    }
    current().children.push(
      ...(input.tableHeadings === false ? [] : [tableHeading(field, style)]),
      table,
      hairline(),
    );
  }
  flush();
  return out.filter((section) => section.children.length > 0);
}

/** The print-ready .docx of a form with the generic table layout. */
export async function buildFieldsTable(input: FieldsTableInput): Promise<Buffer> {
  const { style } = input;
  const document = new Document({
    title: printable(input.title),
    styles: layoutStyles(style),
    sections: sections(input).map((section, index) => ({
      properties: pageOf(section.landscape),
      // Later sections carry on with the first one's footer and header, and number on from it.
      ...(index === 0
        ? {
            footers: {
              default:
                input.exportNumber !== undefined && input.hash !== undefined
                  ? formFooter(input.exportNumber, printedHash(input.hash), style)
                  : pageFooter(style),
            },
            ...(input.provisional ? { headers: { default: draftHeader(style) } } : {}),
          }
        : {}),
      children: section.children,
    })),
  });
  return Packer.toBuffer(document);
}

/**
 * The generic table layout as the export pipeline uses it: the draft's form's fields and values,
 * in the export's print style. It has no page model, so the wizard shows no page estimate for it.
 */
/** What the table layout prints of a draft: its form's title and fields, the draft's values, the print style. */
export async function fieldsTableInput(draft: Draft, options: BuildOptions): Promise<FieldsTableInput> {
  const form = formOf(draft.form);
  const [style, hash] = await Promise.all([
    printStyle(options.exportOptions),
    options.hash ?? contentHash(draft),
  ]);
  return {
    title: form.title,
    ...(form.subtitle ? { subtitle: form.subtitle } : {}),
    fields: form.fields,
    values: draft.values,
    style,
    exportNumber: options.exportNumber,
    hash,
    provisional: options.provisional,
  };
}

export const fieldsTableLayout: Layout = {
  id: 'fields-table',
  render: async (draft, _draftDir, options) => buildFieldsTable(await fieldsTableInput(draft, options)),
};
