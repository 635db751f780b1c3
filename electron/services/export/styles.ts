import { AlignmentType, LineRuleType, type IStylesOptions } from 'docx';
import { fontOf } from './fonts';
import { lineSpacingFor } from './page';
import { PARAGRAPH, type PrintStyle } from './style';

/**
 * The document default is the table's text (仿宋 at the table's size), so ordinary runs carry
 * nothing; the heading styles name their face. Every face names its `eastAsia` slot explicitly,
 * or Word falls back to the theme's font (docs/LAYOUT.md, "Faces and sizes").
 */
export function formStyles(style: PrintStyle): IStylesOptions {
  const pitch = { line: lineSpacingFor(style.textSize), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
  return {
    default: {
      document: { run: { font: fontOf(style.scheme, 'text'), size: style.textSize * 2 } },
    },
    paragraphStyles: [
      { id: PARAGRAPH.line, name: 'Form Line', basedOn: 'Normal', paragraph: { spacing: pitch } },
      {
        id: PARAGRAPH.text,
        name: 'Form Text',
        basedOn: PARAGRAPH.line,
        paragraph: {
          indent: { firstLine: style.textSize * 40, firstLineChars: 200 },
          alignment: AlignmentType.JUSTIFIED,
        },
      },
      {
        id: PARAGRAPH.heading,
        name: 'Form Heading',
        basedOn: PARAGRAPH.line,
        next: PARAGRAPH.text,
        paragraph: { keepNext: true, keepLines: true },
        run: { font: fontOf(style.scheme, 'heading') },
      },
      {
        id: PARAGRAPH.subheading,
        name: 'Form Subheading',
        basedOn: PARAGRAPH.heading,
        next: PARAGRAPH.text,
        run: { font: fontOf(style.scheme, 'subheading') },
      },
    ],
  };
}
