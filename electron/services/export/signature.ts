import {
  AlignmentType,
  HeightRule,
  ImageRun,
  LineRuleType,
  Paragraph,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Draft } from '../../../shared/draft';
import { SIGNATURE_LABELS, type FormDefinition } from '../../../shared/forms';
import { signaturePlacement, toDocxPixels, type LoadedImage } from './images';
import { CELL_MARGIN, lineSpacingFor, mm } from './page';
import { cell, estimateLines, GRID } from './cells';
import { runProperties, runsOf, tableText, textParagraphs, type PrintStyle } from './style';
import { PARAGRAPH } from './styles';

export interface SignatureParts {
  /** The drawn signature, if the user drew one. */
  image: LoadedImage | null;
}

/** The stamp (公章, about 42 mm) needs a clear square of at least 50 mm. */
const STAMP_AREA = mm(52);
const MIN_ROW = mm(60);
const RIGHT_INDENT = 480;

/** `2021年12月20日`, or the blank date of the paper form for a date written by hand. */
export function printedDate(date: string | null): string {
  if (!date) return SIGNATURE_LABELS.blankDate;
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** A line of the cell; `gap` is clear space above it (spacing before, which every reader honours). */
function line(text: string, style: PrintStyle, gap = 0, alignment?: 'right'): Paragraph {
  return new Paragraph({
    style: PARAGRAPH.line,
    children: runsOf(text, style, tableText(style), tableText(style)),
    ...(gap ? { spacing: { before: gap } } : {}),
    ...(alignment ? { alignment: AlignmentType.RIGHT, indent: { right: RIGHT_INDENT } } : {}),
  });
}

function signerParagraph(draft: Draft, style: PrintStyle, signature: SignatureParts, gap: number): Paragraph {
  const look = tableText(style);
  const mark = signature.image
    ? [
        new ImageRun({
          type: signature.image.type,
          data: signature.image.data,
          transformation: toDocxPixels(signaturePlacement(signature.image)),
          altText: {
            name: 'signature',
            title: SIGNATURE_LABELS.signer,
            description: draft.declaration.signer,
          },
        }),
      ]
    : // A blank line to sign on by hand.
      [
        new TextRun({
          text: '\u3000'.repeat(6),
          ...runProperties(style, { ...look, underline: true }, look),
        }),
      ];
  return new Paragraph({
    style: PARAGRAPH.line,
    children: [...runsOf(style.label(SIGNATURE_LABELS.signer), style, look, look), ...mark],
    // At least, not exactly: an exact line would crop the signature image.
    spacing: { before: gap, line: lineSpacingFor(style.textSize), lineRule: LineRuleType.AT_LEAST },
  });
}

/**
 * The last row: the declaration and the unit's opinion side by side, never split, at least 6 cm
 * tall, with a clear square in the opinion cell where the unit stamps. The declaration cell gets a
 * spacer as tall as the opinion and the stamp area so that 报送人签字 lines up with 盖章.
 */
export function signatureRow(
  draft: Draft,
  form: FormDefinition,
  style: PrintStyle,
  signature: SignatureParts,
): TableRow {
  const lineHeight = lineSpacingFor(style.textSize);
  const halfInner = GRID[2]! - 2 * CELL_MARGIN;
  const opinion = draft.declaration.opinion.trim();
  const opinionLines = opinion
    ? estimateLines(
        opinion.split(/\r\n|\r|\n/).filter((l) => l.trim()),
        halfInner,
        style,
      )
    : 1;
  const declarationLines = estimateLines([form.declaration.text], halfInner, style);
  const name = draft.declaration.signer.trim();
  const declaration = [
    line(style.label(form.declaration.text), style, lineHeight),
    signerParagraph(draft, style, signature, lineHeight * (opinionLines - declarationLines + 1) + STAMP_AREA),
    // The typed name under the signature, so a scrawl can be read.
    ...(name ? [line(style.content(name), style, 0, 'right')] : []),
    line(style.label(printedDate(draft.declaration.signDate)), style, 0, 'right'),
  ];
  const opinionCell = [
    line(style.label(SIGNATURE_LABELS.opinion), style, lineHeight),
    ...(opinion ? textParagraphs(opinion, style) : [line('', style)]),
    line(style.label(SIGNATURE_LABELS.stamp), style, STAMP_AREA),
    line(style.label(printedDate(draft.declaration.opinionDate)), style, name ? lineHeight : 0, 'right'),
  ];
  return new TableRow({
    cantSplit: true,
    height: { value: MIN_ROW, rule: HeightRule.ATLEAST },
    children: [
      cell(declaration, { columnSpan: 2, width: { size: GRID[0]! + GRID[1]!, type: WidthType.DXA } }),
      cell(opinionCell, { width: { size: GRID[2]!, type: WidthType.DXA } }),
    ],
  });
}
