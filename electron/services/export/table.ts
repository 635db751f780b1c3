import {
  AlignmentType,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Draft } from '../../../shared/draft';
import type { FormDefinition, Section } from '../../../shared/forms';
import { figureParagraphs, imagesByPart, type PrintedImage } from './figures';
import { headingRole } from './fonts';
import { BORDERS, CELL_MARGINS, cell, estimateLines, GRID } from './cells';
import { CONTENT_INNER, TEXT_WIDTH } from './page';
import { signatureRow, type SignatureParts } from './signature';
import { headingParagraph, runsOf, tableText, textParagraphs, type PrintStyle } from './style';
import { PARAGRAPH } from './styles';

/** A row shorter than this many lines is never split across pages. */
const SHORT_ROW_LINES = 14;

function sectionContent(
  draft: Draft,
  section: Section,
  printed: PrintedImage[],
  style: PrintStyle,
  firstFigure: number,
) {
  const byPart = section.holdsImages ? imagesByPart(section, printed) : new Map<string, PrintedImage[]>();
  const paragraphs: Paragraph[] = [];
  const texts: string[] = [];
  let figure = firstFigure;
  for (const part of section.parts) {
    if (part.heading) {
      paragraphs.push(headingParagraph(part.heading, headingRole(part.heading), style));
      texts.push(part.heading);
    }
    const text = draft.fields[part.id] ?? '';
    paragraphs.push(...textParagraphs(text, style));
    texts.push(...text.split(/\r\n|\r|\n/).filter((l) => l.trim()));
    for (const item of byPart.get(part.id) ?? []) paragraphs.push(...figureParagraphs(item, figure++, style));
  }
  // An empty cell keeps a few lines of room, for a draft printed before it is finished.
  while (paragraphs.length < 3) paragraphs.push(new Paragraph({ style: PARAGRAPH.line }));
  const lines = estimateLines(texts, CONTENT_INNER, style) + (figure - firstFigure) * 12;
  return { paragraphs, lines, figures: figure - firstFigure };
}

function sectionRow(
  section: Section,
  content: ReturnType<typeof sectionContent>,
  style: PrintStyle,
): TableRow {
  const label = new Paragraph({
    style: PARAGRAPH.line,
    children: runsOf(
      style.label(section.label),
      style,
      { role: 'heading', sizePt: style.textSize },
      tableText(style),
    ),
    alignment: AlignmentType.CENTER,
  });
  return new TableRow({
    cantSplit: content.lines <= SHORT_ROW_LINES,
    children: [
      cell([label], {
        verticalAlign: VerticalAlignTable.CENTER,
        width: { size: GRID[0]!, type: WidthType.DXA },
      }),
      cell(content.paragraphs, { columnSpan: 2, width: { size: GRID[1]! + GRID[2]!, type: WidthType.DXA } }),
    ],
  });
}

/** The form's table: a row per section of the form definition, then declaration and opinion. */
export function formTable(
  draft: Draft,
  form: FormDefinition,
  style: PrintStyle,
  printed: PrintedImage[],
  signature: SignatureParts,
): Table {
  let figure = 1;
  const rows = form.sections.map((section) => {
    const content = sectionContent(draft, section, printed, style, figure);
    figure += content.figures;
    return sectionRow(section, content, style);
  });
  return new Table({
    rows: [...rows, signatureRow(draft, form, style, signature)],
    columnWidths: GRID,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: CELL_MARGINS,
  });
}
