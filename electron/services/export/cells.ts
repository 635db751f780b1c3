import { BorderStyle, Paragraph, TableCell, type ITableCellOptions } from 'docx';
import { CELL_MARGIN, LABEL_COLUMN, TEXT_WIDTH } from './page';
import type { PrintStyle } from './style';

/**
 * The grid: the label column, then the content column split where the declaration cell meets the
 * opinion cell, so that the last row holds the two side by side at half the width each.
 */
const HALF = Math.floor(TEXT_WIDTH / 2);
export const GRID = [LABEL_COLUMN, HALF - LABEL_COLUMN, TEXT_WIDTH - HALF];

const line = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
export const BORDERS = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};
/** Set once on the table, which every cell takes them from. */
export const CELL_MARGINS = { top: 80, bottom: 80, left: CELL_MARGIN, right: CELL_MARGIN };

export function cell(children: Paragraph[], options: Omit<ITableCellOptions, 'children'> = {}): TableCell {
  return new TableCell({ children, ...options });
}

/** Lines the paragraphs take in a cell `innerWidth` twips wide, each with its 2-character indent. */
export function estimateLines(texts: string[], innerWidth: number, style: PrintStyle): number {
  const perLine = Math.max(1, Math.floor(innerWidth / (style.textSize * 20)));
  return texts.reduce(
    (sum, text) => sum + Math.max(1, Math.ceil(([...text.trim()].length + 2) / perLine)),
    0,
  );
}
