import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import sharp from 'sharp';
import { textOf, type Draft } from '../shared/draft';
import { formOf, partsOf, paper610 } from '../shared/forms';

const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });

async function imageRun(file: string, widthPx: number): Promise<ImageRun> {
  const data = await readFile(file);
  const { width, height } = await sharp(data).metadata();
  return new ImageRun({
    type: 'jpg',
    data,
    transformation: { width: widthPx, height: Math.round((widthPx * height) / width) },
  });
}

/**
 * The floor under the exporter: the `docx` library packing the same text and the same image
 * files (the print copies on disk) into a plain document, with none of the form's layout, fonts,
 * preflight or bookkeeping. What the app spends beyond this is its own.
 */
export async function packPlainDocx(draft: Draft, draftDir: string): Promise<Buffer> {
  const images = await Promise.all(
    draft.attachments
      .filter((attachment) => attachment.role === 'image')
      .map((attachment) => imageRun(join(draftDir, attachment.printFile ?? attachment.file), 560)),
  );
  const signature = draft.declaration.signatureFile
    ? await readFile(join(draftDir, draft.declaration.signatureFile))
    : undefined;
  const children = [
    ...paper610(formOf(draft.form)).cover.map((item) => paragraph(textOf(draft, item.id))),
    ...partsOf(formOf(draft.form)).flatMap((part) => [
      paragraph(part.heading ?? part.name),
      ...textOf(draft, part.id).split('\n').map(paragraph),
    ]),
    ...images.map((run) => new Paragraph({ children: [run] })),
    paragraph(draft.declaration.opinion),
    ...(signature
      ? [
          new Paragraph({
            children: [
              new ImageRun({ type: 'png', data: signature, transformation: { width: 150, height: 50 } }),
            ],
          }),
        ]
      : []),
  ];
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
