import { mkdir, readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  addAttachments,
  readAttachment,
  removeAttachment,
  saveSignature,
} from '../../../../../electron/services/drafts/attachments';
import { sha256OfFile } from '../../../../../electron/services/drafts/package';
import { freshRepository } from './helpers';
import { bytesFile, heicBytes, hugeHeaderPng, jpeg, pdfBytes, png, sparse, TINY_MP4 } from './media';
import { failure } from '../../../../support/failure';

let env: Awaited<ReturnType<typeof freshRepository>>;
let media: string;
beforeEach(async () => {
  env = await freshRepository('attach');
  media = join(env.dataDir, 'picked');
  await mkdir(media);
});
afterEach(() => env.cleanup());

describe('attachments', () => {
  it('adds a case photo upright, with a print copy of long side 2000 and the original kept byte for byte', async () => {
    const draft = await env.repo.create('case', 'c');
    const source = await jpeg(media, '现场.JPG', 3000, 1500, 6);
    const [image] = await addAttachments(env.repo, draft.id, 'image', [source]);
    expect(image).toMatchObject({
      role: 'image',
      originalName: '现场.JPG',
      mime: 'image/jpeg',
      width: 1500,
      height: 3000,
    });
    const dir = env.repo.layout.draftDir(draft.id);
    expect(await sha256OfFile(join(dir, image!.file))).toBe(await sha256OfFile(source));
    expect(image!.sha256).toBe(await sha256OfFile(source));
    const print = await sharp(join(dir, image!.printFile!)).metadata();
    expect([print.width, print.height, print.orientation ?? 1]).toEqual([1000, 2000, 1]);
    expect((await env.repo.load(draft.id)).attachments).toEqual([image]);
  });

  it('keeps a PNG a PNG and never enlarges a small image', async () => {
    const draft = await env.repo.create('case', 'c');
    const [image] = await addAttachments(env.repo, draft.id, 'image', [
      await png(media, 'chart.png', 300, 200),
    ]);
    const print = await sharp(join(env.repo.layout.draftDir(draft.id), image!.printFile!)).metadata();
    expect([print.format, print.width, print.height]).toEqual(['png', 300, 200]);
  });

  it('allows two printed images for a case and refuses a third, changing nothing', async () => {
    const draft = await env.repo.create('case', 'c');
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((n) => jpeg(media, `${n}.jpg`, 50, 50)));
    await addAttachments(env.repo, draft.id, 'image', [a!, b!]);
    const before = await readFile(env.repo.layout.draftFile(draft.id), 'utf8');
    expect(await failure(addAttachments(env.repo, draft.id, 'image', [c!]))).toEqual({
      code: 'too-many-images',
      detail: '2',
    });
    expect(await readFile(env.repo.layout.draftFile(draft.id), 'utf8')).toBe(before);
  });

  it('takes material images and videos without print copies, and refuses videos for a case', async () => {
    const material = await env.repo.create('material', 'c');
    const [video] = await addAttachments(env.repo, material.id, 'video', [TINY_MP4]);
    const [image] = await addAttachments(env.repo, material.id, 'image', [
      await jpeg(media, 'p.jpg', 10, 10),
    ]);
    expect(video).toMatchObject({ role: 'video', mime: 'video/mp4', file: expect.stringMatching(/\.mp4$/) });
    expect(image?.printFile).toBeUndefined();
    const kase = await env.repo.create('case', 'c');
    expect((await failure(addAttachments(env.repo, kase.id, 'video', [TINY_MP4]))).code).toBe(
      'invalid-request',
    );
  });

  it.each([
    ['a PDF renamed to .png', 'image', () => bytesFile(media, 'scan.png', pdfBytes), 'unsupported-file'],
    ['a HEIC photo', 'image', () => bytesFile(media, 'IMG_0001.HEIC', heicBytes), 'heic-not-supported'],
    ['a text file named .mp4', 'video', () => bytesFile(media, 'clip.mp4', 'hello'), 'unsupported-file'],
    ['a 3 GB video', 'video', () => sparse(media, 'long.mp4', 3 * 1024 ** 3, heicBytes), 'file-too-large'],
    [
      'a PNG whose header claims 30000 × 30000 px',
      'image',
      () => hugeHeaderPng(media, 'bomb.png'),
      'file-too-large',
    ],
    [
      'a truncated JPEG',
      'image',
      async () =>
        bytesFile(media, 'cut.jpg', (await readFile(await jpeg(media, 'w.jpg', 8, 8))).subarray(0, 40)),
      'image-broken',
    ],
  ] as const)(
    'refuses %s with %s and leaves the draft and its folder unchanged',
    async (_label, role, make, code) => {
      const draft = await env.repo.create(role === 'video' ? 'material' : 'case', 'c');
      const source = await make();
      const before = await readFile(env.repo.layout.draftFile(draft.id), 'utf8');
      const refused = await failure(addAttachments(env.repo, draft.id, role, [source]));
      expect(refused.code).toBe(code);
      expect(refused.detail).toContain(source.split('/').pop());
      expect(await readFile(env.repo.layout.draftFile(draft.id), 'utf8')).toBe(before);
      expect(await readdir(join(env.repo.layout.draftDir(draft.id), 'attachments')).catch(() => [])).toEqual(
        [],
      );
    },
  );

  it('takes a batch all or none: a bad file after a good one leaves nothing behind', async () => {
    const draft = await env.repo.create('case', 'c');
    const good = await jpeg(media, 'good.jpg', 20, 20);
    const bad = await bytesFile(media, 'bad.png', pdfBytes);
    expect(
      (
        await failure(
          addAttachments(env.repo, draft.id, 'proof', [good, await bytesFile(media, 'x.mp4', 'x')]),
        )
      ).code,
    ).toBe('unsupported-file');
    expect((await failure(addAttachments(env.repo, draft.id, 'image', [good, bad]))).code).toBe(
      'unsupported-file',
    );
    expect((await env.repo.load(draft.id)).attachments).toEqual([]);
    expect(await readdir(join(env.repo.layout.draftDir(draft.id), 'attachments'))).toEqual([]);
  });

  it('accepts PDF and image proofs for a case', async () => {
    const draft = await env.repo.create('case', 'c');
    const added = await addAttachments(env.repo, draft.id, 'proof', [
      await bytesFile(media, '证书.pdf', pdfBytes),
      await jpeg(media, '剪报.jpg', 30, 30),
    ]);
    expect(added.map((a) => a.mime)).toEqual(['application/pdf', 'image/jpeg']);
    expect(added.every((a) => a.printFile === undefined)).toBe(true);
  });

  it('removes an attachment and its files, unless a snapshot still refers to them', async () => {
    const draft = await env.repo.create('case', 'c');
    const [first] = await addAttachments(env.repo, draft.id, 'image', [await jpeg(media, 'a.jpg', 20, 20)]);
    const attachmentsDir = join(env.repo.layout.draftDir(draft.id), 'attachments');
    // The first add was within five minutes of creation: no snapshot holds the image yet.
    await removeAttachment(env.repo, draft.id, first!.id);
    expect(await readdir(attachmentsDir)).toEqual([]);
    const [second] = await addAttachments(env.repo, draft.id, 'image', [await jpeg(media, 'b.jpg', 20, 20)]);
    env.advance(10 * 60_000);
    await removeAttachment(env.repo, draft.id, second!.id); // snapshots the version that holds it
    expect((await readdir(attachmentsDir)).sort()).toEqual(
      [second!.file, second!.printFile].map((f) => f!.split('/')[1]).sort(),
    );
    expect((await env.repo.load(draft.id)).attachments).toEqual([]);
    expect((await failure(removeAttachment(env.repo, draft.id, 'nope'))).code).toBe('not-found');
  });

  it('serves images of the draft as data URLs, and nothing outside its folder', async () => {
    const draft = await env.repo.create('case', 'c');
    const [image] = await addAttachments(env.repo, draft.id, 'image', [await png(media, 'a.png', 10, 10)]);
    expect(await readAttachment(env.repo, draft.id, image!.printFile!)).toMatch(
      /^data:image\/png;base64,iVBOR/,
    );
    const outside = await png(media, 'secret.png', 5, 5);
    await symlink(outside, join(env.repo.layout.draftDir(draft.id), 'attachments', 'link.png'));
    expect((await failure(readAttachment(env.repo, draft.id, 'attachments/link.png'))).code).toBe(
      'not-found',
    );
    // The draft's own file is not one of its attachments: refused like a missing one.
    expect((await failure(readAttachment(env.repo, draft.id, 'draft.json'))).code).toBe('not-found');
  });

  it('stores a drawn signature and points the declaration at it; refuses bytes that are not PNG', async () => {
    const draft = await env.repo.create('case', 'c');
    const pngBytes = await sharp({ create: { width: 40, height: 20, channels: 4, background: '#000' } })
      .png()
      .toBuffer();
    const file = await saveSignature(env.repo, draft.id, pngBytes.toString('base64'));
    expect((await env.repo.load(draft.id)).declaration.signatureFile).toBe(file);
    expect(await readFile(join(env.repo.layout.draftDir(draft.id), file))).toEqual(pngBytes);
    expect(
      (await failure(saveSignature(env.repo, draft.id, Buffer.from(pdfBytes).toString('base64')))).code,
    ).toBe('unsupported-file');
  });
});
