import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSoffice, SOFFICE_ENV } from '../../../../electron/services/delivery/tools';
import { loadFixture, printedLines } from '../services/export/docx-files';
import { readZip } from '../services/delivery/zip';
import { cli } from '../../../support/cli';

const pdftotext = promisify(execFile);
const hasSoffice = findSoffice() !== null;
if (!hasSoffice)
  console.warn('Skipping `export --pdf` text checks: soffice is not installed (apt libreoffice-writer).');

const squeeze = (text: string) => text.replace(/\s+/gu, '');
let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'cli-delivery-'));
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe('export --pdf and --package', () => {
  it.skipIf(!hasSoffice).each(['case-full', 'material-full'])(
    'the %s PDF beside --out holds the text of every field',
    { timeout: 240_000 },
    async (name) => {
      const draftFile = `tests/fixtures/drafts/${name}/draft.json`;
      const before = await readFile(draftFile, 'utf8');
      const docx = join(out, `${name}.docx`);
      const result = await cli(['export', draftFile, '--out', docx, '--pdf']);
      expect(result.code).toBe(0);
      const pdf = join(out, `${name}.pdf`);
      expect(result.stdout.trim().split('\n')).toEqual([docx, pdf]);
      const { stdout } = await pdftotext('pdftotext', ['-raw', pdf, '-']);
      // Page numbers and the footer's small print fall between the lines of a paragraph that turns a page.
      const text = squeeze(
        stdout
          .split('\n')
          .filter((line) => !/^\s*— \d+ —\s*$/.test(line) && !/第\s*\d+\s*次导出/.test(line))
          .join('\n'),
      );
      const { draft } = await loadFixture(name);
      for (const line of printedLines(draft)) expect(text).toContain(squeeze(line));
      expect(await readFile(draftFile, 'utf8')).toBe(before);
    },
  );

  it('exits 3 with a clear message when soffice is missing, the .docx still written', async () => {
    const docx = join(out, 'no-soffice.docx');
    const result = await cli(
      ['export', 'tests/fixtures/drafts/case-full/draft.json', '--out', docx, '--pdf'],
      {
        [SOFFICE_ENV]: '',
      },
    );
    expect(result.code).toBe(3);
    expect(result.stderr).toContain('错误：未找到 LibreOffice（soffice），没有生成 PDF');
    expect(result.stderr).toMatch(/（soffice-missing）$/m);
    expect(result.stdout.trim()).toBe(docx);
    expect((await readFile(docx)).subarray(0, 2).toString()).toBe('PK');
    expect(await readdir(out)).not.toContain('no-soffice.pdf');
  });

  it('writes the package: the form, the original images and 报送说明', async () => {
    const zip = join(out, 'package.zip');
    const result = await cli(
      [
        'export',
        'tests/fixtures/drafts/case-full/draft.json',
        '--out',
        join(out, 'p.docx'),
        '--package',
        zip,
      ],
      { [SOFFICE_ENV]: '' },
    );
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([join(out, 'p.docx'), zip]);
    const entries = await readZip(zip);
    expect(entries.map((e) => e.name)).toEqual([
      '报送说明.txt',
      expect.stringMatching(/-计量创新案例\.docx$/),
      '图片/“云秤”平台监控大屏.jpg',
      '图片/社区计量服务站.jpg',
      'manifest.json',
    ]);
    expect(entries.every((e) => e.utf8Flag)).toBe(true);
    const { draft } = await loadFixture('case-full');
    expect(entries.slice(2, 4).map((e) => e.sha256)).toEqual(draft.attachments.map((a) => a.sha256));
  });

  it('exits 1 naming a missing attachment, leaving no package', async () => {
    const copy = join(out, 'moved');
    await cp('tests/fixtures/drafts/case-full', copy, { recursive: true });
    await unlink(join(copy, 'attachments/service-station.jpg'));
    const zip = join(out, 'moved.zip');
    const result = await cli(
      ['export', join(copy, 'draft.json'), '--out', join(out, 'm.docx'), '--package', zip],
      {
        [SOFFICE_ENV]: '',
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('社区计量服务站.jpg');
    expect(await readdir(out)).not.toContain('moved.zip');
  });
});
