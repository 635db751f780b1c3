import { AlignmentType, ImageRun, LineRuleType, Paragraph, TableRow, TextRun, WidthType } from 'docx';
import type { Draft } from '../../../shared/draft';
import { paper610, SIGNATURE_LABELS, type FormDefinition } from '../../../shared/forms';
import { signaturePlacement, toDocxPixels, type LoadedImage } from './images';
import { linesOf } from './measure';
import { CELL_MARGIN, lineSpacingFor, mm, PAGE } from './page';
import { cell, GRID, rowOfCell } from './cells';
import {
  PARAGRAPH,
  runProperties,
  runsOf,
  tableText,
  textLines,
  textParagraphs,
  type PrintStyle,
} from './style';

export interface SignatureParts {
  /** The drawn signature, if the user drew one. */
  image: LoadedImage | null;
}

/** The stamp (公章, about 42 mm) needs a clear square of at least 50 mm (docs/LAYOUT.md). */
export const STAMP_AREA = mm(52);
const RIGHT_INDENT = 480;
const PADDING = 80;
const PAGE_ROOM = PAGE.height - PAGE.margin.top - PAGE.margin.bottom;

/** `2021年12月20日`, or the blank date of the paper form for a date written by hand. */
export function printedDate(date: string | null): string {
  if (!date) return SIGNATURE_LABELS.blankDate;
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

interface LineOptions {
  /** Clear space above the line (spacing before, which every reader honours). */
  gap?: number;
  right?: boolean;
  /** An exact height of its own, when the line must match its neighbour across the row. */
  height?: number;
}

function line(text: string, style: PrintStyle, options: LineOptions = {}): Paragraph {
  return new Paragraph({
    style: PARAGRAPH.line,
    children: runsOf(text, style, tableText(style), tableText(style)),
    ...(options.gap || options.height
      ? {
          spacing: {
            ...(options.gap ? { before: options.gap } : {}),
            ...(options.height ? { line: options.height, lineRule: LineRuleType.EXACT } : {}),
          },
        }
      : {}),
    ...(options.right ? { alignment: AlignmentType.RIGHT, indent: { right: RIGHT_INDENT } } : {}),
  });
}

/** The drawn signature, or a blank line to sign on by hand. */
function signatureMark(draft: Draft, style: PrintStyle, image: LoadedImage | null): (ImageRun | TextRun)[] {
  const look = tableText(style);
  if (!image)
    return [
      new TextRun({ text: '\u3000'.repeat(6), ...runProperties(style, { ...look, underline: true }, look) }),
    ];
  return [
    new ImageRun({
      type: image.type,
      data: image.data,
      transformation: toDocxPixels(signaturePlacement(image)),
      altText: { name: 'signature', title: SIGNATURE_LABELS.signer, description: draft.declaration.signer },
    }),
  ];
}

/** Inner width of the half-width cells, in em of the table's text. */
const halfEm = (style: PrintStyle) => (GRID[2]! - 2 * CELL_MARGIN) / (style.textSize * 20);

/**
 * The declaration and the unit's opinion, as the attachment prints them side by side, in two rows
 * with no rule between (docs/LAYOUT.md, "Declaration and opinion"):
 * - the texts: the declaration, and the opinion under its label;
 * - the signature block: 报送人签字 with the drawn signature or a blank line, the typed name and the
 *   date, beside 盖章 under a clear 52 mm square and its date. This row never splits, so the
 *   signature, the stamp area and the dates always print together, inside the table.
 * The first row keeps with the second and does not split while both fit a page — always within the
 * opinion's limit; an opinion far over it may split, but cannot take the signature block with it.
 */
export function signatureRows(
  draft: Draft,
  form: FormDefinition,
  style: PrintStyle,
  signature: SignatureParts,
): TableRow[] {
  const lineHeight = lineSpacingFor(style.textSize);
  const opinion = textLines(draft.declaration.opinion);
  const name = draft.declaration.signer.trim();
  const em = halfEm(style);
  const nameLines = name ? linesOf(name, em - RIGHT_INDENT / (style.textSize * 20), 0) : 0;
  const signed = signature.image ? signaturePlacement(signature.image).height + 120 : 0;
  // 报送人签字 and 盖章 share one exact height, tall enough for the drawn signature, so they line up.
  const markLine = Math.max(lineHeight, signed);
  const textsLines =
    1 +
    Math.max(
      linesOf(paper610(form).declaration.text, em, 0),
      1 + (opinion.length ? opinion.reduce((sum, text) => sum + linesOf(text, em), 0) : 1),
    );
  const blockHeight = STAMP_AREA + markLine + (nameLines + 1) * lineHeight + 2 * PADDING;
  const fits = textsLines * lineHeight + 2 * PADDING + blockHeight <= PAGE_ROOM;
  const halves = (left: Paragraph[], right: Paragraph[], index: number) => [
    cell(left, {
      columnSpan: 2,
      width: { size: GRID[0]! + GRID[1]!, type: WidthType.DXA },
      ...rowOfCell(index, 2, true),
    }),
    cell(right, { width: { size: GRID[2]!, type: WidthType.DXA }, ...rowOfCell(index, 2, true) }),
  ];
  const texts = new TableRow({
    cantSplit: fits,
    keepNext: true,
    children: halves(
      [line(style.label(paper610(form).declaration.text), style, { gap: lineHeight })],
      [
        line(style.label(SIGNATURE_LABELS.opinion), style, { gap: lineHeight }),
        ...(opinion.length ? textParagraphs(draft.declaration.opinion, style) : [line('', style)]),
      ],
      0,
    ),
  });
  const look = tableText(style);
  const signer = new Paragraph({
    style: PARAGRAPH.line,
    children: [
      ...runsOf(style.label(SIGNATURE_LABELS.signer), style, look, look),
      ...signatureMark(draft, style, signature.image),
    ],
    spacing: { before: STAMP_AREA, line: markLine, lineRule: LineRuleType.EXACT },
  });
  const block = new TableRow({
    cantSplit: true,
    children: halves(
      [
        signer,
        // The typed name under the signature, so a scrawl can be read.
        ...(name ? [line(style.content(name), style, { right: true })] : []),
        line(style.label(printedDate(draft.declaration.signDate)), style, { right: true }),
      ],
      [
        line(style.label(SIGNATURE_LABELS.stamp), style, { gap: STAMP_AREA, height: markLine }),
        // Across from the typed name, so that the two dates share a line.
        ...Array.from({ length: nameLines }, () => line('', style)),
        line(style.label(printedDate(draft.declaration.opinionDate)), style, { right: true }),
      ],
      1,
    ),
  });
  return [texts, block];
}
