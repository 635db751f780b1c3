import { Paragraph, TextRun, type IRunOptions } from 'docx';
import type { FontScheme } from '../../../shared/settings';
import { fontOf, quoteSegments, type FontRole } from './fonts';
import { printable } from './sanitize';

/** How this export prints: faces, the table's text size, and the script of labels and content. */
export interface PrintStyle {
  scheme: FontScheme;
  /** The table's text size in pt: 三号 16 or 四号 14. */
  textSize: 16 | 14;
  /** Prints a form label in the chosen script (identity for simplified). */
  label: (text: string) => string;
  /** Prints the user's text: as typed, or converted when traditional content was asked for. */
  content: (text: string) => string;
}

/**
 * The form's named paragraph styles. What most paragraphs and runs share lives here once instead
 * of on each of them: a form has some 60 paragraphs and 200 runs, and writing the same faces,
 * sizes and spacing on each made the file about four times the elements of its text.
 */
export const PARAGRAPH = {
  /** A line of the table on the form's fixed pitch. */
  line: 'FormLine',
  /** The user's prose: a line on the pitch, 2-character first-line indent, justified. */
  text: 'FormText',
  /** 「一、」 in 黑体, kept with the text it introduces. */
  heading: 'FormHeading',
  /** 「（一）」 in 楷体. */
  subheading: 'FormSubheading',
} as const;

export interface RunLook {
  role: FontRole;
  sizePt: number;
  underline?: boolean;
}

/** The face and size a run gets from its paragraph's style when it names none of its own. */
export type Inherited = Pick<RunLook, 'role' | 'sizePt'>;

/** The form's document default (see `formStyles`): the table's text. */
export const tableText = (style: PrintStyle): Inherited => ({ role: 'text', sizePt: style.textSize });

/**
 * A run's own properties: its face and size only where they differ from what it inherits (with
 * nothing inherited, both are written). Curly quotes always name their face, with the East Asian
 * hint, or Word draws them half-width.
 */
export function runProperties(
  style: PrintStyle,
  look: RunLook,
  inherited?: Inherited,
  eastAsianHint = false,
): Pick<IRunOptions, 'font' | 'size' | 'underline'> {
  return {
    ...(eastAsianHint || look.role !== inherited?.role
      ? { font: fontOf(style.scheme, look.role, eastAsianHint ? 'eastAsia' : undefined) }
      : {}),
    ...(look.sizePt !== inherited?.sizePt ? { size: look.sizePt * 2 } : {}),
    ...(look.underline ? { underline: {} } : {}),
  };
}

/** Text as runs in one face; curly quotes get their own runs with the East Asian hint. */
export function runsOf(text: string, style: PrintStyle, look: RunLook, inherited?: Inherited): TextRun[] {
  return quoteSegments(printable(text)).map(
    (segment) =>
      new TextRun({
        text: segment.text,
        ...runProperties(style, look, inherited, segment.eastAsianHint),
      }),
  );
}

/**
 * The lines of the user's text as they print: leading spaces and U+3000 typed to indent are
 * folded into the paragraph's indent, blank lines are dropped, sub-headings such as （一） or 1.
 * stay as typed. NEL and the Unicode line and paragraph separators break lines as a line feed does.
 */
export function textLines(text: string): string[] {
  return printable(text)
    .split(/\r\n|[\r\n\u0085\u2028\u2029]/)
    .map((line) => line.replace(/^\s+/u, '').trimEnd())
    .filter(Boolean);
}

/** One line of the user's text, with the 2-character first-line indent of Chinese prose. */
export function textParagraph(line: string, style: PrintStyle): Paragraph {
  return new Paragraph({
    style: PARAGRAPH.text,
    children: runsOf(style.content(line), style, tableText(style), tableText(style)),
  });
}

/** The user's text, one paragraph per line. */
export function textParagraphs(text: string, style: PrintStyle): Paragraph[] {
  return textLines(text).map((line) => textParagraph(line, style));
}

/** A heading inside a cell; its row keeps it on the page of the text it introduces (blocks.ts). */
export function headingParagraph(text: string, role: 'heading' | 'subheading', style: PrintStyle): Paragraph {
  const look = { role, sizePt: style.textSize };
  return new Paragraph({
    style: PARAGRAPH[role],
    children: runsOf(style.label(text), style, look, look),
  });
}
