import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { Attachment } from '../../../shared/draft';
import type { Section } from '../../../shared/forms';
import { photoPlacement, toDocxPixels, type LoadedImage } from './images';
import { PARAGRAPH, runsOf, tableText, type PrintStyle } from './style';

export interface PrintedImage {
  attachment: Attachment;
  image: LoadedImage;
}

/** The images of a section grouped by the part they follow; one naming no part of it goes last. */
export function imagesByPart(section: Section, printed: PrintedImage[]): Map<string, PrintedImage[]> {
  const partIds = section.parts.map((part) => part.id);
  const last = partIds[partIds.length - 1]!;
  const byPart = new Map<string, PrintedImage[]>();
  for (const item of printed) {
    const after =
      item.attachment.afterPart && partIds.includes(item.attachment.afterPart)
        ? item.attachment.afterPart
        : last;
    byPart.set(after, [...(byPart.get(after) ?? []), item]);
  }
  return byPart;
}

/**
 * A leading 图N the user typed, as 图1, 图 1, 图一, 图1：, 图1. or 图1、: the exporter prints the
 * number itself (the caption field says so), so a typed one would print twice (「图1 图1说明」).
 */
const SEPARATOR = '\\s*[：:.．、,，\\-—]\\s*';
const TYPED_NUMBER = new RegExp(
  // A digit ends the number by itself (图1说明); 图一 needs a separator, or 图一览 would lose 图一.
  `^[图圖]\\s*(?:[0-9０-９]+(?:${SEPARATOR}|\\s*)|[一二三四五六七八九十]+(?:${SEPARATOR}|\\s+|$))`,
  'u',
);

export function printedCaption(caption: string): string {
  return caption.trim().replace(TYPED_NUMBER, '').trim();
}

/** 图1 and its caption under the photo; the two are one row of the table, so they share a page. */
export function figureParagraphs(item: PrintedImage, number: number, style: PrintStyle): Paragraph[] {
  const caption = printedCaption(item.attachment.caption);
  const look = { role: 'subheading' as const, sizePt: style.textSize - 2 };
  return [
    new Paragraph({
      children: [
        new ImageRun({
          type: item.image.type,
          data: item.image.data,
          transformation: toDocxPixels(photoPlacement(item.image)),
          altText: {
            name: `${number}`,
            title: caption,
            description: caption || item.attachment.originalName,
          },
        }),
      ],
      alignment: AlignmentType.CENTER,
      spacing: { before: 120, after: 0 },
      keepNext: true,
    }),
    new Paragraph({
      style: PARAGRAPH.line,
      children: [
        ...runsOf(style.label(`图${number}`), style, look, tableText(style)),
        ...(caption ? runsOf(`\u3000${style.content(caption)}`, style, look, tableText(style)) : []),
      ],
      alignment: AlignmentType.CENTER,
    }),
  ];
}
