import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx';
import { runProperties, runsOf, tableText, type PrintStyle } from './style';

/**
 * `— 1 —` in 四号, centred, from a PAGE field so Word, WPS and LibreOffice number the pages
 * themselves; under it the small print that ties a paper copy to its draft.
 */
export function formFooter(exportNumber: number, hash: string, style: PrintStyle): Footer {
  const pageNumber = runProperties(style, { role: 'pageNumber', sizePt: 14 }, tableText(style));
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...pageNumber, children: ['— ', PageNumber.CURRENT, ' —'] })],
      }),
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
