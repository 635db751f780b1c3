import { BorderStyle, LineRuleType, Paragraph, TableCell, type ITableCellOptions } from 'docx';
import { CELL_MARGIN, LABEL_COLUMN, TEXT_WIDTH } from './page';

/**
 * The grid: the label column, then the content column split where the declaration cell meets the
 * opinion cell, so that the last row holds the two side by side at half the width each.
 */
const HALF = Math.floor(TEXT_WIDTH / 2);
export const GRID = [LABEL_COLUMN, HALF - LABEL_COLUMN, TEXT_WIDTH - HALF];

export const RULE = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
/** No rule: between the rows one printed cell of the form is cut into. */
export const NO_RULE = { style: BorderStyle.NIL, size: 0, color: 'auto' };

/**
 * The table draws its outline and its columns; rules across it are drawn by the first row of each
 * printed cell (`openingRule`), because one cell of the form is several rows of the table.
 */
export const BORDERS = {
  top: RULE,
  bottom: RULE,
  left: RULE,
  right: RULE,
  insideHorizontal: NO_RULE,
  insideVertical: RULE,
};
const PADDING = 80;
/** Left and right padding on the table; top and bottom only where a printed cell opens or closes. */
export const CELL_MARGINS = { top: 0, bottom: 0, left: CELL_MARGIN, right: CELL_MARGIN };

/**
 * Borders and padding of one row of a printed cell that spans `count` rows. The rule under a cell is
 * the next cell's opening rule; only the table's last cell (`closesTable`) draws one below itself.
 * A rule of its own under each cell made LibreOffice also draw it across the top of the next page
 * when the cell's last row began one.
 */
export function rowOfCell(
  index: number,
  count: number,
  closesTable = false,
): Pick<ITableCellOptions, 'borders' | 'margins'> {
  const first = index === 0;
  const last = index === count - 1;
  return {
    borders: { top: first ? RULE : NO_RULE, bottom: last && closesTable ? RULE : NO_RULE },
    margins: { top: first ? PADDING : 0, bottom: last ? PADDING : 0, left: CELL_MARGIN, right: CELL_MARGIN },
  };
}

export function cell(
  children: ITableCellOptions['children'],
  options: Omit<ITableCellOptions, 'children'> = {},
): TableCell {
  return new TableCell({ children, ...options });
}

/** A paragraph 1 pt tall: what a cell or the document must hold where nothing is printed. */
export function hairline(): Paragraph {
  return new Paragraph({
    run: { size: 2 },
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
  });
}
