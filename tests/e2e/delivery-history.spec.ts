import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Draft } from '../../shared/draft';
import { expect, test } from './fixtures';

async function openStep(page: Page, name: string): Promise<void> {
  await page
    .getByRole('navigation', { name: '填写步骤' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

/** The test's one draft as the app last wrote it. */
function onlyDraft(dataDir: string): Draft {
  const root = join(dataDir, 'drafts');
  const [id] = readdirSync(root).filter((name) => existsSync(join(root, name, 'draft.json')));
  return JSON.parse(readFileSync(join(root, id!, 'draft.json'), 'utf8')) as Draft;
}

test('exports twice around an edit: numbered 2, a new hash, and the "changed" notice in between', async ({
  page,
  dataDir,
  queueDialog,
}) => {
  await page.getByRole('button', { name: '新建计量创新案例', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'wizard');
  await page.getByLabel('案例题目', { exact: true }).fill('社区计量服务站');
  await openStep(page, '检查与导出');

  const delivery = page.getByRole('region', { name: '预览与报送' });
  const history = page.getByRole('region', { name: '导出记录' }).getByRole('table');
  queueDialog(join(dataDir, 'first.docx'));
  await page.getByRole('button', { name: '导出 Word 文档' }).click();
  await expect(page.getByText(/已导出第 1 版/)).toBeVisible();
  await expect(delivery.getByText('当前内容与第 1 次导出的打印件一致。')).toBeVisible();
  await expect(history.getByRole('row')).toHaveCount(2);

  const [first] = onlyDraft(dataDir).exports;
  await expect(history.getByRole('cell', { name: first!.hash })).toBeVisible();

  await openStep(page, '封面信息');
  await page.getByLabel('案例题目', { exact: true }).fill('社区计量服务站建设');
  await openStep(page, '检查与导出');
  const changed = delivery.getByRole('status').filter({ hasText: '导出后有改动' });
  await expect(changed).toContainText('内容在第 1 次导出后有改动');
  await expect(changed).toContainText('改动的内容：案例题目');

  queueDialog(join(dataDir, 'second.docx'));
  await page.getByRole('button', { name: '导出 Word 文档' }).click();
  await expect(page.getByText(/已导出第 2 版/)).toBeVisible();
  await expect(changed).toHaveCount(0);
  await expect(delivery.getByText('当前内容与第 2 次导出的打印件一致。')).toBeVisible();
  await expect(history.getByRole('row')).toHaveCount(3);

  const records = onlyDraft(dataDir).exports;
  expect(records.map((r) => r.number)).toEqual([1, 2]);
  expect(records[1]!.hash).not.toBe(records[0]!.hash);
  await expect(page.getByText(new RegExp(`已导出第 2 版（校验码 ${records[1]!.hash}）`))).toBeVisible();
  await expect(history.getByRole('cell', { name: records[1]!.hash })).toBeVisible();
});
