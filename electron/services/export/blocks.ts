import { Paragraph } from 'docx';
import { textOf, type Draft } from '../../../shared/draft';
import type { Section } from '../../../shared/forms';
import { figureParagraphs, imagesByPart, type PrintedImage } from './figures';
import { headingRole } from './fonts';
import { linesOf, textWidth } from './measure';
import { CONTENT_INNER } from './page';
import { headingParagraph, PARAGRAPH, textLines, textParagraph, type PrintStyle } from './style';

/**
 * A piece of a section's content that becomes one row of the table. The content is cut into rows
 * because LibreOffice ignores keep-with-next on paragraphs inside a cell but honours it between
 * rows (docs/LAYOUT.md, "Rows"): a heading's row is kept with the row of its first paragraph.
 */
export interface Block {
  paragraphs: Paragraph[];
  /** A heading, printed or typed: never the last line of a page. */
  keepWithNext: boolean;
  /** Estimated printed lines, to decide whether the row may split. */
  lines: number;
}

/** A paragraph of this many lines or fewer moves whole rather than leave one line behind. */
const SHORT_PARAGRAPH_LINES = 3;
/** What a photo with its caption takes, in lines (7.5 cm at most, plus the caption). */
const FIGURE_LINES = 12;

export const mayNotSplit = (block: Block): boolean =>
  block.keepWithNext || block.lines <= SHORT_PARAGRAPH_LINES;

/** The content column in em of the table's text size. */
export const contentEm = (style: PrintStyle): number => CONTENT_INNER / (style.textSize * 20);

const NUMBERED =
  /^(（[一二三四五六七八九十\d]+）|\([一二三四五六七八九十\d]+\)|[一二三四五六七八九十]+、|\d+[.、．]|第[一二三四五六七八九十\d]+[章节部分条点])/u;
const ENDS_SENTENCE = /[。！？；…!?;]$/u;

/**
 * A line the user typed as a heading of their own: numbered as GB/T 9704 numbers its levels
 * （一）, 一、, 1., short enough to fit on one line and not ending a sentence. Such a line keeps
 * with the paragraph it introduces, like the form's own headings.
 */
export function isTypedHeading(line: string, style: PrintStyle): boolean {
  const text = line.trim();
  return NUMBERED.test(text) && !ENDS_SENTENCE.test(text) && textWidth(text) <= contentEm(style);
}

/** The blocks of one section: headings, the user's paragraphs and the photos, in printed order. */
export function sectionBlocks(
  draft: Draft,
  section: Section,
  printed: PrintedImage[],
  style: PrintStyle,
  firstFigure: number,
): { blocks: Block[]; figures: number } {
  const byPart = section.holdsImages ? imagesByPart(section, printed) : new Map<string, PrintedImage[]>();
  const em = contentEm(style);
  const blocks: Block[] = [];
  let figure = firstFigure;
  for (const part of section.parts) {
    if (part.heading)
      blocks.push({
        paragraphs: [headingParagraph(part.heading, headingRole(part.heading), style)],
        keepWithNext: true,
        lines: 1,
      });
    for (const line of textLines(textOf(draft, part.id)))
      blocks.push({
        paragraphs: [textParagraph(line, style)],
        keepWithNext: isTypedHeading(line, style),
        lines: linesOf(line, em),
      });
    for (const item of byPart.get(part.id) ?? [])
      blocks.push({
        paragraphs: figureParagraphs(item, figure++, style),
        keepWithNext: false,
        lines: FIGURE_LINES,
      });
  }
  // An empty cell keeps a few lines of room, for a draft printed before it is finished.
  if (!blocks.length)
    blocks.push({
      paragraphs: [1, 2, 3].map(() => new Paragraph({ style: PARAGRAPH.line })),
      keepWithNext: false,
      lines: 3,
    });
  return { blocks, figures: figure - firstFigure };
}
