import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { runProperties, runsOf, tableText, type PrintStyle } from './style';

/**
 * `— 1 —` in 四号, centred, from a PAGE field so Word, WPS and LibreOffice number the pages
 * themselves; under it the small print that ties a paper copy to its draft.
 */
export function formFooter(exportNumber: number, hash: string, style: PrintStyle): Footer {
  return new Footer({
    children: [
      pageNumberParagraph(style),
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: runsOf(
          style.label(`第${exportNumber}次导出\u3000校验码 ${hash}`),
          style,
          { role: 'text', sizePt: 8 },
          tableText(style),
        ),
      }),
    ],
  });
}

function pageNumberParagraph(style: PrintStyle): Paragraph {
  const pageNumber = runProperties(style, { role: 'pageNumber', sizePt: 14 }, tableText(style));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ ...pageNumber, children: ['— ', PageNumber.CURRENT, ' —'] })],
  });
}

/** The page number alone, for a document of many drafts (the roll-up's table), which no one draft's mark fits. */
export function pageFooter(style: PrintStyle): Footer {
  return new Footer({ children: [pageNumberParagraph(style)] });
}

/** 草稿 at the top of every page of a copy that is not ready to submit. */
export function draftHeader(style: PrintStyle): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: runsOf(style.label('草稿'), style, { role: 'heading', sizePt: 16 }, tableText(style)),
      }),
    ],
  });
}
