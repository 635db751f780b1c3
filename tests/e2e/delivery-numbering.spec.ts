import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { findSoffice } from '../../electron/services/delivery/tools';
import { paragraphTexts, unzip } from '../unit/electron/services/export/docx-files';
import { readZip } from '../unit/electron/services/delivery/zip';
import { openSampleReview } from './delivery-helpers';
import { expect, test } from './fixtures';
import { openStep } from './wizard-helpers';

const hasSoffice = findSoffice() !== null;

/** Every `第N次导出 … 校验码 H` a text names, whitespace squeezed out as pdftotext spreads it. */
function numbersIn(text: string): string[] {
  const squeezed = text.replace(/\s+/gu, '');
  return [...squeezed.matchAll(/第(\d+)次导出[，,]?校验码([0-9a-f]{8})/g)].map((m) => `${m[1]} ${m[2]}`);
}

/** The printed footer of a .docx: its small print, as Word and LibreOffice lay it out. */
async function docxFooter(bytes: Buffer): Promise<string> {
  const files = await unzip(bytes);
  return [...files.entries()]
    .filter(([name]) => /^word\/footer\d*\.xml$/.test(name))
    .flatMap(([, xml]) => paragraphTexts(xml.toString()))
    .join('\n');
}

async function docxText(bytes: Buffer): Promise<string> {
  return paragraphTexts((await unzip(bytes)).get('word/document.xml')!.toString()).join('\n');
}

async function exportFrom(page: Page, button: string, done: RegExp | string): Promise<void> {
  await page.getByRole('button', { name: button, exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: done }).first()).toBeVisible({ timeout: 90_000 });
}

test('one content, one number: the Word file, the PDF, the package, 报送说明 and the cover sheet; an edit then an export gives the next', async ({
  page,
  dataDir,
  queueDialog,
}) => {
  test.skip(!hasSoffice, 'LibreOffice (soffice) is not installed, so no PDF can be made to read its footer');
  test.setTimeout(240_000);
  await openSampleReview(page, dataDir);
  const file = (name: string) => join(dataDir, name);

  queueDialog(file('form.docx'));
  await exportFrom(page, '导出 Word 文档', /已导出第 \d+ 版/);
  queueDialog(file('form.pdf'));
  await exportFrom(page, '导出 PDF', '已导出 PDF');
  queueDialog(file('package.zip'));
  await exportFrom(page, '生成报送包（zip）', '报送包已生成');
  queueDialog(file('cover.docx'));
  await exportFrom(page, '生成寄送封面', '寄送封面已保存');
  queueDialog(file('form-again.docx'));
  await exportFrom(page, '导出 Word 文档', /已导出第 1 版/);

  const entries = await readZip(file('package.zip'));
  const packed = entries.find((e) => e.name.endsWith('.docx'))!;
  const note = entries.find((e) => e.name === '报送说明.txt')!.bytes.toString('utf8');
  const found = {
    docx: numbersIn(await docxFooter(readFileSync(file('form.docx')))),
    pdf: numbersIn(execFileSync('pdftotext', ['-raw', file('form.pdf'), '-'], { encoding: 'utf8' })),
    packageDocx: numbersIn(await docxFooter(packed.bytes)),
    instructions: numbersIn(note),
    coverSheet: numbersIn(await docxText(readFileSync(file('cover.docx')))),
  };
  expect(numbersIn(await docxFooter(readFileSync(file('form-again.docx'))))).toEqual(found.docx);
  const [first] = found.docx;
  expect(first).toMatch(/^1 [0-9a-f]{8}$/);
  // Every page of the PDF prints the footer; each names the same number.
  expect(found.pdf.length).toBeGreaterThanOrEqual(2);
  for (const [where, numbers] of Object.entries(found))
    expect({ where, numbers: [...new Set(numbers)] }).toEqual({ where, numbers: [first] });
  expect(note).toContain('（见打印件页脚）');

  // One numbered version in the history, listing the files made from it.
  const history = page.getByRole('region', { name: '导出记录' }).getByRole('table');
  await expect(history.getByRole('row')).toHaveCount(2);
  const row = history.getByRole('row').nth(1);
  for (const name of ['form.docx', 'form.pdf', 'package.zip', 'cover.docx', 'form-again.docx'])
    await expect(row.getByText(name, { exact: true })).toBeVisible();

  // The sample is 定稿: unlocking changes no content, so it is still export 1's content.
  await page.getByRole('button', { name: '解除定稿' }).click();
  await openStep(page, '封面信息');
  const title = page.getByLabel('案例题目', { exact: true });
  await title.fill(`${await title.inputValue()}（修订）`);
  await openStep(page, '检查与导出');
  queueDialog(file('form-2.docx'));
  await exportFrom(page, '导出 Word 文档', /已导出第 2 版/);
  const [second] = numbersIn(await docxFooter(readFileSync(file('form-2.docx'))));
  expect(second).toMatch(/^2 [0-9a-f]{8}$/);
  expect(second!.split(' ')[1]).not.toBe(first!.split(' ')[1]);
  await expect(history.getByRole('row')).toHaveCount(3);
});
