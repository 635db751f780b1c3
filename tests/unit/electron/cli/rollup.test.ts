import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzip, paragraphTexts } from '../services/export/docx-files';
import { cli } from '../../../support/cli';

let dir: string;
let inbox: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-cli-rollup-'));
  inbox = join(dir, '收件箱');
  await cp('tests/fixtures/drafts/case-full', join(inbox, '东滨区'), { recursive: true });
  await cp('tests/fixtures/drafts/case-unfinished', join(inbox, '东滨区-初稿'), { recursive: true });
  await writeFile(join(inbox, '坏的报送包.zip'), 'PK, but not a zip at all');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('cli rollup', () => {
  it('writes the sheet and the .docx even with an unreadable input, names it on stderr and exits 1', async () => {
    const before = await readdir(inbox, { recursive: true });
    const out = join(dir, '汇总.xlsx');
    const docx = join(dir, '汇总.docx');
    const result = await cli(['rollup', inbox, '--out', out, '--docx', docx]);
    expect(result.code).toBe(1);
    expect(result.stdout.trim().split('\n')).toEqual([out, docx]);
    expect(result.stderr).toMatch(/^错误：无法读取（package-invalid）：坏的报送包\.zip（.+）$/m);
    expect(result.stderr).toContain('已汇总 2 份，重复 0 份，无法读取 1 份');
    expect(await readdir(inbox, { recursive: true })).toEqual(before);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.worksheets.map((s) => s.name)).toEqual(['计量创新案例', '未能读取', '问题清单', '雷同片段']);
    expect(book.getWorksheet('计量创新案例')!.rowCount).toBe(3);
    const parts = await unzip(await readFile(docx));
    expect(paragraphTexts(parts.get('word/document.xml')!.toString())).toContain(
      '（共 2 份；另无法读取 1 份）',
    );
  });

  it('writes one unit’s 问题清单 on its own', async () => {
    const out = join(dir, 'all.xlsx');
    const issues = join(dir, '东滨区-问题清单.xlsx');
    const result = await cli([
      'rollup',
      join(inbox, '东滨区'),
      join(inbox, '东滨区-初稿'),
      '--out',
      out,
      '--issues-of',
      '上海市东滨区市场监督管理局',
      '--issues-out',
      issues,
    ]);
    expect(result.stderr).not.toContain('错误');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual([out, issues]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(issues);
    expect(book.worksheets.map((s) => s.name)).toEqual(['问题清单']);
    expect(book.worksheets[0]!.rowCount).toBeGreaterThan(1);
  });

  it('says how to call it when the output is missing (exit 2)', async () => {
    const result = await cli(['rollup', inbox]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('rollup <dir|files…> --out <file.xlsx>');
  });
});
