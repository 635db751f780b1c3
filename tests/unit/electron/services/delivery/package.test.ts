import { copyFile, mkdir, readdir, readFile, stat, truncate, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MAILBOX_LIMIT_BYTES,
  SubmissionManifestSchema,
} from '../../../../../electron/services/delivery/package';
import { findSoffice, SOFFICE_ENV } from '../../../../../electron/services/delivery/tools';
import { sha256OfFile } from '../../../../../electron/services/drafts/package';
import type { Attachment, Draft } from '../../../../../shared/draft';
import { parseDraftText } from '../../../../../electron/services/drafts/format';
import { paragraphTexts, unzip } from '../export/docx-files';
import { deliveryWorld, type DeliveryWorld } from './services';
import { readZip } from './zip';
import { failure } from '../../../../support/failure';

/** When set, the zip's file stream fails as on a full disk, after part of the bytes went out. */
const faults = vi.hoisted(() => ({ diskFull: false }));
vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const createWriteStream = ((file: string) => {
    if (!faults.diskFull) return real.createWriteStream(file);
    let written = 0;
    return new Writable({
      write(chunk: Buffer, _encoding, done) {
        written += chunk.length;
        real.appendFileSync(file, chunk);
        if (written > 1000)
          done(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }));
        else done();
      },
    });
  }) as typeof real.createWriteStream;
  return { ...real, createWriteStream, default: { ...real, createWriteStream } };
});

const CASE = 'fixture-case-full';
const hasSoffice = findSoffice() !== null;
let world: DeliveryWorld;

async function readDraft(dir: string): Promise<Draft> {
  return parseDraftText(await readFile(path.join(dir, 'draft.json'), 'utf8'));
}

/** Adds a file of the draft folder as an attachment, with its real size and checksum. */
async function attach(
  dir: string,
  source: string,
  fields: Pick<Attachment, 'id' | 'role' | 'originalName' | 'mime'>,
) {
  const file = `attachments/${fields.id}${path.extname(source)}`;
  await mkdir(path.join(dir, 'attachments'), { recursive: true });
  await copyFile(source, path.join(dir, file));
  const full = path.join(dir, file);
  const draft = await readDraft(dir);
  const attachment: Attachment = {
    ...fields,
    file,
    size: (await stat(full)).size,
    sha256: await sha256OfFile(full),
    caption: '',
  };
  await writeFile(
    path.join(dir, 'draft.json'),
    JSON.stringify({ ...draft, attachments: [...draft.attachments, attachment] }),
  );
  return attachment;
}

beforeEach(async () => {
  world = await deliveryWorld(['case-full', 'material-full']);
  faults.diskFull = false;
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await world.cleanup();
});

describe('the submission package', () => {
  it(
    'holds the form, the original attachments and 报送说明, every name flagged UTF-8',
    { timeout: 180_000 },
    async () => {
      const dir = world.draftDir('case-full');
      await attach(dir, 'tests/fixtures/media/tiny.mp4', {
        id: 'proof-award',
        role: 'proof',
        originalName: '荣誉证书（扫描件）.mp4',
        mime: 'video/mp4',
      });
      const draft = await readDraft(dir);
      const target = path.join(world.outDir, '报送包.zip');
      world.answer(target);
      const result = await world.handlers['delivery:package']({ id: CASE });

      const stem =
        '上海市东滨区市场监督管理局-“云秤”守护菜篮子——农贸市场电子计价秤在线监测与社区计量服务站建设-计量创新案例';
      const entries = await readZip(target);
      expect(entries.map((e) => e.name)).toEqual([
        '报送说明.txt',
        `${stem}.docx`,
        ...(hasSoffice ? [`${stem}.pdf`] : []),
        '图片/“云秤”平台监控大屏.jpg',
        '图片/社区计量服务站.jpg',
        '证明材料/荣誉证书（扫描件）.mp4',
        'manifest.json',
      ]);
      expect(entries.every((e) => e.utf8Flag)).toBe(true);
      expect(result.entries.map((e) => e.name)).toEqual(entries.map((e) => e.name));
      expect(result.entries.map((e) => e.size)).toEqual(entries.map((e) => e.bytes.length));
      expect(result).toMatchObject({ number: 1, files: [target], pdf: hasSoffice, oversize: false });
      expect(result.size).toBe((await stat(target)).size);

      // The originals, byte for byte as the draft recorded them, never the downscaled print copies.
      for (const attachment of draft.attachments) {
        const entry = entries.find((e) => e.name.endsWith(`/${attachment.originalName}`))!;
        expect(entry.sha256).toBe(attachment.sha256);
      }
      const docx = await unzip(entries[1]!.bytes);
      const footer = [...docx.entries()].filter(([name]) => /word\/footer\d*\.xml/.test(name));
      expect(footer.flatMap(([, xml]) => paragraphTexts(xml.toString()))).toContain(
        `第1次导出\u3000校验码 ${result.hash}`,
      );
      if (hasSoffice) expect(entries[2]!.bytes.subarray(0, 5).toString()).toBe('%PDF-');

      // The manifest lists every other entry with its size and SHA-256, and the draft as saved.
      const manifest = SubmissionManifestSchema.parse(
        JSON.parse(entries.find((e) => e.name === 'manifest.json')!.bytes.toString('utf8')),
      );
      expect(manifest).toMatchObject({
        format: 'submission-desk/submission',
        version: 1,
        exportNumber: 1,
        hash: result.hash,
        form: 'case',
        campaignId: 'shsjl-2021-610',
        draft: { id: draft.id, values: draft.values, attachments: draft.attachments },
      });
      expect(manifest.fullHash.slice(0, 8)).toBe(result.hash);
      expect(manifest.entries).toEqual(
        entries
          .filter((e) => e.name !== 'manifest.json')
          .map((e) => ({
            name: e.name,
            size: e.bytes.length,
            sha256: e.sha256,
            ...(e.name.startsWith('图片/') || e.name.startsWith('证明材料/')
              ? { attachment: draft.attachments.find((a) => e.name.endsWith(`/${a.originalName}`))!.id }
              : {}),
          })),
      );

      const text = entries[0]!.bytes;
      expect([...text.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const body = text.subarray(3).toString('utf8');
      expect(body).not.toMatch(/[^\r]\n/);
      expect(body.split('\r\n').length).toBeGreaterThan(20);
      for (const fact of [
        'shsjlxh1993@163.com',
        '上海市徐汇区桂箐路69号6楼综合项目部',
        '上海市计量协会',
        '收件人：沈宏申',
        '2022年1月20日前',
        `第1次导出，校验码 ${result.hash}`,
      ])
        expect(body).toContain(fact);
      for (const entry of entries.slice(1)) expect(body).toContain(entry.name);
      // The note names the manifest with the size it has.
      const manifestSize = entries.find((e) => e.name === 'manifest.json')!.bytes.length;
      expect(body).toContain(`manifest.json（${Math.max(1, Math.round(manifestSize / 1024))} KB）`);
      for (const check of [
        '□ 原创',
        '□ 真实',
        '□ 近两年内开展',
        '□ 字数：案例简介 247/300字，案例材料合计 2886/3000字',
        '□ 图片：征集表中 2 张',
      ])
        expect(body).toContain(check);
      expect(body).not.toContain('电话：\r\n');

      const recorded = await readDraft(dir);
      expect(recorded.exports).toEqual([
        expect.objectContaining({ number: 1, hash: result.hash, files: [target] }),
      ]);
    },
  );

  it('keeps two files of the same name apart and lists a material’s media', async () => {
    vi.stubEnv(SOFFICE_ENV, '');
    const dir = world.draftDir('material-full');
    const image = 'tests/fixtures/drafts/case-full/attachments/monitor-screen.jpg';
    await attach(dir, image, {
      id: 'img-a',
      role: 'image',
      originalName: 'IMG_0001.jpg',
      mime: 'image/jpeg',
    });
    await attach(dir, image, {
      id: 'img-b',
      role: 'image',
      originalName: 'img_0001.jpg',
      mime: 'image/jpeg',
    });
    await attach(dir, 'tests/fixtures/media/tiny.mp4', {
      id: 'video',
      role: 'video',
      originalName: '计量:故事?.mp4',
      mime: 'video/mp4',
    });
    const target = path.join(world.outDir, 'material.zip');
    world.answer(target);
    const result = await world.handlers['delivery:package']({ id: 'fixture-material-full' });
    const names = (await readZip(target)).map((e) => e.name);
    expect(names.slice(2)).toEqual([
      '图片/IMG_0001.jpg',
      '图片/img_0001 (2).jpg',
      '视频/计量故事.mp4',
      'manifest.json',
    ]);
    expect(result.pdf).toBe(false);
    const body = (await readZip(target))[0]!.bytes.toString('utf8');
    expect(body).toContain('□ 图片：图片 2 张、视频 1 个');
    expect(body).not.toContain('近两年内开展');
  });

  it('names a missing attachment before asking where to save, and writes nothing', async () => {
    await unlink(path.join(world.draftDir('case-full'), 'attachments/service-station.jpg'));
    const refused = await failure(world.handlers['delivery:package']({ id: CASE }));
    expect(refused).toEqual({ code: 'not-found', detail: '社区计量服务站.jpg' });
    expect(world.asked).toEqual([]);
    expect(await readdir(world.outDir)).toEqual([]);
  });

  it('leaves no partial zip and records nothing when the disk fills up', async () => {
    vi.stubEnv(SOFFICE_ENV, '');
    const target = path.join(world.outDir, 'full.zip');
    world.answer(target);
    faults.diskFull = true;
    const refused = await failure(world.handlers['delivery:package']({ id: CASE }));
    faults.diskFull = false;
    expect(refused.code).toBe('disk-full');
    expect(await readdir(world.outDir)).toEqual([]);
    expect((await readDraft(world.draftDir('case-full'))).exports).toEqual([]);
  });

  it('warns over the mailbox limit', async () => {
    vi.stubEnv(SOFFICE_ENV, '');
    const dir = world.draftDir('material-full');
    const big = path.join(world.outDir, 'long.mp4');
    await writeFile(big, '');
    await truncate(big, MAILBOX_LIMIT_BYTES + 1024);
    await attach(dir, big, { id: 'film', role: 'video', originalName: '计量之旅.mp4', mime: 'video/mp4' });
    const target = path.join(world.outDir, 'big.zip');
    world.answer(target);
    const result = await world.handlers['delivery:package']({ id: 'fixture-material-full' });
    expect(result.oversize).toBe(true);
    expect(result.size).toBeGreaterThan(MAILBOX_LIMIT_BYTES);
  });

  it('says cancelled when no target is chosen', async () => {
    vi.stubEnv(SOFFICE_ENV, '');
    world.answer(null);
    expect((await failure(world.handlers['delivery:package']({ id: CASE }))).code).toBe('cancelled');
    expect(world.asked).toEqual([
      { purpose: 'package', defaultName: expect.stringMatching(/计量创新案例\.zip$/) },
    ]);
  });
});
