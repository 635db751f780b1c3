import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePlantedCorpus } from '../support/submissions';
import { expect, test } from '../e2e/fixtures';

/** The 汇总 screen over the 30 planted submissions, in both languages, for the README. */
test('screenshots of the 汇总 screen in both languages', async ({ page, queueDialog }) => {
  test.setTimeout(300_000);
  mkdirSync('docs/screenshots', { recursive: true });
  const root = mkdtempSync(join(tmpdir(), 'submission-desk-rollup-shots-'));
  try {
    const corpus = await writePlantedCorpus(join(root, '报送材料'));
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page
      .getByRole('navigation', { name: '主要导航' })
      .getByRole('button', { name: '汇总', exact: true })
      .click();
    queueDialog(corpus.dir);
    await page.getByRole('button', { name: '选择文件夹' }).click();
    await expect(page.getByRole('table')).toBeVisible({ timeout: 120_000 });
    await page.screenshot({ path: 'docs/screenshots/rollup-zh-Hans.png' });
    await page.getByRole('heading', { name: '雷同片段', exact: true }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'docs/screenshots/rollup-passages-zh-Hans.png' });

    await page.getByRole('button', { name: '返回首页' }).click();
    await page.getByLabel('语言').selectOption({ label: '繁體中文' });
    await page
      .getByRole('navigation', { name: '主要導覽' })
      .getByRole('button', { name: '彙總', exact: true })
      .click();
    await expect(page.getByRole('table')).toBeVisible();
    await page.screenshot({ path: 'docs/screenshots/rollup-zh-Hant.png' });
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
