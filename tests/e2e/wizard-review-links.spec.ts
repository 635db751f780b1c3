import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { openStep, startDraft } from './wizard-helpers';

test('a new case opens as work to do: nothing red, optional steps are 选填, not 已完成', async ({ page }) => {
  await startDraft(page, 'case');
  const rail = page.getByRole('navigation', { name: '填写步骤' });
  await expect(rail.getByRole('button', { name: /^图片与附件/ })).toContainText('选填');
  await expect(rail.getByRole('button', { name: /^证明材料/ })).toContainText('选填');
  await expect(rail.locator('.rail-error')).toHaveCount(0);
  await expect(page.locator('.issue-severity', { hasText: '待填写' })).toHaveCount(6);
  await expect(page.locator('.issue-severity', { hasText: '需修改' })).toHaveCount(0);

  await openStep(page, '简介');
  await page.getByLabel('案例简介', { exact: true }).fill('计'.repeat(301));
  await expect(rail.getByRole('button', { name: /^简介/ }).locator('.rail-error')).toBeVisible();
  await expect(page.getByText('案例简介：301 字，上限 300 字，超出 1 字')).toBeVisible();
});

test('the material body step speaks of one text, not of parts added up', async ({ page }) => {
  await startDraft(page, 'material');
  await openStep(page, '正文');
  await expect(page.getByText(/正文写在一栏中/)).toBeVisible();
  await expect(page.getByText(/上限针对各部分合计/)).toHaveCount(0);
});

test('the review’s checks lead to where each is fixed: 定稿, and the campaign deadline in Settings', async ({
  page,
  dataDir,
}) => {
  cpSync('tests/fixtures/drafts/case-full', join(dataDir, 'drafts', 'fixture-case-full'), {
    recursive: true,
  });
  await page.getByRole('button', { name: '我的草稿' }).click();
  await page.getByRole('button', { name: '打开', exact: true }).click();
  await openStep(page, '检查与导出');
  await page.getByRole('button', { name: '解除定稿' }).click();

  await page.getByRole('button', { name: '前往定稿' }).click();
  await expect(page.getByRole('button', { name: '定稿', exact: true })).toBeFocused();

  await expect(page.getByText('征集截止日期（2022年1月20日）已过')).toBeVisible();
  await page.getByRole('button', { name: '核对征集信息' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  const deadline = page.getByLabel('截止日期');
  await expect(deadline).toBeFocused();
  await expect(deadline).toHaveValue('2022年1月20日');
  await deadline.fill('2099-12-31');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByRole('status').getByText('已保存。')).toBeVisible();
  await expect(deadline).toHaveValue('2099年12月31日');

  await page.getByRole('button', { name: '← 返回草稿' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '检查与导出' })).toBeVisible();
  await expect(page.getByRole('button', { name: '核对征集信息' })).toHaveCount(0);
});

test('the draft list shows each limit beside its figure, and 已导出 beside 已定稿', async ({
  page,
  dataDir,
}) => {
  for (const name of ['case-full', 'case-unfinished'])
    cpSync(`tests/fixtures/drafts/${name}`, join(dataDir, 'drafts', `fixture-${name}`), { recursive: true });
  await page.getByRole('button', { name: '我的草稿' }).click();
  const full = page.locator('.draft-row', { hasText: '云秤' });
  await expect(full.getByText('正文 2886/3000字', { exact: true })).toBeVisible();
  await expect(full.getByText('已定稿', { exact: true })).toBeVisible();
  const unfinished = page.locator('.draft-row', { hasText: '未完成' });
  await expect(unfinished.getByText('简介 339/300字，超出 39 字')).toBeVisible();
});
