import type { CellValue, Row } from '../../../shared/forms';
import { labelKey } from '../../../shared/forms/label-key';
import { newRowId } from '../../../shared/forms/rows';
import type { DocxBlock, DocxTable } from './docx-read';
import type { ImportShape, ImportTable } from './shape';
import { printedCaption } from '../export/figures';

/**
 * Maps a document's paragraphs onto a form, the way the attachment lays it out and the way people
 * fill it in Word: cover items as 「label value」 in one paragraph (after a tab, a colon or
 * full-width spaces, on an underline) or in a table row; the table's left-column labels; part
 * headings in their own rows or all inside one cell; images with their 图N caption below; the
 * declaration's signer, the opinion, and the two dates in any of the styles people write them.
 */

/** One paragraph of the document as the mapper walks it, tables flattened in reading order. */
interface Line {
  text: string;
  images: string[];
  centered: boolean;
}

export interface MappedImage {
  entry: string;
  caption: string;
  afterPart: string;
}

export type ImportProblem =
  | { code: 'unplaced'; text: string }
  | { code: 'date-unreadable'; text: string }
  | { code: 'image-unplaced'; text: string }
  | { code: 'images-over'; text: string };

export interface Mapped {
  shape: ImportShape;
  values: Record<string, string>;
  /** The repeating-row tables found by their column headers, by field id. */
  rows: Record<string, Row[]>;
  images: MappedImage[];
  signature?: string;
  declaration: { signer: string; signDate?: string | null; opinion: string; opinionDate?: string | null };
  problems: ImportProblem[];
}

/** A label or heading as compared: compatibility forms folded (（ = (, ０ = 0), no white space, no closing colon. */
export function norm(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[:：]$/u, '');
}

/**
 * `raw` with the label at its start taken off, however it was spaced (联 系 人, 联　系　人) and
 * with the colon after it; null when `raw` does not start with the label.
 */
export function afterLabel(raw: string, label: string): string | null {
  const want = norm(label);
  let at = 0;
  let matched = 0;
  while (matched < want.length) {
    if (at >= raw.length) return null;
    const ch = raw[at]!.normalize('NFKC');
    if (/\s/u.test(ch)) at++;
    else if (want.startsWith(ch, matched)) {
      at++;
      matched += ch.length;
    } else return null;
  }
  return raw.slice(at).replace(/^[\s:：]+/u, '');
}

const DATE_STYLES = [
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/u,
  /^(\d{4})[.．/](\d{1,2})[.．/](\d{1,2})$/u,
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/u,
];

/**
 * A written date as `YYYY-MM-DD`: 2022年1月10日, 2022.1.10, 2022-01-10 (full-width digits too);
 * `blank` for the form's 年　月　日 left for a hand; null when the line is no date.
 */
export function parseDate(text: string): string | 'blank' | null {
  const flat = norm(text).replace(/^日期/u, '');
  if (flat === '年月日') return 'blank';
  for (const style of DATE_STYLES) {
    const match = style.exec(flat);
    if (!match) continue;
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
      return null;
    return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

/** Looks like a date someone meant to write (digits and 年/月/日 or separators) but could not be read. */
const DATE_LIKE = /^\d{2,4}\s*[年.．/-]\s*\d{1,2}\s*[月.．/-]\s*\d{1,2}\s*日?$/u;

/** A caption under an image: 图1 and what follows, or a short centred line. */
const CAPTION = /^[图圖]\s*[0-9０-９一二三四五六七八九十]+/u;

function cellText(blocks: DocxBlock[]): string {
  return blocks.map((b) => (b.kind === 'p' ? b.text : '')).join('');
}

/** The document as lines: a table cell that holds one label (二、/案例材料 on two lines) is one line. */
function flatten(blocks: DocxBlock[], isLabel: (text: string) => boolean, out: Line[] = []): Line[] {
  for (const block of blocks) {
    if (block.kind === 'p') {
      out.push({ text: block.text, images: block.images, centered: block.centered });
      continue;
    }
    for (const row of block.rows) {
      const first = row[0] ? cellText(row[0]) : '';
      // A cover written as a table: the label in one cell, the value in the next.
      if (row.length >= 2 && isLabel(`cover:${first}`)) {
        out.push({ text: `${first}\t${row.slice(1).map(cellText).join('')}`, images: [], centered: false });
        continue;
      }
      for (const cell of row) {
        const joined = cellText(cell);
        const paragraphs = cell.filter((b) => b.kind === 'p');
        if (paragraphs.length > 1 && paragraphs.length === cell.length && isLabel(joined))
          out.push({ text: joined, images: [], centered: false });
        else flatten(cell, isLabel, out);
      }
    }
  }
  return out;
}

/** Which of `shapes` the document is, by its subtitle or kind, else by its first cover label and the table's labels. */
export function recognise(blocks: DocxBlock[], shapes: ImportShape[]): ImportShape | undefined {
  const texts = new Set(flatten(blocks, () => false).map((line) => norm(line.text)));
  const byName = shapes.find((shape) => shape.names.some((name) => texts.has(norm(name))));
  if (byName) return byName;
  return shapes.find((shape) => {
    const [first] = shape.cover;
    const starts = (label: string) => [...texts].some((text) => text.startsWith(norm(label)));
    return first && starts(first.label) && shape.sections.some((s) => texts.has(norm(s.label)));
  });
}

/** A cell's text as the user wrote it: its paragraphs a line each, padding dropped. */
function cellLines(blocks: DocxBlock[]): string {
  return contentLines(blocks.map((b) => (b.kind === 'p' ? b.text : '')).join('\n')).join('\n');
}

/**
 * Which of the form's tables `table` is, by its header row: every header names a column of it
 * (compared as `cli new` compares keys), and at least two do, or the table's only column; with
 * each header's column, by position.
 */
function tableOf(table: DocxTable, tables: ImportTable[]) {
  const headers = (table.rows[0] ?? []).map((cell) => labelKey(cellLines(cell)));
  for (const candidate of tables) {
    const byKey = new Map(candidate.columns.map((column) => [labelKey(column.label), column]));
    const columns = headers.map((header) => byKey.get(header));
    const named = columns.filter((column) => column !== undefined);
    if (headers.every((header, i) => !header || columns[i]) && named.length >= Math.min(2, byKey.size))
      return { field: candidate, columns };
  }
  return undefined;
}

/**
 * The table's rows as the field's `Row[]`: an empty groupBy cell (序号) continues the row above, as
 * in the app; a cell merged down from the row above (w:vMerge) continues it too, so its groupBy
 * cell is empty and any other merged cell repeats the value it shows. Rows past the form's limit
 * are reported with their text, not dropped.
 */
function rowsOfTable(
  table: DocxTable,
  match: NonNullable<ReturnType<typeof tableOf>>,
  problems: ImportProblem[],
): Row[] {
  const { field, columns } = match;
  const rows: Row[] = [];
  for (const [r, cells] of table.rows.entries()) {
    if (r === 0) continue;
    const texts = cells.map(cellLines);
    const continued = table.continued[r] ?? [];
    if (texts.every((text) => !text) && !continued.some(Boolean)) continue;
    if (rows.length >= field.maxRows) {
      problems.push({ code: 'unplaced', text: texts.filter(Boolean).join('\t') });
      continue;
    }
    const above = rows.at(-1);
    const values: Record<string, CellValue> = Object.fromEntries(
      field.columns.map((column) => [column.id, column.read('')]),
    );
    columns.forEach((column, i) => {
      if (!column) return;
      if (continued[i] && column.id !== field.groupBy && above)
        values[column.id] = above.cells[column.id] ?? null;
      else if (!continued[i]) values[column.id] = column.read(texts[i] ?? '');
    });
    rows.push({ id: newRowId(), cells: values });
  }
  return rows;
}

/** The document without the tables that are the form's repeating rows, which go to `rows`. */
function takeTables(
  blocks: DocxBlock[],
  tables: ImportTable[],
  rows: Record<string, Row[]>,
  problems: ImportProblem[],
): DocxBlock[] {
  if (!tables.length) return blocks;
  return blocks.flatMap((block): DocxBlock[] => {
    if (block.kind === 'p') return [block];
    const match = tableOf(block, tables);
    if (match && !rows[match.field.id]) {
      rows[match.field.id] = rowsOfTable(block, match, problems);
      return [];
    }
    return [
      { ...block, rows: block.rows.map((r) => r.map((cell) => takeTables(cell, tables, rows, problems))) },
    ];
  });
}

type Mode = 'cover' | 'part' | 'declaration' | 'signer' | 'opinion' | 'stamp';

/** Text of the user's part as the app stores it: one paragraph a line, indent padding dropped. */
function contentLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\t/g, ' ').replace(/^\s+/u, '').trimEnd())
    .filter(Boolean);
}

/** A cover value: the exporter's tabs to the underline's end and the padding around it dropped. */
function coverValue(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/\t/g, ''))
    .join('')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function mapDocument(document: DocxBlock[], shape: ImportShape): Mapped {
  const { labels } = shape;
  const problems: ImportProblem[] = [];
  const rows: Record<string, Row[]> = {};
  const blocks = takeTables(document, shape.tables, rows, problems);
  const sectionOf = new Map(shape.sections.map((s) => [norm(s.label), s]));
  const headingOf = new Map(shape.parts.filter((p) => p.heading).map((p) => [norm(p.heading!), p.id]));
  const guidance = new Set(shape.guidance.map(norm));
  const skipped = new Set([...shape.names, shape.title, '附件'].map(norm));
  const coverLabels = shape.cover.map((item) => norm(item.label));
  const isLabel = (text: string) =>
    text.startsWith('cover:')
      ? coverLabels.includes(norm(text.slice(6)))
      : sectionOf.has(norm(text)) || headingOf.has(norm(text));

  const lines = flatten(blocks, isLabel);
  const parts = new Map<string, string[]>();
  const values: Record<string, string> = {};
  const images: MappedImage[] = [];
  const declaration: Mapped['declaration'] = { signer: '', opinion: '' };
  const opinion: string[] = [];
  let signature: string | undefined;
  let mode: Mode = 'cover';
  let part: string | null = null;
  let lastImage: MappedImage | null = null;

  const date = (text: string, set: (value: string | null) => void): boolean => {
    const parsed = parseDate(text);
    if (parsed) set(parsed === 'blank' ? null : parsed);
    else if (DATE_LIKE.test(norm(text))) problems.push({ code: 'date-unreadable', text: text.trim() });
    else return false;
    return true;
  };
  const addText = (text: string) => {
    if (!part) {
      for (const line of contentLines(text)) problems.push({ code: 'unplaced', text: line });
      return;
    }
    parts.set(part, [...(parts.get(part) ?? []), ...contentLines(text)]);
  };

  for (const line of lines) {
    const flat = norm(line.text);
    const caption = lastImage;
    lastImage = null;
    if (!flat && !line.images.length) continue;

    if (caption && !line.images.length && (CAPTION.test(flat) || (line.centered && flat.length <= 60))) {
      caption.caption = printedCaption(line.text.replace(/\s+/gu, ' ').trim());
      continue;
    }
    if (skipped.has(flat) && mode === 'cover') continue;
    if (guidance.has(flat) || /^[…．.。]+$/u.test(flat)) continue;

    const section = sectionOf.get(flat);
    if (section) {
      mode = 'part';
      part = section.parts.length === 1 ? section.parts[0]! : null;
      continue;
    }
    const heading = [...headingOf].find(
      ([text]) => flat === text || flat.startsWith(`${text}:`) || flat.startsWith(`${text}：`),
    );
    if (heading && mode !== 'opinion') {
      mode = 'part';
      part = heading[1];
      const rest = afterLabel(line.text, heading[0]) ?? '';
      if (rest && !guidance.has(norm(rest))) addText(rest);
      continue;
    }
    if (mode === 'cover') {
      const item = shape.cover.find((c) => afterLabel(line.text, c.label) !== null);
      if (item) {
        values[item.id] = coverValue(afterLabel(line.text, item.label)!);
        continue;
      }
    }
    // Either form's statement closes the parts: the one printed, or the other kind's if the unit mixed them.
    if (flat === norm(shape.statement) || flat.startsWith('声明:')) {
      mode = 'declaration';
      part = null;
      continue;
    }
    const signerRest = afterLabel(line.text, labels.signer);
    if (signerRest !== null) {
      mode = 'signer';
      part = null;
      if (line.images[0]) signature = line.images[0];
      const name = coverValue(signerRest);
      if (name && !date(name, (d) => (declaration.signDate = d))) declaration.signer = name;
      continue;
    }
    const opinionRest = afterLabel(line.text, labels.opinion);
    if (opinionRest !== null) {
      mode = 'opinion';
      part = null;
      opinion.push(...contentLines(opinionRest));
      continue;
    }
    const stampRest = afterLabel(line.text, labels.stamp);
    if (stampRest !== null) {
      mode = 'stamp';
      if (stampRest.trim()) date(stampRest, (d) => (declaration.opinionDate = d));
      continue;
    }

    if (line.images.length) {
      for (const entry of line.images) {
        if (mode === 'signer' && !signature) signature = entry;
        else if (mode === 'part' && part) images.push((lastImage = { entry, caption: '', afterPart: part }));
        else problems.push({ code: 'image-unplaced', text: entry });
      }
      if (!flat) continue;
    }
    if (mode === 'part' || mode === 'cover') addText(line.text);
    else if (mode === 'opinion') opinion.push(...contentLines(line.text));
    else if (mode === 'signer') {
      if (!date(line.text, (d) => (declaration.signDate = d)))
        if (!declaration.signer) declaration.signer = coverValue(line.text);
        else problems.push({ code: 'unplaced', text: line.text.trim() });
    } else if (mode === 'stamp') {
      if (!date(line.text, (d) => (declaration.opinionDate = d)))
        problems.push({ code: 'unplaced', text: line.text.trim() });
    } else problems.push({ code: 'unplaced', text: line.text.trim() });
  }

  for (const p of shape.parts) values[p.id] = (parts.get(p.id) ?? []).join('\n');
  for (const item of shape.cover) values[item.id] ??= '';
  for (const table of shape.tables) rows[table.id] ??= [];
  declaration.opinion = opinion.join('\n');
  const printed = images.slice(0, shape.printedImages);
  for (const extra of images.slice(shape.printedImages))
    problems.push({ code: 'images-over', text: extra.caption || extra.entry });
  return {
    shape,
    values,
    rows,
    images: printed,
    ...(signature ? { signature } : {}),
    declaration,
    problems,
  };
}
