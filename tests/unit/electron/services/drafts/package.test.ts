import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAttachments } from '../../../../../electron/services/drafts/attachments';
import { filesOf, sha256OfFile, writePackage } from '../../../../../electron/services/drafts/package';
import { importPackage } from '../../../../../electron/services/drafts/package-import';
import { DRAFT_FORMAT_VERSION, type Draft } from '../../../../../shared/draft';
import { freshRepository } from './helpers';
import { jpeg, TINY_MP4 } from './media';
import { declareSize, writeRawZip } from './zips';
import { failure } from '../../../../support/failure';

let a: Awaited<ReturnType<typeof freshRepository>>;
let b: Awaited<ReturnType<typeof freshRepository>>;
let out: string;
beforeEach(async () => {
  [a, b] = await Promise.all([freshRepository('pkg-a'), freshRepository('pkg-b')]);
  out = join(a.dataDir, 'out');
  await mkdir(out);
});
afterEach(() => Promise.all([a.cleanup(), b.cleanup()]));

async function caseWithImages(): Promise<Draft> {
  const draft = await a.repo.create('case', 'c');
  const images = [await jpeg(out, '现场一.jpg', 2400, 1200), await jpeg(out, '现场二.jpg', 800, 600, 8)];
  await addAttachments(a.repo, draft.id, 'image', images);
  return a.repo.update(draft.id, (d) => ({
    ...d,
    values: { ...d.values, title: '智慧计量“进社区”', background: '背景缘由……\n第二段。' },
    attachments: d.attachments.map((x, i) => ({ ...x, caption: `图${i + 1}`, afterPart: 'approach' })),
  }));
}

describe('portable draft package', () => {
  it('exported on one data directory, imports on another with identical content and checksums', async () => {
    const draft = await caseWithImages();
    const zip = join(out, 'case.sdpkg.zip');
    const manifest = await writePackage(a.repo.layout.draftDir(draft.id), draft, zip, a.clock.now);
    const { id, asCopy } = await importPackage(b.repo, zip);
    expect({ id, asCopy }).toEqual({ id: draft.id, asCopy: false });
    expect(await b.repo.load(id)).toEqual(draft);
    for (const file of filesOf(draft)) {
      const [here, there] = [a, b].map((env) => sha256OfFile(join(env.repo.layout.draftDir(id), file)));
      expect(await there, file).toBe(await here);
      expect(manifest.files.find((f) => f.path === file)?.sha256).toBe(await here);
    }
    for (const attachment of draft.attachments)
      expect(await sha256OfFile(join(b.repo.layout.draftDir(id), attachment.file))).toBe(attachment.sha256);
    expect((await b.repo.list()).drafts.map((d) => d.title)).toEqual(['智慧计量“进社区”']);
  });

  it('carries a material video, and imports a draft whose id exists as a copy, leaving the original alone', async () => {
    const material = await a.repo.create('material', 'c');
    await addAttachments(a.repo, material.id, 'video', [TINY_MP4]);
    const draft = await a.repo.load(material.id);
    const zip = join(out, 'm.sdpkg.zip');
    await writePackage(a.repo.layout.draftDir(draft.id), draft, zip, a.clock.now);
    const before = await readFile(a.repo.layout.draftFile(draft.id), 'utf8');
    const { id, asCopy } = await importPackage(a.repo, zip);
    expect(asCopy).toBe(true);
    expect(id).not.toBe(draft.id);
    expect({ ...(await a.repo.load(id)), id: draft.id }).toEqual(draft);
    expect(await readFile(a.repo.layout.draftFile(draft.id), 'utf8')).toBe(before);
  });

  it('refuses a package whose file was damaged on the way, naming the file, and imports nothing', async () => {
    const draft = await caseWithImages();
    const zip = join(out, 'damaged.sdpkg.zip');
    await writePackage(a.repo.layout.draftDir(draft.id), draft, zip, a.clock.now);
    const bytes = await readFile(zip);
    const original = await readFile(join(a.repo.layout.draftDir(draft.id), draft.attachments[0]!.file));
    const at = bytes.indexOf(original.subarray(600, 664));
    bytes[at] = bytes[at]! ^ 0xff;
    await writeFile(zip, bytes);
    expect(await failure(importPackage(b.repo, zip))).toEqual({
      code: 'package-checksum',
      detail: draft.attachments[0]!.file,
    });
    expect(await readdir(b.repo.layout.drafts)).toEqual([]);
  });

  const manifestFor = (files: { path: string; data: string }[]) =>
    JSON.stringify({
      packageVersion: 1,
      formatVersion: 1,
      draftId: 'x',
      createdAt: '2021-12-20T00:00:00Z',
      files: files.map((f) => ({ path: f.path, size: f.data.length, sha256: '0'.repeat(64) })),
    });

  it.each([
    ['a ../ path', [{ name: '../../evil.txt', data: 'x' }], 'package-unsafe-entry', '../../evil.txt'],
    ['an absolute path', [{ name: '/etc/evil.txt', data: 'x' }], 'package-unsafe-entry', '/etc/evil.txt'],
    ['a drive path', [{ name: 'C:/evil.txt', data: 'x' }], 'package-unsafe-entry', 'C:/evil.txt'],
    [
      'a symlink',
      [{ name: 'attachments/link', data: '/etc/passwd', mode: 0o120777 }],
      'package-unsafe-entry',
      'attachments/link',
    ],
    [
      'a name twice',
      [
        { name: 'draft.json', data: '{}' },
        { name: 'draft.json', data: '{}' },
      ],
      'package-unsafe-entry',
      'draft.json',
    ],
    ['no manifest', [{ name: 'draft.json', data: '{}' }], 'package-invalid', 'manifest.json'],
    [
      'a manifest that is not JSON',
      [{ name: 'manifest.json', data: '{' }],
      'package-invalid',
      'manifest.json',
    ],
    [
      'a draft not matching its checksum',
      [
        { name: 'manifest.json', data: manifestFor([{ path: 'draft.json', data: '{}' }]) },
        { name: 'draft.json', data: '{}' },
      ],
      'package-checksum',
      'draft.json',
    ],
  ])('refuses a package with %s', async (_label, entries, code, named) => {
    const zip = join(out, 'bad.zip');
    await writeRawZip(zip, entries);
    const refused = await failure(importPackage(b.repo, zip));
    expect(refused.code).toBe(code);
    expect(refused.detail).toContain(named);
    expect(await readdir(b.repo.layout.drafts)).toEqual([]);
  });

  it('refuses an entry that declares a huge size before extracting anything', async () => {
    const zip = join(out, 'bomb.zip');
    await writeRawZip(zip, [{ name: 'attachments/big.mp4', data: 'tiny', compress: true }]);
    await writeFile(zip, declareSize(await readFile(zip), 'attachments/big.mp4', 0xfffffff0));
    expect(await failure(importPackage(b.repo, zip))).toEqual({
      code: 'package-unsafe-entry',
      detail: 'attachments/big.mp4 (too large)',
    });
  });

  it('refuses a file that is not a zip, and a package of a newer format version', async () => {
    const notZip = join(out, 'not.zip');
    await writeFile(notZip, 'hello');
    expect((await failure(importPackage(b.repo, notZip))).code).toBe('package-invalid');
    const draft = await a.repo.create('case', 'c');
    const future = `${JSON.stringify({ ...draft, formatVersion: DRAFT_FORMAT_VERSION + 1 })}\n`;
    const dir = join(out, 'future');
    await mkdir(dir);
    await writeFile(join(dir, 'draft.json'), future);
    const zip = join(out, 'future.zip');
    await writePackage(dir, draft, zip, a.clock.now);
    expect((await failure(importPackage(b.repo, zip))).code).toBe('draft-future-version');
  });
});
