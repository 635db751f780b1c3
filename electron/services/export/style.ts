import { AlignmentType, LineRuleType, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import type { FontScheme } from '../../../shared/settings';
import { fontOf, quoteSegments, type FontRole } from './fonts';
import { lineSpacingFor } from './page';
import { stripXmlInvalid } from './sanitize';

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

export interface RunLook {
  role: FontRole;
  sizePt: number;
  bold?: boolean;
  underline?: boolean;
}

/** Text as runs in one face; curly quotes get their own runs with the East Asian hint. */
export function runsOf(text: string, style: PrintStyle, look: RunLook): TextRun[] {
  return quoteSegments(stripXmlInvalid(text)).map(
    (segment) =>
      new TextRun({
        text: segment.text,
        font: fontOf(style.scheme, look.role, segment.eastAsianHint ? 'eastAsia' : undefined),
        size: look.sizePt * 2,
        sizeComplexScript: look.sizePt * 2,
        bold: look.bold,
        underline: look.underline ? {} : undefined,
      }),
  );
}

/** Fixed line spacing, so every line of the table sits on the same pitch as the paper form. */
export function exactLines(style: PrintStyle): IParagraphOptions['spacing'] {
  return { line: lineSpacingFor(style.textSize), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
}

/**
 * The user's text, one paragraph per line, each with the 2-character first-line indent of Chinese
 * prose. Leading spaces and U+3000 the user typed to indent are folded into that indent; blank
 * lines are dropped; sub-headings such as （一） or 1. stay as typed.
 */
export function textParagraphs(text: string, style: PrintStyle): Paragraph[] {
  const lines = stripXmlInvalid(text)
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/^\s+/u, '').trimEnd())
    .filter(Boolean);
  return lines.map(
    (line) =>
      new Paragraph({
        children: runsOf(style.content(line), style, { role: 'text', sizePt: style.textSize }),
        indent: { firstLine: style.textSize * 40, firstLineChars: 200 },
        spacing: exactLines(style),
        alignment: AlignmentType.JUSTIFIED,
      }),
  );
}

/** A heading inside a cell, kept on the page of the text it introduces. */
export function headingParagraph(text: string, role: FontRole, style: PrintStyle): Paragraph {
  return new Paragraph({
    children: runsOf(style.label(text), style, { role, sizePt: style.textSize }),
    spacing: exactLines(style),
    keepNext: true,
    keepLines: true,
  });
}
