import {
  AlignmentType,
  DeletedTextRun,
  Document,
  ImageRun,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  UnderlineType,
} from 'docx';
import { textOf, type Draft } from '../../shared/draft';
import { formOf, paper610, SIGNATURE_LABELS } from '../../shared/forms';

/**
 * A filled form as a person types it in Word into the notice's attachment — not as our exporter
 * writes it: cover values after full-width spaces (one on an underline, one after a tab, one in a
 * table), the left-column labels as typed, every body heading inside the one cell, the blank form's
 * guidance left in, paragraphs indented with two U+3000, a photo inline with 「图1 …」 under it, a
 * deleted revision, hidden text and an accepted insertion, and the dates as the person writes them.
 */
export interface WordFormOptions {
  /** The draft whose content is typed. */
  draft: Draft;
  /** Parts left out, heading and all. */
  omit?: string[];
  /** The photos, JPEG bytes with their size, placed after the part of each of the draft's images. */
  photos?: { bytes: Buffer; width: number; height: number }[];
  signDate: string;
  opinionDate: string;
}

const FULL = '\u3000';

export async function wordForm(options: WordFormOptions): Promise<Buffer> {
  const { draft } = options;
  // The attachment of the 610 call: its cover block, table of sections and declaration.
  const form = formOf(draft.form);
  const paper = paper610(form);
  const images = draft.attachments.filter((a) => a.role === 'image');
  const p = (text: string, extra: Partial<ConstructorParameters<typeof Paragraph>[0] & object> = {}) =>
    new Paragraph({ children: [new TextRun(text)], ...extra });
  const cover = paper.cover.map((item, index) => {
    const value = textOf(draft, item.id);
    // Every way people put a value after its label.
    if (index === 1) return p(`${item.label}：${value}`);
    if (index === 2)
      return new Paragraph({
        children: [
          new TextRun(`${item.name.split('').join(FULL)}${FULL}${FULL}`),
          new TextRun({ text: `${value}${FULL.repeat(4)}`, underline: { type: UnderlineType.SINGLE } }),
        ],
      });
    if (index === 3) return p(`${item.label}\t${value}`);
    return p(`${item.label}${FULL.repeat(3)}${value}${FULL.repeat(2)}`);
  });
  const cell = (children: Paragraph[]) => new TableCell({ children });
  let figure = 1;
  const rows = paper.sections.map((section) => {
    const content: Paragraph[] = section.guidance ? [p(section.guidance)] : [];
    for (const part of section.parts) {
      if (options.omit?.includes(part.id)) continue;
      if (part.heading) content.push(p(part.heading));
      const lines = textOf(draft, part.id).split('\n').filter(Boolean);
      lines.forEach((line, at) => {
        if (at === 0 && part.id === 'summary')
          content.push(
            new Paragraph({
              children: [
                new TextRun(`${FULL}${FULL}${line.slice(0, 10)}`),
                new DeletedTextRun({ id: 1, author: 'A', date: '2022-01-01T00:00:00Z', text: '删去的字' }),
                new TextRun({ text: '隐藏的字', vanish: true }),
                new InsertedTextRun({
                  id: 2,
                  author: 'A',
                  date: '2022-01-01T00:00:00Z',
                  text: line.slice(10),
                }),
              ],
            }),
          );
        else content.push(p(`${FULL}${FULL}${line}`));
      });
      images.forEach((image, index) => {
        const photo = options.photos?.[index];
        if (!photo || image.afterPart !== part.id) return;
        content.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new ImageRun({
                type: 'jpg',
                data: photo.bytes,
                transformation: { width: 400, height: Math.round((400 * photo.height) / photo.width) },
              }),
            ],
          }),
          p(`图${figure++} ${image.caption}`, { alignment: AlignmentType.CENTER }),
        );
      });
    }
    return new TableRow({ children: [cell([p(section.label)]), cell(content.length ? content : [p('')])] });
  });
  const { declaration } = draft;
  rows.push(
    new TableRow({
      children: [
        cell([p(paper.declaration.text)]),
        cell([p(SIGNATURE_LABELS.opinion), ...declaration.opinion.split('\n').map((line) => p(line))]),
      ],
    }),
    new TableRow({
      children: [
        cell([p(''), p(`${SIGNATURE_LABELS.signer}${declaration.signer}`), p(options.signDate)]),
        cell([p(''), p(SIGNATURE_LABELS.stamp), p(options.opinionDate)]),
      ],
    }),
  );
  const document = new Document({
    sections: [
      {
        children: [
          p('附件'),
          p(form.title, { alignment: AlignmentType.CENTER }),
          ...(form.subtitle ? [p(form.subtitle, { alignment: AlignmentType.CENTER })] : []),
          ...cover,
          p(''),
          new Table({ rows }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
