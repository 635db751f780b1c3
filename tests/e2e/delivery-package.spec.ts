import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { findPdftoppm, findSoffice, SOFFICE_ENV } from '../../electron/services/delivery/tools';
import { openSampleReview } from './delivery-helpers';
import { expect, test } from './fixtures';

const hasSoffice = findSoffice() !== null;

test('builds the submission package and the cover sheet from the review step', async ({
  page,
  dataDir,
  queueDialog,
  revealed,
}) => {
  test.setTimeout(120_000);
  await openSampleReview(page, dataDir);
  const delivery = page.getByRole('region', { name: '预览与报送' });

  const zip = join(dataDir, '报送包.zip');
  queueDialog(zip);
  await delivery.getByRole('button', { name: '生成报送包（zip）' }).click();
  const result = delivery.locator('.package-result');
  await expect(result).toContainText('报送包已生成（第 1 次导出', { timeout: 60_000 });
  await expect(result).toContainText(zip);
  for (const name of ['报送说明.txt', '图片/“云秤”平台监控大屏.jpg', '图片/社区计量服务站.jpg'])
    await expect(result.getByText(name, { exact: true })).toBeVisible();
  if (hasSoffice) await expect(result.getByText(/计量创新案例\.pdf$/)).toBeVisible();
  else await expect(result).toContainText('报送包中没有 PDF 版本');
  expect(existsSync(zip)).toBe(true);
  await expect(page.getByRole('region', { name: '导出记录' }).getByRole('row')).toHaveCount(2);

  const cover = join(dataDir, 'cover.docx');
  queueDialog(cover);
  await delivery.getByRole('button', { name: '生成寄送封面' }).click();
  await expect(delivery.getByText(cover)).toBeVisible();
  expect(existsSync(cover)).toBe(true);
  // The shell has no desktop to hand the folder to: it says so, and where the file is.
  const coverResult = delivery.locator('.delivery-result').filter({ hasText: '寄送封面' });
  await coverResult.getByRole('button', { name: '在文件夹中显示' }).click();
  await expect(coverResult.getByRole('status').last()).toHaveText(
    `浏览器外壳无法打开文件夹窗口，文件所在的文件夹是：${dataDir}`,
  );
  expect(revealed().at(-1)).toEqual({ path: cover, what: 'folder' });
});

test('previews the very .docx, then the pages LibreOffice prints', async ({ page, dataDir }) => {
  test.setTimeout(120_000);
  await openSampleReview(page, dataDir);
  await page.getByRole('button', { name: '预览打印效果' }).click();
  const preview = page.getByRole('region', { name: '预览打印效果' });
  if (hasSoffice && findPdftoppm()) {
    await expect(preview.getByRole('img', { name: '第 1 页' })).toBeVisible({ timeout: 60_000 });
    await expect(preview).toContainText('LibreOffice 排出的实际页面');
  } else {
    await expect(preview).toContainText('文档的近似预览');
    await expect(preview.locator('.docx-wrapper')).toContainText('计量创新案例和计量文化科普素材征集表');
  }
});

test('without LibreOffice: the docx-preview rendering, and how to save a PDF from Word or WPS', async ({
  page,
  dataDir,
}) => {
  process.env[SOFFICE_ENV] = '';
  try {
    await openSampleReview(page, dataDir);
    const delivery = page.getByRole('region', { name: '预览与报送' });
    await expect(delivery.getByRole('button', { name: '导出 PDF' })).toBeDisabled();
    await expect(delivery).toContainText('用 Word 打开，选择“文件 → 另存为”');
    await delivery.getByRole('button', { name: '预览打印效果' }).click();
    const preview = page.getByRole('region', { name: '预览打印效果' });
    await expect(preview).toContainText('文档的近似预览');
    await expect(preview.locator('.docx-wrapper')).toContainText('计量创新案例和计量文化科普素材征集表');
    await expect(preview.locator('.docx-wrapper')).toContainText('上海市东滨区市场监督管理局');
    await preview.screenshot({ path: test.info().outputPath('docx-preview.png') });
  } finally {
    Reflect.deleteProperty(process.env, SOFFICE_ENV);
  }
});
