import { printedOf } from '../../../shared/attachment-roles';
import { textOf, type Draft } from '../../../shared/draft';
import { formOf, paper610, type FormDefinition, type Section } from '../../../shared/forms';
import type { ExportOptions } from '../../../shared/settings';
import { contentEm, isTypedHeading, mayNotSplit } from './blocks';
import { GRID } from './cells';
import { valueLines } from './cover';
import { imagesByPart, type PrintedImage } from './figures';
import {
  loadImage,
  loadPrintImage,
  photoPlacement,
  signaturePlacement,
  type ImageLoader,
  type LoadedImage,
} from './images';
import { linesOf } from './measure';
import { CELL_MARGIN, lineSpacingFor, PAGE } from './page';
import { STAMP_AREA } from './signature';
import { textLines, type PrintStyle } from './style';

/**
 * How many pages the export prints, from a model of its layout (docs/LAYOUT.md) rather than a
 * rendering: lines per paragraph from the column's width in em of the font size, the fixed line
 * pitch, rows that may not split, headings kept with the row after them, and the page's height.
 * Cheap enough to run after every typing pause; the page-estimate test holds it to LibreOffice.
 */

/** Twips of the 版心 a page of the table fills. */
const PAGE_ROOM = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;
/** Cell padding where a printed cell opens and where it closes (cells.ts). */
const CELL_PADDING = 80;
/** The photo's paragraph has spacing before it (figures.ts). */
const FIGURE_BEFORE = 120;
/**
 * A row split over two pages leaves at least this many lines on each. LibreOffice applies no
 * widow or orphan control inside a table's rows: a paragraph's row leaves one line behind, or
 * carries one over, as the page's room falls.
 */
const MIN_LINES_SPLIT = 1;

const NO_BYTES = Buffer.alloc(0);

/** What the estimate needs of an image: its pixel size, from the draft or from the file. */
export type ImageSize = Pick<LoadedImage, 'width' | 'height'>;

interface Row {
  height: number;
  /** The row's height in lines of text, when it may split at a line. */
  lines?: number;
  cantSplit: boolean;
  keepWithNext: boolean;
}

type PrintOptions = Pick<ExportOptions, 'tableFontSize'>;

const styleFor = (options: PrintOptions): Pick<PrintStyle, 'textSize'> => ({
  textSize: options.tableFontSize,
});

/** The rows of a section's content, as `sectionBlocks` cuts them, with their heights. */
function sectionRows(
  draft: Draft,
  section: Section,
  photos: Map<string, ImageSize>,
  options: PrintOptions,
): Row[] {
  const style = styleFor(options) as PrintStyle;
  const pitch = lineSpacingFor(options.tableFontSize);
  const em = contentEm(style);
  // Grouped by the exporter's own rule; only the size of an image matters here, not its bytes.
  const printed = printedOf(formOf(draft.form), draft.attachments)
    .filter((a) => photos.has(a.id))
    .map((attachment) => ({
      attachment,
      image: { ...photos.get(attachment.id)!, data: NO_BYTES, type: 'png' as const },
    }));
  const byPart = section.holdsImages ? imagesByPart(section, printed) : new Map<string, PrintedImage[]>();
  const rows: Row[] = [];
  const textRow = (lines: number, keepWithNext: boolean): Row => ({
    height: lines * pitch,
    lines,
    keepWithNext,
    cantSplit: mayNotSplit({ paragraphs: [], keepWithNext, lines }),
  });
  for (const part of section.parts) {
    if (part.heading) rows.push(textRow(1, true));
    for (const line of textLines(textOf(draft, part.id)))
      rows.push(textRow(linesOf(line, em), isTypedHeading(line, style)));
    for (const item of byPart.get(part.id) ?? [])
      rows.push({
        height: FIGURE_BEFORE + photoPlacement(item.image).height + pitch,
        cantSplit: true,
        keepWithNext: false,
      });
  }
  if (!rows.length) rows.push(textRow(3, false));
  rows[0]!.height += CELL_PADDING;
  rows.at(-1)!.height += CELL_PADDING;
  // The label is centred in a cell merged down the rows; a section of one short row grows to hold it.
  const labelLines = (section.labelLines ?? [section.label]).length;
  if (rows.length === 1) rows[0]!.height = Math.max(rows[0]!.height, labelLines * pitch + 2 * CELL_PADDING);
  return rows;
}

/** The declaration beside the opinion, then the signature block under the stamp area (signature.ts). */
function signatureRows(
  draft: Draft,
  form: FormDefinition,
  signature: ImageSize | null,
  options: PrintOptions,
): Row[] {
  const pitch = lineSpacingFor(options.tableFontSize);
  const em = (GRID[2]! - 2 * CELL_MARGIN) / (options.tableFontSize * 20);
  const opinion = textLines(draft.declaration.opinion);
  const name = draft.declaration.signer.trim();
  const nameLines = name ? linesOf(name, em - 480 / (options.tableFontSize * 20), 0) : 0;
  const markLine = Math.max(pitch, signature ? signaturePlacement(signature).height + 120 : 0);
  const textsLines =
    1 +
    Math.max(
      linesOf(paper610(form).declaration.text, em, 0),
      1 + (opinion.length ? opinion.reduce((sum, text) => sum + linesOf(text, em), 0) : 1),
    );
  const texts = textsLines * pitch + 2 * CELL_PADDING;
  const block = STAMP_AREA + markLine + (nameLines + 1) * pitch + 2 * CELL_PADDING;
  return [
    { height: texts, lines: textsLines, cantSplit: texts + block <= PAGE_ROOM, keepWithNext: true },
    { height: block, cantSplit: true, keepWithNext: false },
  ];
}

/** Pages the cover takes: one, unless values far over their limits overrun the tightest spacing. */
function coverPages(draft: Draft, form: FormDefinition): number {
  const lines = paper610(form).cover.map((item) => valueLines(textOf(draft, item.id)).length);
  const height = 760 + 120 + 640 + 400 + lines.reduce((sum, n) => sum + 80 + n * 440, 0);
  return Math.max(1, Math.ceil(height / PAGE_ROOM));
}

/** The lines of a splittable row that fit in `room`, or 0 when too few would stay on this page. */
function linesThatFit(row: Row, room: number, pitch: number): number {
  const fit = Math.floor((room - CELL_PADDING) / pitch);
  return fit >= MIN_LINES_SPLIT && (row.lines ?? 0) - fit >= MIN_LINES_SPLIT ? fit : 0;
}

/** Lays the table's rows onto pages as LibreOffice does, and counts the pages it fills. */
function tablePages(rows: Row[], pitch: number): number {
  let pages = 1;
  let used = 0;
  const newPage = () => {
    pages++;
    used = 0;
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    // A heading and the rows kept with it move together, with what of the next row may not leave it.
    let together = row.height;
    for (let j = i; rows[j]?.keepWithNext && rows[j + 1]; j++) {
      const next = rows[j + 1]!;
      together += next.keepWithNext || next.cantSplit ? next.height : MIN_LINES_SPLIT * pitch;
    }
    if (row.keepWithNext && used > 0 && used + together > PAGE_ROOM && together <= PAGE_ROOM) newPage();
    if (used + row.height <= PAGE_ROOM) {
      used += row.height;
      continue;
    }
    if (row.cantSplit || row.lines === undefined) {
      if (used > 0) newPage();
      used = Math.min(row.height, PAGE_ROOM);
      continue;
    }
    // A splittable row kept with the next (the declaration beside a long opinion, kept with the
    // signature block) is not split at this page's foot: LibreOffice starts it on the next page.
    let left = row.height;
    if (!row.keepWithNext) left -= linesThatFit(row, PAGE_ROOM - used, pitch) * pitch;
    if (used > 0) newPage();
    while (left > PAGE_ROOM) {
      left -= Math.floor(PAGE_ROOM / pitch) * pitch;
      newPage();
    }
    used = left;
  }
  return pages;
}

/**
 * The estimated page count of the draft printed with `options`. `photos` holds the pixel size of
 * each printed image by attachment id (an image missing from it is not printed); `signature` the
 * drawn signature's, if there is one.
 */
export function estimatePages(
  draft: Draft,
  options: PrintOptions,
  images: { photos: Map<string, ImageSize>; signature: ImageSize | null },
): number {
  const form = formOf(draft.form);
  const rows = [
    ...paper610(form).sections.flatMap((section) => sectionRows(draft, section, images.photos, options)),
    ...signatureRows(draft, form, images.signature, options),
  ];
  return coverPages(draft, form) + tablePages(rows, lineSpacingFor(options.tableFontSize));
}

/** The sizes of the draft's printed photos and drawn signature, read from their files. */
async function imageSizes(
  draft: Draft,
  draftDir: string,
  load: ImageLoader,
): Promise<{ photos: Map<string, ImageSize>; signature: ImageSize | null }> {
  // A file that cannot be read prints nothing; preflight reports it.
  const sizeOf = (opening: Promise<LoadedImage>) =>
    opening.then(
      ({ width, height }): ImageSize | null => ({ width, height }),
      () => null,
    );
  const images = draft.attachments.filter((a) => a.role === 'image');
  const [sizes, signature] = await Promise.all([
    Promise.all(images.map((attachment) => sizeOf(loadPrintImage(draftDir, attachment, load)))),
    draft.declaration.signatureFile
      ? sizeOf(load(draftDir, draft.declaration.signatureFile, draft.declaration.signatureFile))
      : null,
  ]);
  const photos = new Map<string, ImageSize>();
  images.forEach((attachment, i) => {
    const size = sizes[i];
    if (size) photos.set(attachment.id, size);
  });
  return { photos, signature };
}

/** The page estimate of a draft in its folder, its images read as the export reads them. */
export async function estimateDraftPages(
  draft: Draft,
  draftDir: string,
  options: PrintOptions,
  load: ImageLoader = loadImage,
): Promise<number> {
  return estimatePages(draft, options, await imageSizes(draft, draftDir, load));
}
