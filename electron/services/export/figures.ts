import { AlignmentType, ImageRun, Paragraph } from 'docx';
import type { Attachment } from '../../../shared/draft';
import type { Section } from '../../../shared/forms';
import { photoPlacement, toDocxPixels, type LoadedImage } from './images';
import { runsOf, tableText, type PrintStyle } from './style';
import { PARAGRAPH } from './styles';

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

/** 图1 and its caption under the photo, which keeps to the caption's page. */
export function figureParagraphs(item: PrintedImage, number: number, style: PrintStyle): Paragraph[] {
  const caption = item.attachment.caption.trim();
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
