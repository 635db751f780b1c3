import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';

const NEXT = 'tests/fixtures/campaigns/shsjl-2022-700.json';

test('an organiser’s campaign file: refused naming the field in the UI language, then imported beside the built-in call', async ({
  page,
  dataDir,
  queueDialog,
}) => {
  const next = JSON.parse(readFileSync(NEXT, 'utf8')) as Record<string, unknown>;
  const bad = join(dataDir, 'organiser-bad.json');
  writeFileSync(bad, JSON.stringify({ ...next, forms: ['case', 'x'] }));
  const good = join(dataDir, 'organiser.json');
  writeFileSync(good, JSON.stringify(next));

  const blocks = page.locator('.campaign-block');
  await expect(blocks.first()).toBeVisible();
  const builtIn = await blocks.count();

  await page.getByRole('button', { name: '设置' }).click();
  queueDialog([bad]);
  await page.getByRole('button', { name: '导入主办方提供的征集信息文件……' }).click();
  await expect(page.getByRole('alert')).toContainText('forms[1]：未知的表“x”');

  queueDialog([good]);
  await page.getByRole('button', { name: '导入主办方提供的征集信息文件……' }).click();
  await expect(page.getByRole('status').getByText('已导入新的征集信息。')).toBeVisible();
  await expect(page.getByText('导入的征集信息（沪市监计量〔2022〕700号）。')).toBeVisible();

  await page.getByRole('button', { name: '返回首页' }).click();
  await expect(blocks).toHaveCount(builtIn + 1);
  // Newest notice first: the 2022 call stands before the 2021 one it follows.
  const texts = await blocks.allTextContents();
  const at = (number: string) => texts.findIndex((text) => text.includes(number));
  expect(at('沪市监计量〔2022〕700号')).toBeGreaterThanOrEqual(0);
  expect(at('沪市监计量〔2022〕700号')).toBeLessThan(at('沪市监计量〔2021〕610号'));
});
