import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { formOf } from '../../shared/forms';
import { rollupWorkDir } from '../../electron/services/rollup/handlers';
import { treeOf } from '../faults/lib/disk';
import { writeBulkCorpus, writePlantedCorpus, type GeneratedSubmission } from '../support/submissions';
import { expect, test } from './fixtures';

/**
 * 汇总 in the browser shell (issue #21): a folder of generated submissions with known faults
 * planted in them is rolled up through the 汇总 screen; the table, the exported .xlsx and the
 * originality findings show exactly what was planted, and nothing in the folder changes.
 */

const table = (page: Page) => page.getByRole('table');
const column = (name: string) =>
  ['单位', '表单', '题目', '联系人', '字数', '图片', '签字', '定稿', '编号', '校验', '问题'].indexOf(name);

/** The table's row of a submission, found by its file name as the row shows it. */
const rowOf = (page: Page, file: string): Locator =>
  table(page)
    .getByRole('row')
    .filter({ has: page.getByText(file, { exact: true }) });
const cell = (row: Locator, name: string) => row.getByRole('cell').nth(column(name));

async function openRollup(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: '主要导航' })
    .getByRole('button', { name: '汇总', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: '汇总报送材料' })).toBeVisible();
}

/** A folder for the test's inputs and exports, outside the data folder; removed afterwards. */
async function inFolder(run: (root: string) => Promise<void>): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'submission-desk-rollup-'));
  try {
    await run(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The cells of a sheet by its header row's names, one record per row below it. */
function sheetRecords(sheet: ExcelJS.Worksheet): Record<string, string>[] {
  const headers = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, index) => headers.set(index, cell.text));
  const records: Record<string, string>[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1)
      records.push(Object.fromEntries([...headers].map(([index, name]) => [name, row.getCell(index).text])));
  });
  return records;
}

test('rolls up a folder of 30 planted submissions: the table, the .xlsx and the findings show what was planted', async ({
  page,
  dataDir,
  queueDialog,
}) => {
  test.setTimeout(300_000);
  await inFolder(async (root) => {
    const corpus = await writePlantedCorpus(join(root, '报送材料'));
    const before = await treeOf(corpus.dir);
    const planted = (s: GeneratedSubmission, what: GeneratedSubmission['planted'][number]) =>
      s.planted.includes(what);

    await openRollup(page);
    queueDialog(corpus.dir);
    await page.getByRole('button', { name: '选择文件夹' }).click();
    await expect(table(page)).toBeVisible({ timeout: 120_000 });
    await expect(table(page).getByRole('row')).toHaveCount(1 + corpus.submissions.length);
    expect(await table(page).getByRole('columnheader').allInnerTexts()).toEqual([
      '单位',
      '表单',
      '题目',
      '联系人',
      '字数',
      '图片',
      '签字',
      '定稿',
      '编号',
      '校验',
      '问题',
    ]);

    // Each row shows what its file is and exactly the faults planted in it.
    for (const s of corpus.submissions) {
      const row = rowOf(page, s.file);
      await expect(row, s.file).toHaveCount(1);
      const text = (await row.innerText()).replace(/\s+/g, ' ');
      expect(text.includes('已损坏'), `${s.file}: 已损坏`).toBe(planted(s, 'damaged'));
      expect(text.includes('重复'), `${s.file}: 重复`).toBe(planted(s, 'duplicate'));
      expect(text.includes('雷同'), `${s.file}: 雷同`).toBe(planted(s, 'shares-passage'));
      expect(text.includes('超出'), `${s.file}: 超出`).toBe(planted(s, 'over-limit'));
      if (planted(s, 'damaged')) {
        await expect(cell(row, '题目')).toContainText('文件已损坏或不完整，无法打开。');
        continue;
      }
      await expect(cell(row, '单位')).toHaveText(s.unit);
      await expect(cell(row, '题目').getByRole('button')).toHaveText(s.title);
      const signs = formOf(s.form).fields.some((field) => field.type === 'signature');
      await expect(cell(row, '签字')).toHaveText(
        !signs ? '—' : planted(s, 'unsigned') ? '未签字' : /^已签字/,
      );
      if (planted(s, 'docx')) await expect(cell(row, '题目')).toContainText('Word 表格');
    }
    const summary = page.locator('.rollup-summary');
    await expect(summary).toContainText(`共 ${corpus.submissions.length - 1} 份材料`);
    await expect(summary).toContainText('1 份重复');
    await expect(summary).toContainText('1 份已损坏');
    await expect(summary).toContainText(`${corpus.passages.length} 处雷同片段`);

    // 只看有问题的: every row something was planted in, and no other.
    await page.getByRole('checkbox', { name: '只看有问题的' }).check();
    const faulty = corpus.submissions.filter((s) => s.planted.length > 0);
    await expect(table(page).getByRole('row')).toHaveCount(1 + faulty.length);
    for (const s of faulty) await expect(rowOf(page, s.file)).toHaveCount(1);
    await page.getByRole('checkbox', { name: '只看有问题的' }).uncheck();
    const unit = corpus.submissions.find((s) => planted(s, 'over-limit'))!.unit;
    await page.getByRole('searchbox', { name: '筛选' }).fill(unit);
    await expect(table(page).getByRole('row')).toHaveCount(
      1 + corpus.submissions.filter((s) => s.unit.includes(unit)).length,
    );
    await page.getByRole('searchbox', { name: '筛选' }).fill('');

    // A header sorts by its column, ascending then descending.
    const header = table(page).getByRole('columnheader', { name: '单位' });
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'ascending');
    const units = (await table(page).locator('tbody tr td:first-child').allInnerTexts()).map((u) =>
      u === '—' ? '' : u,
    );
    const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
    expect(units).toEqual([...units].sort(collator.compare));
    await header.getByRole('button').click();
    await expect(header).toHaveAttribute('aria-sort', 'descending');

    // The findings: each planted passage, marked inside both submissions' text.
    const findings = page.getByRole('region', { name: '雷同片段' }).getByRole('listitem');
    await expect(findings).toHaveCount(corpus.passages.length);
    for (const [index, plant] of corpus.passages.entries()) {
      const finding = findings.nth(index);
      const marks = finding.locator('mark');
      await expect(marks).toHaveCount(2);
      for (const mark of await marks.all()) await expect(mark).toHaveText(plant.text);
      for (const place of plant.places) {
        const s = corpus.submissions.find((candidate) => candidate.file === place.file)!;
        await expect(finding.getByRole('button', { name: new RegExp(`^${s.unit}《`) })).toBeVisible();
      }
    }

    // A row opens read-only: its values as its form's fields, its pages; Esc goes back to it.
    const over = corpus.submissions.find((s) => planted(s, 'over-limit'))!;
    await cell(rowOf(page, over.file), '题目').getByRole('button').click();
    await expect(page.getByRole('heading', { level: 2, name: over.title })).toBeFocused();
    await expect(page.getByText('只读查看：这里不能修改，材料原件也不会被改动。')).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: over.unit }).first()).toBeVisible();
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expect(page.locator('.docx-preview-host section, .preview-pages img').first()).toBeVisible({
      timeout: 60_000,
    });
    await page.keyboard.press('Escape');
    await expect(cell(rowOf(page, over.file), '题目').getByRole('button')).toBeFocused();

    // The exports, where the user chose; the .xlsx read back holds every row as the table did.
    const out = join(root, '导出');
    mkdirSync(out);
    queueDialog(join(out, '汇总表.xlsx'));
    await page.getByRole('button', { name: '导出汇总表', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: '已导出' })).toContainText(
      join(out, '汇总表.xlsx'),
    );
    queueDialog(join(out, '汇总表.docx'));
    await page.getByRole('button', { name: '导出汇总表（Word）' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已导出' })).toContainText(
      join(out, '汇总表.docx'),
    );
    expect(existsSync(join(out, '汇总表.docx'))).toBe(true);
    queueDialog(join(out, '问题清单.xlsx'));
    await page
      .getByRole('listitem')
      .filter({ has: page.getByText(over.unit, { exact: true }) })
      .getByRole('button', { name: '导出问题清单' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: '已导出' })).toContainText(
      join(out, '问题清单.xlsx'),
    );

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, '汇总表.xlsx'));
    const names = book.worksheets.map((sheet) => sheet.name);
    expect(names).toContain('问题清单');
    expect(names).toContain('雷同片段');
    const records = book.worksheets
      .filter((sheet) => !['问题清单', '雷同片段', '未能读取'].includes(sheet.name))
      .flatMap(sheetRecords);
    for (const s of corpus.submissions.filter((candidate) => !planted(candidate, 'damaged'))) {
      const record = records.find((r) => r['来源'] === s.file);
      expect(record, s.file).toBeDefined();
      expect(record!['题目']).toBe(s.title);
      expect(record!['超出字数'] !== '', `${s.file}: 超出字数`).toBe(planted(s, 'over-limit'));
      if (formOf(s.form).fields.some((field) => field.type === 'signature'))
        expect(record!['签字'], `${s.file}: 签字`).toBe(planted(s, 'unsigned') ? '否' : '是');
    }
    const copied = sheetRecords(book.getWorksheet('雷同片段')!);
    expect(copied).toHaveLength(corpus.passages.length);
    for (const plant of corpus.passages)
      expect(copied.some((r) => Object.values(r).includes(plant.text))).toBe(true);
    const issues = new ExcelJS.Workbook();
    await issues.xlsx.readFile(join(out, '问题清单.xlsx'));
    const lines = issues.worksheets.flatMap(sheetRecords);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line['单位'] === over.unit)).toBe(true);

    // Nothing collected was modified; what was unpacked stays in the data folder's temp area.
    expect(await treeOf(corpus.dir)).toEqual(before);
    expect(existsSync(rollupWorkDir(dataDir))).toBe(true);
  });
});

test('a long roll-up is cancelled with 取消: the screen says so, and nothing was written', async ({
  page,
  dataDir,
  queueDialog,
}) => {
  test.setTimeout(300_000);
  await inFolder(async (root) => {
    // A large folder: twelve packages, each sent twenty times over.
    const corpus = await writeBulkCorpus(join(root, '报送材料'), { count: 12, bodyChars: 2000 });
    for (const s of corpus.submissions)
      for (let copy = 1; copy < 20; copy++)
        copyFileSync(join(corpus.dir, s.file), join(corpus.dir, `副本${copy}-${s.file}`));
    const total = corpus.submissions.length * 20;
    const before = await treeOf(corpus.dir);

    await openRollup(page);
    queueDialog(corpus.dir);
    await page.getByRole('button', { name: '选择文件夹' }).click();
    const bar = page.getByRole('progressbar', { name: '正在汇总' });
    await expect(bar).toBeVisible({ timeout: 60_000 });
    await expect(bar).toHaveAttribute('aria-valuemax', String(total));
    await page.getByRole('button', { name: '取消' }).click();
    await expect(page.getByRole('status').filter({ hasText: '已取消汇总' })).toHaveText(
      '已取消汇总，没有写入任何文件。',
    );
    await expect(table(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: '导出汇总表', exact: true })).toHaveCount(0);
    expect(await treeOf(corpus.dir)).toEqual(before);
    expect(existsSync(rollupWorkDir(dataDir))).toBe(false);
  });
});
