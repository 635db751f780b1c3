import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function openStep(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '填写步骤' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

test('warns of a field mixing simplified and traditional characters, converts it in one click, and undoes it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const mixed = '社区计量服務站與傳統菜場';
  await page.getByRole('button', { name: '新建计量创新案例', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'wizard');
  await page.getByLabel('案例题目', { exact: true }).fill(mixed);
  await page.getByLabel('报送单位', { exact: true }).fill('上海市东滨区市场监督管理局');
  await openStep(page, '检查与导出');

  const panel = page.getByRole('region', { name: '导出打印版征集表' });
  const warning = panel.getByRole('listitem').filter({ hasText: '简体字与繁体字混用' });
  // OpenCC's tables load on the first check: allow for them.
  await expect(warning).toHaveCount(1, { timeout: 60_000 });
  await expect(warning).toContainText(
    '“案例题目”中简体字与繁体字混用：繁体字 務、與、傳、統、場；简体字 区、计',
  );

  await warning.getByRole('button', { name: '将“案例题目”转为简体' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '已将“案例题目”转为简体。' })).toBeVisible();
  await expect(warning).toHaveCount(0, { timeout: 30_000 });

  await panel.getByRole('button', { name: '撤销转换' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '已撤销' })).toBeVisible();
  await expect(warning).toHaveCount(1, { timeout: 30_000 });

  await openStep(page, '封面信息');
  await expect(page.getByLabel('案例题目', { exact: true })).toHaveValue(mixed);
  await openStep(page, '检查与导出');
  await warning.getByRole('button', { name: '将“案例题目”转为简体' }).click();
  await expect(warning).toHaveCount(0, { timeout: 30_000 });
  await openStep(page, '封面信息');
  await expect(page.getByLabel('案例题目', { exact: true })).toHaveValue('社区计量服务站与传统菜场');
});
