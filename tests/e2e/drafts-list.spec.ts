import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DeskApi } from '../../electron/preload';
import { expect, test } from './fixtures';

/** Creates a draft through the app's own services and names it, as a user would in the wizard. */
async function draftTitled(page: import('@playwright/test').Page, kind: 'case' | 'material', title: string) {
  return page.evaluate(
    async ({ kind, title }) => {
      // Runs in the page, where the shell's bridge provides the same API as the preload.
      const desk = (globalThis as unknown as { desk: DeskApi }).desk;
      const created = await desk.invoke('drafts:create', { kind });
      if (!created.ok) throw new Error(created.code);
      await desk.invoke('drafts:rename', { id: created.value.id, title });
      return created.value.id;
    },
    { kind, title },
  );
}

test('the list: a corrupt draft is set aside with a message, the rest are renamed, trashed, restored and moved by package', async ({
  page,
  dataDir,
  queueDialog,
  restart,
}, testInfo) => {
  await draftTitled(page, 'case', '智慧计量平台');
  await draftTitled(page, 'material', '一把尺子的故事');
  const broken = await draftTitled(page, 'case', '会损坏的草稿');
  writeFileSync(join(dataDir, 'drafts', broken, 'draft.json'), '{"formatVersion": 1, "id": "trunc');

  page = await restart();
  await page.getByRole('button', { name: '我的草稿' }).click();
  const alert = page.getByRole('alert', { name: '有草稿无法读取，已单独保存' });
  await expect(alert).toContainText('有草稿无法读取，已单独保存');
  await expect(alert).toContainText(`草稿 ${broken}：草稿文件已损坏`);
  await expect(alert).toContainText('quarantine');
  const rows = page.locator('.draft-row');
  await expect(rows).toHaveCount(2);

  await page.getByRole('combobox', { name: '类型' }).selectOption({ label: '计量文化科普素材' });
  await expect(rows).toHaveCount(1);
  await page.getByRole('combobox', { name: '类型' }).selectOption({ label: '全部' });
  await page.getByRole('searchbox', { name: '搜索题目或报送单位' }).fill('智慧');
  await expect(rows).toHaveCount(1);
  await page.getByRole('searchbox', { name: '搜索题目或报送单位' }).fill('');

  const kase = page.getByRole('group', { name: '智慧计量平台 的操作' });
  await kase.getByRole('button', { name: '改题目' }).click();
  await page.getByLabel('新题目').fill('智慧计量平台建设');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('button', { name: '智慧计量平台建设', exact: true })).toBeVisible();

  mkdirSync(testInfo.outputDir, { recursive: true });
  const zip = join(testInfo.outputDir, 'moved.zip');
  queueDialog(zip);
  await page
    .getByRole('group', { name: '智慧计量平台建设 的操作' })
    .getByRole('button', { name: '导出草稿包' })
    .click();
  await expect(page.getByRole('status').filter({ hasText: '草稿包已保存到' })).toContainText('moved.zip');

  await page
    .getByRole('group', { name: '智慧计量平台建设 的操作' })
    .getByRole('button', { name: '移到回收站' })
    .click();
  await expect(page.getByText('“智慧计量平台建设”已移到回收站，可随时恢复。')).toBeVisible();
  await expect(rows).toHaveCount(1);
  await page.getByRole('button', { name: '回收站', exact: true }).click();
  await expect(page.getByRole('heading', { name: '回收站' })).toBeVisible();
  await page.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByText('“智慧计量平台建设”已恢复。')).toBeVisible();
  await page.getByRole('button', { name: '返回草稿列表' }).click();
  await expect(rows).toHaveCount(2);

  queueDialog([zip]);
  await page.getByRole('button', { name: '导入草稿包' }).click();
  await expect(page.getByText('已有相同的草稿，导入的内容另存为一份新草稿，原草稿没有改动。')).toBeVisible();
  await expect(page.getByRole('button', { name: '智慧计量平台建设', exact: true })).toHaveCount(2);
  await page.screenshot({ path: testInfo.outputPath('list-actions.png'), fullPage: true });
});
