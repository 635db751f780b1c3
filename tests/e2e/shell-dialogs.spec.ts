import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { findSoffice } from '../../electron/services/delivery/tools';
import { freePort, startCli, stopCli } from '../support/shell-cli';

/** The in-page dialog main opened, found as a user (or a screen reader) finds it. */
const dialog = (page: Page) => page.getByRole('dialog');
const fileName = (page: Page) => dialog(page).getByLabel('文件名', { exact: true });

test('npm run browser with standard input closed: attach, export .docx, PDF and the package through the in-page dialogs', async () => {
  test.setTimeout(180_000);
  const root = mkdtempSync(join(tmpdir(), 'submission-desk-dialogs-'));
  const home = join(root, 'home');
  const dataDir = join(root, 'data');
  const out = join(home, '文档', '报送材料');
  for (const dir of [join(home, 'Desktop'), out, join(home, '照片')]) mkdirSync(dir, { recursive: true });
  await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 40, g: 110, b: 170 } } })
    .jpeg()
    .toFile(join(home, '照片', '服务站现场.jpg'));
  const port = await freePort();
  const cli = startCli(dataDir, port, { HOME: home, XDG_CONFIG_HOME: join(home, '.config') });
  try {
    await cli.ready;
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const page = browser.contexts()[0]!.pages()[0]!;

    await page.getByRole('button', { name: '新建计量创新案例', exact: true }).click();
    await page.getByLabel('案例题目', { exact: true }).fill('计量服务站进社区');
    await page.getByLabel('报送单位', { exact: true }).fill('某区市场监督管理局');
    await page
      .getByRole('navigation', { name: '填写步骤' })
      .getByRole('button', { name: /^\d*\s*图片与附件/ })
      .click();

    // Attach: start from 主文件夹, into 照片 by the keyboard, Enter on the photo confirms.
    await page.getByRole('button', { name: '添加图片（JPG、PNG）' }).click();
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page).getByRole('heading', { name: '选择要添加的文件' })).toBeVisible();
    const places = dialog(page).getByRole('navigation', { name: '位置' });
    for (const place of ['桌面', '文档', '主文件夹', '数据文件夹'])
      await expect(places.getByRole('button', { name: place, exact: true })).toBeVisible();
    await places.getByRole('button', { name: '主文件夹', exact: true }).click();
    const entries = dialog(page).getByRole('listbox', { name: '文件夹内容' });
    await entries.getByRole('option', { name: /照片/ }).click();
    await entries.press('Enter');
    await expect(dialog(page).getByLabel('当前文件夹')).toHaveText(join(home, '照片'));
    await entries.getByRole('option', { name: /服务站现场\.jpg/ }).click();
    await expect(fileName(page)).toHaveValue('服务站现场.jpg');
    await entries.press('Enter');
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByText('已添加 1 / 2 张')).toBeVisible();

    await page.keyboard.press('Alt+ArrowRight');
    await expect(page.getByRole('heading', { level: 2, name: /证明材料|声明与签字/ })).toBeVisible();
    await page
      .getByRole('navigation', { name: '填写步骤' })
      .getByRole('button', { name: /^\d*\s*检查与导出/ })
      .click();

    // .docx: a whole path typed in 文件名; a folder that does not exist is named, in the dialog.
    await page.getByRole('button', { name: '导出 Word 文档' }).click();
    await expect(fileName(page)).toHaveValue(/\.docx$/);
    await fileName(page).fill(join(home, '没有这个文件夹', '案例.docx'));
    await fileName(page).press('Enter');
    await expect(dialog(page).getByRole('alert')).toContainText(
      `文件夹“${join(home, '没有这个文件夹')}”不存在`,
    );
    await fileName(page).fill(join(out, '案例.docx'));
    await fileName(page).press('Enter');
    await expect(dialog(page)).toBeHidden();
    await expect(page.getByText(/已导出第 1 版/)).toBeVisible();
    expect(existsSync(join(out, '案例.docx'))).toBe(true);
    await page.locator('.export-result').getByRole('button', { name: '打开文件' }).click();
    await expect(page.locator('.export-result').getByRole('status').last()).toContainText(
      `浏览器外壳无法把文件交给桌面应用打开，请到这里找到它：${join(out, '案例.docx')}`,
    );

    const delivery = page.getByRole('region', { name: '预览与报送' });
    if (findSoffice()) {
      // PDF: the dialog starts where the last one saved; the suggested name is kept.
      await delivery.getByRole('button', { name: '导出 PDF' }).click();
      await expect(dialog(page).getByLabel('当前文件夹')).toHaveText(out);
      const suggested = await fileName(page).inputValue();
      expect(suggested).toMatch(/\.pdf$/);
      await dialog(page).getByRole('button', { name: '保存' }).click();
      await expect(delivery.getByText(/已导出第 2 版|PDF/).first()).toBeVisible({ timeout: 60_000 });
      await expect.poll(() => existsSync(join(out, suggested)), { timeout: 60_000 }).toBe(true);
    } else console.log('PDF step not run: LibreOffice (soffice) is not installed');

    // The package: a plain name saves into the folder shown.
    await delivery.getByRole('button', { name: '生成报送包（zip）' }).click();
    await fileName(page).fill('报送包');
    await fileName(page).press('Enter');
    await expect(delivery.locator('.package-result')).toContainText('报送包已生成', { timeout: 60_000 });
    expect(existsSync(join(out, '报送包.zip'))).toBe(true);
    await browser.close();
  } finally {
    await stopCli(cli.child, dataDir).catch(() => undefined);
    rmSync(root, { recursive: true, force: true });
  }
});
