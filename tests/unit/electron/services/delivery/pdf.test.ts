import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findPdftoppm, findSoffice, SOFFICE_ENV } from '../../../../../electron/services/delivery/tools';
import { shippedCampaign } from '../../../../../shared/campaign';
import { paragraphTexts, unzip } from '../export/docx-files';
import { deliveryWorld, type DeliveryWorld } from './services';
import { failure } from '../../../../support/failure';

const run = promisify(execFile);
const ID = 'fixture-case-full';
const soffice = findSoffice() !== null;
const pages = soffice && findPdftoppm() !== null;
if (!soffice)
  console.warn('Skipping the PDF and page-image tests: soffice is not installed (apt libreoffice-writer).');

let world: DeliveryWorld;
beforeEach(async () => {
  world = await deliveryWorld(['case-full']);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await world.cleanup();
});

const squeeze = (text: string) => text.replace(/\s+/gu, '');

async function pdfText(file: string): Promise<string> {
  return squeeze((await run('pdftotext', ['-raw', file, '-'])).stdout);
}

describe('cover sheet', () => {
  it('puts the organiser, the sender and what is enclosed on one page', { timeout: 120_000 }, async () => {
    world.answer(path.join(world.outDir, 'one.docx'));
    const printed = await world.handlers['export:docx']({ id: ID });
    const target = path.join(world.outDir, 'cover.docx');
    world.answer(target);
    await expect(world.handlers['delivery:revealCoverSheet']({ id: ID, what: 'file' })).rejects.toMatchObject(
      {
        code: 'not-found',
      },
    );
    expect(await world.handlers['delivery:coverSheet']({ id: ID })).toEqual({
      number: printed.number,
      hash: printed.hash,
      files: [target],
      file: target,
    });
    expect(world.asked.at(-1)?.defaultName).toMatch(/-寄送封面\.docx$/);
    expect(await world.handlers['delivery:revealCoverSheet']({ id: ID, what: 'file' })).toEqual({
      done: true,
      outcome: 'opened',
      path: target,
    });

    const xml = (await unzip(await readFile(target))).get('word/document.xml')!.toString();
    const text = paragraphTexts(xml).join('\n');
    const postal = shippedCampaign.postal!;
    for (const fact of [
      postal.organisation,
      postal.address,
      postal.recipient,
      '上海市东滨区市场监督管理局',
      '王立新',
      '021-64220000转2479',
      '上海市东滨区滨江路188号',
    ])
      expect(text).toContain(fact);
    expect(text).toContain(`第${printed.number}次导出，校验码 ${printed.hash}`);
    expect(text).toContain('“云秤”守护菜篮子');
    expect(text).toContain('2022年1月20日');
    // A file of the same export as the Word file it travels with: one record, both files.
    const { exports } = await world.handlers['delivery:history']({ id: ID });
    expect(exports.map((r) => [r.number, r.files])).toEqual([
      [printed.number, [path.join(world.outDir, 'one.docx'), target]],
    ]);

    if (soffice) {
      await run(
        findSoffice()!,
        [
          `-env:UserInstallation=file://${world.outDir}/profile`,
          '--headless',
          '--convert-to',
          'pdf',
          '--outdir',
          world.outDir,
          target,
        ],
        { timeout: 120_000 },
      );
      const { stdout } = await run('pdfinfo', [path.join(world.outDir, 'cover.pdf')]);
      expect(stdout).toMatch(/Pages:\s+1\n/);
    }
  });

  it('names the export of the content as it is now, which the next Word file then carries', async () => {
    world.answer(path.join(world.outDir, 'one.docx'));
    await world.handlers['export:docx']({ id: ID });
    const draft = await world.handlers['drafts:load']({ id: ID });
    await world.handlers['drafts:save']({
      draft: { ...draft, values: { ...draft.values, title: '新题目' } },
    });
    world.answer(path.join(world.outDir, 'cover.docx'));
    const cover = await world.handlers['delivery:coverSheet']({ id: ID });
    expect(cover.number).toBe(2);
    const xml = (await unzip(await readFile(path.join(world.outDir, 'cover.docx')))).get(
      'word/document.xml',
    )!;
    expect(paragraphTexts(xml.toString()).join('')).toContain(
      `新题目》，签字盖章纸质版 1 份，第2次导出，校验码 ${cover.hash}`,
    );

    world.answer(path.join(world.outDir, 'two.docx'));
    expect(await world.handlers['export:docx']({ id: ID })).toMatchObject({ number: 2, hash: cover.hash });
  });
});

describe('PDF and page images', () => {
  it('reports the tools it found', async () => {
    expect(await world.handlers['delivery:tools']({})).toEqual({ pdf: soffice, pages });
    vi.stubEnv(SOFFICE_ENV, '');
    expect(await world.handlers['delivery:tools']({})).toEqual({ pdf: false, pages: false });
  });

  it('refuses a PDF without LibreOffice before asking where to save it', async () => {
    vi.stubEnv(SOFFICE_ENV, '');
    expect((await failure(world.handlers['delivery:pdf']({ id: ID }))).code).toBe('soffice-missing');
    expect((await failure(world.handlers['delivery:pages']({ id: ID }))).code).toBe('soffice-missing');
    expect(world.asked).toEqual([]);
  });

  it.skipIf(!soffice)(
    'writes a numbered PDF of the form, holding its text',
    { timeout: 180_000 },
    async () => {
      const target = path.join(world.outDir, 'form.pdf');
      world.answer(target);
      const result = await world.handlers['delivery:pdf']({ id: ID });
      expect(result).toMatchObject({ number: 1, files: [target] });
      const text = await pdfText(target);
      expect(text).toContain(squeeze('“云秤”守护菜篮子'));
      expect(text).toContain(squeeze(`第1次导出　校验码 ${result.hash}`));
    },
  );

  it.skipIf(!pages)('renders the pages LibreOffice prints as PNGs', { timeout: 180_000 }, async () => {
    const { pages: images } = await world.handlers['delivery:pages']({ id: ID });
    expect(images.length).toBeGreaterThanOrEqual(4);
    for (const png of images) expect(Buffer.from(png, 'base64').subarray(1, 4).toString()).toBe('PNG');
    // The preview is not an export.
    expect((await world.handlers['delivery:history']({ id: ID })).exports).toEqual([]);
  });
});
