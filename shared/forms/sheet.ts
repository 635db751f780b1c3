import JSZip from 'jszip';
import type { Row, RowsField } from './fields';
import { emptyRow } from './rows';
import { parseDelimited } from './tsv';
import { cellFromText } from './values';

/**
 * Rows brought in from a spreadsheet the unit already keeps (.xlsx from Excel or WPS, or .csv):
 * the sheet's first row that names the table's printed column headers is its header, and the rows
 * under it become the table's rows, each cell read as its column reads a pasted cell. A merged or
 * empty 序号 continues the row above, as in the printed table. In `shared/` so the wizard and the
 * tests read a file the same way; jszip (already the export's) opens the .xlsx package.
 */

/** A cell grid, rows of cells as text. */
export type Grid = string[][];

/** A header as compared: without whitespace and a trailing colon (序 号 = 序号). */
const headerKey = (text: string) => text.replace(/\s+/gu, '').replace(/[：:]$/u, '');

/** A .csv file's text: UTF-8 (with or without its BOM), else GB 18030 as Excel on Chinese Windows saves it. */
export function csvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

export function readCsv(bytes: Uint8Array): Grid {
  return parseDelimited(csvText(bytes), ',');
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return XML_ENTITIES[name] ?? whole;
  });

/** The text of a string item (<si>, <is>): its <t> runs end to end, phonetic runs (<rPh>) left out. */
const itemText = (xml: string) =>
  [...xml.replace(/<rPh\b[\s\S]*?<\/rPh>/gu, '').matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/gu)]
    .map((m) => unescapeXml(m[1]!))
    .join('');

/** A1 → { row: 0, col: 0 }. */
function cellRef(ref: string): { row: number; col: number } | null {
  const match = /^([A-Z]+)(\d+)$/u.exec(ref);
  if (!match) return null;
  const col = [...match[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, col };
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`, 'u').exec(tag)?.[1];

/**
 * The first worksheet of an .xlsx as a grid. Shared strings, inline strings and numbers are read;
 * a formula's cached value is what it shows. Cells of a merged range other than its first stay
 * empty, which is how a merged 序号 reads as rows continuing the first.
 */
export async function readXlsx(bytes: Uint8Array): Promise<Grid> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (path: string) => (await zip.file(path)?.async('string')) ?? null;
  const workbook = await text('xl/workbook.xml');
  if (workbook === null) throw new SheetError('not-xlsx');
  const firstSheet = /<sheet\b[^>]*>/u.exec(workbook)?.[0];
  const relId = firstSheet ? attr(firstSheet, 'r:id') : undefined;
  const rels = (await text('xl/_rels/workbook.xml.rels')) ?? '';
  const target = [...rels.matchAll(/<Relationship\b[^>]*>/gu)]
    .map((m) => m[0])
    .find((tag) => attr(tag, 'Id') === relId);
  const targetPath = target ? attr(target, 'Target') : undefined;
  const sheetPath = targetPath
    ? targetPath.startsWith('/')
      ? targetPath.slice(1)
      : `xl/${targetPath.replace(/^\.\//u, '')}`
    : 'xl/worksheets/sheet1.xml';
  const sheet = await text(sheetPath);
  if (sheet === null) throw new SheetError('not-xlsx');
  const shared = [...((await text('xl/sharedStrings.xml')) ?? '').matchAll(/<si>([\s\S]*?)<\/si>/gu)].map(
    (m) => itemText(m[1]!),
  );
  const grid: Grid = [];
  for (const match of sheet.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/gu)) {
    const [, attributes = '', inner = ''] = match;
    const ref = cellRef(attr(attributes, 'r') ?? '');
    if (!ref) continue;
    const type = attr(attributes, 't');
    const value = /<v>([\s\S]*?)<\/v>/u.exec(inner)?.[1];
    const cell =
      type === 's'
        ? (shared[Number(value)] ?? '')
        : type === 'inlineStr'
          ? itemText(/<is>([\s\S]*?)<\/is>/u.exec(inner)?.[1] ?? '')
          : value !== undefined
            ? unescapeXml(value)
            : '';
    const line = (grid[ref.row] ??= []);
    while (line.length < ref.col) line.push('');
    line[ref.col] = cell;
  }
  return Array.from(grid, (line) => Array.from(line ?? [], (cell) => cell ?? ''));
}

export type SheetProblem = 'not-xlsx' | 'unsupported' | 'no-header';

/** A file that is not a spreadsheet this reads, or holds no row naming the table's columns. */
export class SheetError extends Error {
  constructor(readonly problem: SheetProblem) {
    super(problem);
  }
}

/** The grid of a file by its name's ending: .xlsx or .csv. */
export async function readSheet(name: string, bytes: Uint8Array): Promise<Grid> {
  if (/\.xlsx$/iu.test(name)) return readXlsx(bytes);
  if (/\.csv$/iu.test(name)) return readCsv(bytes);
  throw new SheetError('unsupported');
}

export interface SheetRows {
  rows: Row[];
  /** Header cells naming no column of the table (their cells are not brought in). */
  unknownHeaders: string[];
  /** Rows beyond the table's `maxRows`, not brought in. */
  droppedRows: number;
}

/**
 * The table's rows from a grid: the header is the first row naming at least two of the table's
 * columns by their printed header or name; every non-empty row under it becomes a row.
 */
export function rowsFromGrid(
  field: Pick<RowsField, 'columns' | 'maxRows'>,
  grid: Grid,
  room = field.maxRows,
  makeRow: () => Row = () => emptyRow(field.columns),
): SheetRows {
  const byKey = new Map(
    field.columns.flatMap((column) => [
      [headerKey(column.label), column] as const,
      [headerKey(column.name), column] as const,
    ]),
  );
  const headerAt = grid.findIndex(
    (line) => line.filter((cell) => byKey.has(headerKey(cell))).length >= Math.min(2, field.columns.length),
  );
  if (headerAt < 0) throw new SheetError('no-header');
  const header = grid[headerAt]!;
  const columns = header.map((cell) => byKey.get(headerKey(cell)));
  const unknownHeaders = header.filter((cell, c) => cell.trim() !== '' && !columns[c]);
  const body = grid.slice(headerAt + 1).filter((line) => line.some((cell) => cell.trim() !== ''));
  const kept = body.slice(0, Math.max(0, room));
  const rows = kept.map((line) => {
    const row = makeRow();
    for (const column of field.columns) row.cells[column.id] = cellFromText(column, '');
    line.forEach((text, c) => {
      const column = columns[c];
      if (column) row.cells[column.id] = cellFromText(column, text);
    });
    return row;
  });
  return { rows, unknownHeaders, droppedRows: body.length - kept.length };
}
