/**
 * The printed page of GB/T 9704-2012 (党政机关公文格式) that the bureau's forms follow, in twips
 * (1/1440 inch). docs/LAYOUT.md holds the numbers; the exporter and preflight read them from here.
 */
export const TWIPS_PER_MM = 1440 / 25.4;

export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
  /** Header and footer distances from the page edge: the page number sits about 7 mm under the 版心. */
  header: 1134,
  footer: 1191,
  /** 22 lines of 28.95 pt on the 225 mm 版心. */
  linePitch: 579,
} as const;

/** The 版心: 156 mm wide. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/** The form's table: the part name on the left (about 3.0 cm), the content on the right. */
export const LABEL_COLUMN = 1701;
export const CONTENT_COLUMN = TEXT_WIDTH - LABEL_COLUMN;
/** Word's default cell margins, left and right. */
export const CELL_MARGIN = 108;
/** What text and images may fill inside a content cell. */
export const CONTENT_INNER = CONTENT_COLUMN - 2 * CELL_MARGIN;

/** Fixed line spacing of the table's text per font size (三号 on the grid's pitch; 四号 a little tighter). */
export function lineSpacingFor(fontSizePt: number): number {
  return fontSizePt >= 16 ? PAGE.linePitch : 500;
}

export const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);
