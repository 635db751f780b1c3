import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { loadFixture } from '../unit/electron/services/export/docx-files';
import { wordForm } from '../support/word-form';
import { expect, test } from './fixtures';

/**
 * 从 Word 文档导入 in the browser shell: the file is chosen in the page's dialog or dropped on the
 * window, main reads it into a staged draft, and the report names what it found and, on a line of
 * its own, what it did not. Only 创建草稿 makes the draft; 取消 leaves nothing behind.
 */

const REPORT = 'Word 文档中读到的内容（计量创新案例）';

async function filledForm(dataDir: string): Promise<string> {
  const { draft } = await loadFixture('case-full');
  const file = join(dataDir, '征集表.docx');
  writeFileSync(
    file,
    await wordForm({ draft, omit: ['significance'], signDate: '2022年1月10日', opinionDate: '2022.1.12' }),
  );
  return file;
}

const draftCount = (page: Page) =>
  page.evaluate(async () => {
    const result = await window.desk.invoke('drafts:list', { trash: false });
    return result.ok ? result.value.drafts.length : -1;
  });

/** What is left in the drafts folder besides the drafts and their summary index: staging folders. */
const staged = (dataDir: string) =>
  readdirSync(join(dataDir, 'drafts')).filter((name) => name.startsWith('.staging-'));

/** Drops a file on the page as the browser does: a DataTransfer holding it, dragged over, then dropped. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  const transfer = await page.evaluateHandle(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      const content = Uint8Array.from(atob(data), (ch) => ch.charCodeAt(0));
      transfer.items.add(new File([content], name));
      return transfer;
    },
    { name, data: bytes.toString('base64') },
  );
  await page.dispatchEvent('main, body', 'dragover', { dataTransfer: transfer });
  await page.dispatchEvent('main, body', 'drop', { dataTransfer: transfer });
}

test('imports a form typed in Word from the home screen after the report is confirmed', async ({
  page,
  dataDir,
  queueDialog,
}, testInfo) => {
  queueDialog([await filledForm(dataDir)]);
  await page.getByRole('button', { name: '从 Word 文档导入' }).click();
  const report = page.getByRole('dialog', { name: REPORT });
  await expect(report).toBeVisible();
  await expect(report.getByText('未找到：四、社会意义', { exact: true })).toBeVisible();
  await expect(report.getByText(/^（一）案例简介：\d+\/300字$/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('import-report.png'), fullPage: true });
  expect(await draftCount(page)).toBe(0);
  expect(staged(dataDir)).toHaveLength(1);

  await report.getByRole('button', { name: '创建草稿' }).click();
  await expect(report.getByRole('status')).toHaveText('已创建新草稿。');
  expect(await draftCount(page)).toBe(1);
  expect(staged(dataDir)).toEqual([]);
  await report.getByRole('button', { name: '打开草稿' }).click();
  await expect(page.getByLabel('案例题目', { exact: true })).toHaveValue(
    '“云秤”守护菜篮子——农贸市场电子计价秤在线监测与社区计量服务站建设',
  );
});

test('a .docx dropped on the draft list is reported, and 取消 leaves no draft and nothing staged', async ({
  page,
  dataDir,
}) => {
  const file = await filledForm(dataDir);
  await page.getByRole('button', { name: '我的草稿' }).first().click();
  await dropFile(page, '征集表.docx', readFileSync(file));
  const report = page.getByRole('dialog', { name: REPORT });
  await expect(report.getByText('未找到：四、社会意义', { exact: true })).toBeVisible();
  expect(staged(dataDir)).toHaveLength(1);
  await report.getByRole('button', { name: '取消' }).click();
  await expect(report).toBeHidden();
  await expect.poll(() => staged(dataDir)).toEqual([]);
  expect(await draftCount(page)).toBe(0);
});

test('a file that is no Word document, dropped on the home screen, is refused with its message', async ({
  page,
}) => {
  await expect(page.getByRole('button', { name: '从 Word 文档导入' })).toBeVisible();
  await dropFile(page, '照片.png', Buffer.from('89504e470d0a1a0a0000', 'hex'));
  await expect(page.getByText('该文件不是 Word 文档（.docx），没有导入。')).toBeVisible();
  expect(await draftCount(page)).toBe(0);
});

test('refuses a chosen file that is not a Word document, saying so in the chosen language', async ({
  page,
  dataDir,
  queueDialog,
}) => {
  const file = join(dataDir, 'notes.docx');
  writeFileSync(file, 'just text');
  await page.getByRole('button', { name: '我的草稿' }).first().click();
  queueDialog([file]);
  await page.getByRole('button', { name: '从 Word 文档导入' }).click();
  await expect(page.getByText('该文件不是 Word 文档（.docx），没有导入。')).toBeVisible();
});
