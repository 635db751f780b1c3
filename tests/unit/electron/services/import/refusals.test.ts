import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedCampaign } from '../../../../../shared/campaign';
import { DeskError } from '../../../../../shared/errors';
import { importDocx } from '../../../../../electron/services/import/import';
import { declareSize, writeRawZip } from '../drafts/zips';

const work = await mkdtemp(path.join(tmpdir(), 'import-refusals-'));
afterAll(() => rm(work, { recursive: true, force: true }));

async function refusal(file: string): Promise<DeskError> {
  const out = path.join(work, `out-${path.basename(file)}`);
  const error = await importDocx(file, out, {
    id: 'refused-draft',
    campaignFor: () => shippedCampaign.id,
    now: new Date(),
    exclusive: true,
  }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeskError);
  // Nothing is written for a refused file.
  expect(await readdir(out).catch(() => [])).toEqual([]);
  return error as DeskError;
}

/** An OLE compound file (a Word 97–2003 .doc, or Word's container of an encrypted .docx) naming `stream`. */
async function oleFile(name: string, stream: string): Promise<string> {
  const file = path.join(work, name);
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  await writeFile(file, Buffer.concat([header, Buffer.alloc(1024), Buffer.from(stream, 'utf16le')]));
  return file;
}

describe('files that are not a filled form', () => {
  it('refuses a Word document that is no form it knows', async () => {
    const file = path.join(work, 'letter.docx');
    const doc = new Document({ sections: [{ children: [new Paragraph('关于召开年度工作会议的通知')] }] });
    await writeFile(file, await Packer.toBuffer(doc));
    expect((await refusal(file)).code).toBe('import-not-form');
  });

  it('refuses a .doc and tells the user to save it as .docx', async () => {
    const file = await oleFile('old.doc', 'WordDocument');
    expect((await refusal(file)).code).toBe('import-doc');
    const texts = JSON.parse(await readFile('resources/locales/zh-Hans/errors.json', 'utf8')) as Record<
      string,
      string
    >;
    expect(texts['import-doc']).toContain('另存为');
  });

  it('refuses a password-protected .docx, which Word keeps in an OLE container', async () => {
    const file = await oleFile('locked.docx', 'EncryptionInfo');
    expect((await refusal(file)).code).toBe('import-encrypted');
  });

  it('refuses a zip renamed to .docx', async () => {
    const file = path.join(work, 'photos.docx');
    await writeRawZip(file, [{ name: 'photo.txt', data: 'not a document' }]);
    expect((await refusal(file)).code).toBe('import-not-docx');
  });

  it('refuses a text file renamed to .docx', async () => {
    const file = path.join(work, 'notes.docx');
    await writeFile(file, '计量创新案例');
    expect((await refusal(file)).code).toBe('import-not-docx');
  });

  it('refuses a 1 KB zip claiming gigabytes from its central directory', async () => {
    const file = path.join(work, 'bomb.docx');
    await writeRawZip(file, [
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: 'x'.repeat(200), compress: true },
    ]);
    const bytes = declareSize(await readFile(file), 'word/document.xml', 0xfffffff0);
    expect(bytes.length).toBeLessThan(1024);
    await writeFile(file, bytes);
    const error = await refusal(file);
    expect(error.code).toBe('import-unsafe');
    expect(error.detail).toContain('word/document.xml');
  });

  it('refuses entity expansion in the document part', async () => {
    const file = path.join(work, 'entities.docx');
    const types =
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "哈哈哈哈哈哈哈哈"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]><w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>';
    await writeRawZip(file, [
      { name: '[Content_Types].xml', data: types },
      { name: 'word/document.xml', data: laughs },
    ]);
    expect((await refusal(file)).code).toBe('import-unsafe');
  });

  it('refuses an entry name that leaves the folder', async () => {
    const file = path.join(work, 'slip.docx');
    await writeRawZip(file, [{ name: '../../evil.xml', data: 'x' }]);
    expect((await refusal(file)).code).toBe('import-unsafe');
  });
});
