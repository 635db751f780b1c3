import { cpSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * Puts the full sample case into the app's data folder and opens its review step. Plain waits,
 * not `expect`, so the screenshot script can use it outside the test runner too.
 */
export async function openSampleReview(page: Page, dataDir: string): Promise<void> {
  cpSync('tests/fixtures/drafts/case-full', join(dataDir, 'drafts', 'fixture-case-full'), {
    recursive: true,
  });
  await page.getByRole('button', { name: '我的草稿' }).click();
  await page.getByRole('button', { name: '打开', exact: true }).click();
  await page.locator('html[data-ready="wizard"]').waitFor();
  await page
    .getByRole('navigation', { name: '填写步骤' })
    .getByRole('button', { name: /^检查与导出/ })
    .click();
  await page.getByRole('heading', { level: 3, name: '预览与报送' }).waitFor();
}
