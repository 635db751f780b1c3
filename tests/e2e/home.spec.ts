import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

test('the home screen shows the campaign and the two ways in', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: '征集表填报助手' })).toBeVisible();
  await expect(page.getByText('沪市监计量〔2021〕610号')).toBeVisible();
  await expect(page.getByText('践行创新改革　赋能高质量发展')).toBeVisible();
  await expect(page.getByText('shsjlxh1993@163.com')).toBeVisible();
  await expect(page.getByText('上海市徐汇区桂箐路69号6楼综合项目部')).toBeVisible();
  await expect(page.getByRole('button', { name: '新建计量创新案例', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '新建计量文化科普素材', exact: true })).toBeVisible();
});

test('choosing 繁體中文 turns the screen traditional and survives a restart', async ({ page, restart }) => {
  await page.getByLabel('语言').selectOption({ label: '繁體中文' });
  await expect(page.getByRole('heading', { level: 1, name: '徵集表填報助手' })).toBeVisible();
  await expect(page.getByText('滬市監計量〔2021〕610號')).toBeVisible();
  await expect(page.getByRole('button', { name: '新增計量創新案例', exact: true })).toBeVisible();

  const again = await restart();
  await expect(again.getByRole('heading', { level: 1, name: '徵集表填報助手' })).toBeVisible();
  await expect(again.getByLabel('語言')).toHaveValue('zh-Hant');
  await expect(again.locator('html')).toHaveAttribute('lang', 'zh-Hant');
});

test('several campaigns: each offers its forms, a past one marked 已截止, drafts grouped by campaign', async ({
  dataDir,
  restart,
}) => {
  const campaigns = join(dataDir, 'campaigns');
  mkdirSync(campaigns, { recursive: true });
  // Next year's call, as the organiser sends it (open until 2099), and a draft of a call no longer held.
  cpSync('tests/fixtures/campaigns/shsjl-2022-700.json', join(campaigns, 'shsjl-2022-700.json'));
  const orphan = join(dataDir, 'drafts', 'fixture-case-full');
  cpSync('tests/fixtures/drafts/case-full', orphan, { recursive: true });
  const file = join(orphan, 'draft.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"shsjl-2021-610"', '"shsjl-2019-100"'));
  const page = await restart();

  const next = page.getByRole('region', { name: '本次征集' }).filter({ hasText: '沪市监计量〔2022〕700号' });
  const old = page.getByRole('region', { name: '本次征集' }).filter({ hasText: '沪市监计量〔2021〕610号' });
  await expect(next.getByText(/^还有 \d+ 天$/)).toBeVisible();
  await expect(old.getByText(/^已截止 \d+ 天$/)).toBeVisible();
  // The newest call comes first; the one past its deadline still offers its forms.
  await expect(page.locator('.campaign-block').first()).toContainText('沪市监计量〔2022〕700号');
  for (const block of [next, old]) {
    await expect(block.getByRole('button', { name: '新建计量创新案例', exact: true })).toBeEnabled();
    await expect(block.getByRole('button', { name: '新建计量文化科普素材', exact: true })).toBeEnabled();
  }

  await old.getByRole('button', { name: '新建计量文化科普素材', exact: true }).click();
  await page.locator('.wizard-header .back').click();
  const groups = page.locator('.draft-group');
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0).locator('.draft-group-heading')).toContainText('沪市监计量〔2021〕610号');
  await expect(groups.nth(0).locator('.draft-row')).toHaveCount(1);
  await expect(groups.nth(1).locator('.draft-group-heading')).toContainText('shsjl-2019-100');
  await expect(groups.nth(1).locator('.draft-row', { hasText: '云秤' })).toBeVisible();
});
