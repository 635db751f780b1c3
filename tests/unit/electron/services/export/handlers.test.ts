import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Dialogs } from '../../../../../electron/services/context';
import { textOf, contentHash } from '../../../../../shared/draft';
import { errorCodeOf } from '../../../../../shared/errors';
import type { Handlers } from '../../../../../shared/ipc';
import { FIXTURES, loadFixture, paragraphTexts, unzip } from './docx-files';
import { testHandlers } from '../../../../support/handlers';

/** When set, writes to temp files fail as on a full disk, after part of the bytes went out. */
const faults = vi.hoisted(() => ({ diskFull: false }));
vi.mock('node:fs/promises', async (original) => {
  const real = await original<typeof import('node:fs/promises')>();
  const open: typeof real.open = async (...args) => {
    const handle = await real.open(...args);
    if (!faults.diskFull) return handle;
    return Object.assign(Object.create(handle) as typeof handle, {
      writeFile: async (data: Uint8Array | string) => {
        await handle.writeFile(Buffer.from(data).subarray(0, 100));
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
      },
      close: () => handle.close(),
    });
  };
  return { ...real, open, default: { ...real, open } };
});

let dataDir: string;
let outDir: string;
let saveAnswers: (string | null)[];
let revealed: [string, string][];
let offeredNames: string[];

function services(): Handlers {
  const dialogs: Dialogs = {
    openFiles: async () => [],
    saveFile: async ({ defaultName }) => {
      offeredNames.push(defaultName);
      return saveAnswers.shift() ?? null;
    },
    chooseFolder: async () => saveAnswers.shift() ?? null,
    reveal: async (file, what) => {
      revealed.push([file, what]);
      return what === 'file' ? 'opened' : 'shown';
    },
  };
  return testHandlers(dataDir, dialogs);
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'export-handlers-'));
  outDir = await mkdtemp(path.join(tmpdir(), 'export-out-'));
  for (const name of ['case-full', 'case-unfinished'])
    await cp(path.join(FIXTURES, name), path.join(dataDir, 'drafts', `fixture-${name}`), { recursive: true });
  saveAnswers = [];
  revealed = [];
  offeredNames = [];
  faults.diskFull = false;
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
});

describe('export handlers', () => {
  it('writes the form where the user chose, numbers it by content, and reveals the newest file', async () => {
    const handlers = services();
    const target = path.join(outDir, 'form.docx');
    saveAnswers.push(target, path.join(outDir, 'again.docx'));
    const first = await handlers['export:docx']({ id: 'fixture-case-full' });
    const { draft } = await loadFixture('case-full');
    expect(first).toEqual({ number: 1, hash: (await contentHash(draft)).slice(0, 8), files: [target] });
    const footer = (await unzip(await readFile(target))).get('word/footer1.xml')!.toString();
    expect(paragraphTexts(footer).join('')).toContain(`第1次导出\u3000校验码 ${first.hash}`);

    // The same content again: the same number, one record holding both files.
    const again = await handlers['export:docx']({ id: 'fixture-case-full', options: { tableFontSize: 14 } });
    expect(again).toMatchObject({ number: 1, hash: first.hash });
    const againFooter = (await unzip(await readFile(path.join(outDir, 'again.docx')))).get(
      'word/footer1.xml',
    );
    expect(paragraphTexts(againFooter!.toString()).join('')).toContain(`第1次导出\u3000校验码 ${first.hash}`);
    const saved = await handlers['drafts:load']({ id: 'fixture-case-full' });
    expect(saved.exports.map((r) => [r.number, r.files, r.provisional])).toEqual([
      [1, [target, path.join(outDir, 'again.docx')], false],
    ]);
    expect(await handlers['export:reveal']({ id: 'fixture-case-full', what: 'folder' })).toEqual({
      done: true,
      outcome: 'shown',
      path: path.join(outDir, 'again.docx'),
    });
    expect(revealed).toEqual([[path.join(outDir, 'again.docx'), 'folder']]);
  });

  it('names a target folder that does not exist as such, not as a missing draft, and records nothing', async () => {
    const handlers = services();
    const gone = path.join(outDir, '拔掉的U盘');
    saveAnswers.push(path.join(gone, 'form.docx'));
    await expect(handlers['export:docx']({ id: 'fixture-case-full' })).rejects.toMatchObject({
      code: 'folder-missing',
      detail: gone,
    });
    expect((await handlers['drafts:load']({ id: 'fixture-case-full' })).exports).toEqual([]);
  });

  it('offers the safe default name and writes nothing when the dialog is cancelled', async () => {
    const handlers = services();
    await expect(handlers['export:docx']({ id: 'fixture-case-full' })).rejects.toMatchObject({
      code: 'cancelled',
    });
    expect(offeredNames).toEqual([
      '上海市东滨区市场监督管理局-“云秤”守护菜篮子——农贸市场电子计价秤在线监测与社区计量服务站建设-计量创新案例.docx',
    ]);
    expect(await readdir(outDir)).toEqual([]);
    expect((await handlers['drafts:load']({ id: 'fixture-case-full' })).exports).toEqual([]);
  });

  it('gives disk-full and leaves no half-written file when the disk fills up', async () => {
    const handlers = services();
    saveAnswers.push(path.join(outDir, 'form.docx'));
    faults.diskFull = true;
    const failure = await handlers['export:docx']({ id: 'fixture-case-full' }).catch((e: unknown) => e);
    faults.diskFull = false;
    expect(errorCodeOf(failure).code).toBe('disk-full');
    expect(await readdir(outDir)).toEqual([]);
    expect((await handlers['drafts:load']({ id: 'fixture-case-full' })).exports).toEqual([]);
  });

  it('previews the same form, provisional for an unfinished draft, without recording an export', async () => {
    const handlers = services();
    const { docx } = await handlers['export:preview']({
      id: 'fixture-case-unfinished',
      options: { fontScheme: 'windows' },
    });
    const files = await unzip(Buffer.from(docx, 'base64'));
    expect(paragraphTexts(files.get('word/header1.xml')!.toString()).join('')).toContain('草稿');
    expect(files.get('word/document.xml')!.toString()).toContain('w:eastAsia="仿宋"');
    // The unfinished fixture was exported once before: this one would be number 2.
    expect(paragraphTexts(files.get('word/footer1.xml')!.toString()).join('')).toContain('第2次导出');
    expect((await handlers['drafts:load']({ id: 'fixture-case-unfinished' })).exports).toHaveLength(1);
    const check = await handlers['export:preflight']({ id: 'fixture-case-unfinished' });
    expect(check.provisional).toBe(true);
  });

  it('warns of each text field that mixes simplified and traditional characters, without making it 草稿', async () => {
    const handlers = services();
    const before = await handlers['export:preflight']({ id: 'fixture-case-full' });
    expect(before.issues.filter((i) => i.code === 'mixed-script')).toEqual([]);
    const draft = await handlers['drafts:load']({ id: 'fixture-case-full' });
    await handlers['drafts:save']({
      draft: {
        ...draft,
        values: { ...draft.values, title: '计量创新與傳統文化', lessons: `${textOf(draft, 'lessons')}經驗` },
        declaration: { ...draft.declaration, opinion: '同意報送。' },
      },
    });
    const after = await handlers['export:preflight']({ id: 'fixture-case-full' });
    expect(after.issues.filter((i) => i.code === 'mixed-script')).toEqual([
      {
        severity: 'warning',
        code: 'mixed-script',
        step: 'cover',
        field: 'title',
        mixed: { traditional: ['與', '傳', '統'], simplified: ['计', '创'] },
      },
      {
        severity: 'warning',
        code: 'mixed-script',
        step: 'body',
        field: 'lessons',
        mixed: expect.objectContaining({ traditional: ['經', '驗'] }),
      },
    ]);
    // 同意報送。 is traditional throughout: one script, nothing mixed.
    expect(after.provisional).toBe(before.provisional);
  });

  it('estimates the pages of the draft as saved, for the options asked or else the settings’', async () => {
    const handlers = services();
    const sanhao = (await handlers['export:estimate']({ id: 'fixture-case-full' })).pages;
    const sihao = (
      await handlers['export:estimate']({ id: 'fixture-case-full', options: { tableFontSize: 14 } })
    ).pages;
    expect(sihao).toBeLessThan(sanhao);
    await handlers['settings:update']({
      exportOptions: { ...(await handlers['settings:get']({})).exportOptions, tableFontSize: 14 },
    });
    expect((await handlers['export:estimate']({ id: 'fixture-case-full' })).pages).toBe(sihao);
    const draft = await handlers['drafts:load']({ id: 'fixture-case-full' });
    await handlers['drafts:save']({
      draft: {
        ...draft,
        values: { ...draft.values, lessons: `${textOf(draft, 'lessons')}\n${'计量'.repeat(2000)}` },
      },
    });
    expect((await handlers['export:estimate']({ id: 'fixture-case-full' })).pages).toBeGreaterThanOrEqual(
      sihao + 3,
    );
  });

  it('says not-found when there is no export to reveal', async () => {
    await expect(
      services()['export:reveal']({ id: 'fixture-case-full', what: 'file' }),
    ).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});
