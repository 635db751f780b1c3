import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import sharp from 'sharp';
import yauzl from 'yauzl';
import { describe, expect, it } from 'vitest';
import { packDocx } from '../../../../../electron/services/export/pack';
import { unzip } from './docx-files';

/** A document with text and a noisy JPEG, as a photo of the form's attachments is. */
async function sample(): Promise<Document> {
  const noise = Buffer.alloc(200 * 150 * 3);
  for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919) % 251;
  const jpeg = await sharp(noise, { raw: { width: 200, height: 150, channels: 3 } })
    .jpeg()
    .toBuffer();
  return new Document({
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun('智慧计量')] }),
          new Paragraph({
            children: [
              new ImageRun({ type: 'jpg', data: jpeg, transformation: { width: 200, height: 150 } }),
            ],
          }),
        ],
      },
    ],
  });
}

/** Each entry's name and whether it was stored (method 0) or deflated (8). */
function methods(bytes: Buffer): Promise<Map<string, number>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: false }, (error, zip) => {
      if (error) return reject(error);
      const found = new Map<string, number>();
      zip.on('entry', (entry: yauzl.Entry) => found.set(entry.fileName, entry.compressionMethod));
      zip.on('end', () => resolve(found));
      zip.on('error', reject);
    });
  });
}

describe('packing a .docx', () => {
  it('holds the very files the docx library packs, the media stored and the XML deflated', async () => {
    // One document packed both ways: two documents would differ in their generated ids.
    const document = await sample();
    const library = await Packer.toBuffer(document);
    const ours = await packDocx(document);
    const [mine, theirs] = await Promise.all([unzip(ours), unzip(library)]);
    expect([...mine.keys()]).toEqual([...theirs.keys()]);
    for (const [name, bytes] of theirs) expect(mine.get(name)?.equals(bytes), name).toBe(true);
    const method = await methods(ours);
    const photo = [...mine.keys()].find((name) => name.startsWith('word/media/'));
    expect(photo).toMatch(/\.jpg$/);
    expect(method.get(photo!)).toBe(0);
    expect(method.get('word/document.xml')).toBe(8);
    expect(method.get('[Content_Types].xml')).toBe(8);
  });
});
