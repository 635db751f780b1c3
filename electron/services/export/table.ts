import {
  AlignmentType,
  Paragraph,
  Table,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
} from 'docx';
import type { Draft } from '../../../shared/draft';
import { paper610, type FormDefinition, type Section } from '../../../shared/forms';
import type { PrintedImage } from './figures';
import { mayNotSplit, sectionBlocks, type Block } from './blocks';
import { BORDERS, CELL_MARGINS, cell, GRID, hairline, NO_RULE, rowOfCell } from './cells';
import { TEXT_WIDTH } from './page';
import { signatureRows, type SignatureParts } from './signature';
import { PARAGRAPH, runsOf, tableText, type PrintStyle } from './style';

/** The left-column label, one paragraph per printed line, so it breaks only where the form says (docs/LAYOUT.md). */
function labelParagraphs(section: Section, style: PrintStyle): Paragraph[] {
  return (section.labelLines ?? [section.label]).map(
    (line) =>
      new Paragraph({
        style: PARAGRAPH.line,
        children: runsOf(
          style.label(line),
          style,
          { role: 'heading', sizePt: style.textSize },
          tableText(style),
        ),
        alignment: AlignmentType.CENTER,
      }),
  );
}

/**
 * The label column's cell in each row of a section: the label, then cells merged into it. They are
 * written out rather than left to `rowSpan`, which copies the first cell's rules and padding into
 * every row (a rule at each page break, padding that made one-line rows taller than their line),
 * and each holds a hairline paragraph so that it never makes its row taller.
 */
function labelCell(section: Section, style: PrintStyle, index: number, count: number) {
  const width = { size: GRID[0]!, type: WidthType.DXA };
  if (index === 0)
    return cell(labelParagraphs(section, style), {
      verticalMerge: VerticalMergeType.RESTART,
      verticalAlign: VerticalAlignTable.CENTER,
      width,
      ...rowOfCell(0, count),
    });
  // No rule under the merged cell: LibreOffice draws the last row's rule at the foot of the merged
  // cell's first page. The next section's opening rule closes it.
  const { margins } = rowOfCell(index, count);
  return cell([hairline()], {
    verticalMerge: VerticalMergeType.CONTINUE,
    width,
    margins,
    borders: { top: NO_RULE, bottom: NO_RULE },
  });
}

/**
 * A section as rows: its label in a cell merged down all of them, its content a row per block with
 * no rule between them, so that it prints as the one cell of the attachment. A heading's row keeps
 * with the next and neither splits, so a heading never ends a page.
 */
function sectionRows(section: Section, blocks: Block[], style: PrintStyle): TableRow[] {
  return blocks.map(
    (block, index) =>
      new TableRow({
        cantSplit: mayNotSplit(block),
        keepNext: block.keepWithNext,
        children: [
          labelCell(section, style, index, blocks.length),
          cell(block.paragraphs, {
            columnSpan: 2,
            width: { size: GRID[1]! + GRID[2]!, type: WidthType.DXA },
            ...rowOfCell(index, blocks.length),
          }),
        ],
      }),
  );
}

/** The form's table: the rows of each section of the form definition, then declaration and opinion. */
export function formTable(
  draft: Draft,
  form: FormDefinition,
  style: PrintStyle,
  printed: PrintedImage[],
  signature: SignatureParts,
): Table {
  let figure = 1;
  const rows = paper610(form).sections.flatMap((section) => {
    const { blocks, figures } = sectionBlocks(draft, section, printed, style, figure);
    figure += figures;
    return sectionRows(section, blocks, style);
  });
  return new Table({
    rows: [...rows, ...signatureRows(draft, form, style, signature)],
    columnWidths: GRID,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: CELL_MARGINS,
  });
}
