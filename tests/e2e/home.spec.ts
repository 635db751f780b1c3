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
