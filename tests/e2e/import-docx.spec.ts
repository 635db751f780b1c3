import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFixture } from '../unit/electron/services/export/docx-files';
import { wordForm } from '../support/word-form';
import { expect, test } from './fixtures';

/**
 * 从 Word 文档导入 in the browser shell: the file is chosen in the page's dialog, main makes a new
 * draft, and the report names what it found and, on a line of its own, what it did not.
 */
test('imports a form typed in Word from the home screen and shows the report', async ({
  page,
  dataDir,
  queueDialog,
}, testInfo) => {
  const { draft } = await loadFixture('case-full');
  const file = join(dataDir, '征集表.docx');
  writeFileSync(
    file,
    await wordForm({ draft, omit: ['significance'], signDate: '2022年1月10日', opinionDate: '2022.1.12' }),
  );
  queueDialog([file]);
  await page.getByRole('button', { name: '从 Word 文档导入' }).click();
  const report = page.getByRole('dialog', { name: '已从 Word 文档导入为新草稿（计量创新案例）' });
  await expect(report).toBeVisible();
  await expect(report.getByText('未找到：四、社会意义', { exact: true })).toBeVisible();
  await expect(report.getByText(/^（一）案例简介：\d+\/300字$/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('import-report.png'), fullPage: true });
  await report.getByRole('button', { name: '打开草稿' }).click();
  await expect(page.getByLabel('案例题目', { exact: true })).toHaveValue(
    '“云秤”守护菜篮子——农贸市场电子计价秤在线监测与社区计量服务站建设',
  );
});

test('refuses a file that is not a Word document, saying so in the chosen language', async ({
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
