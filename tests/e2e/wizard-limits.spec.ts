import { countText } from '../../shared/count';
import { expect, test } from './fixtures';
import { counterFigures, counterOf, openStep, savedDraft, startDraft, waitSaved } from './wizard-helpers';

/** The short fields' limits are what fits the paper (docs/LAYOUT.md): counted, said when over, never cut. */
test('cover items, 报送人 and the unit opinion count against their limits and keep text over them', async ({
  page,
  dataDir,
}) => {
  await startDraft(page, 'case');
  const title = '计'.repeat(61);
  await page.getByLabel('案例题目', { exact: true }).fill(title);
  const titleCounter = counterOf(page, '案例题目');
  expect((await counterFigures(titleCounter)).words).toBe(61);
  await expect(titleCounter).toContainText('字数 61 / 60');
  await expect(titleCounter).toContainText('超出 1 字，请删减');
  await expect(page.getByLabel('案例题目', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('案例题目：61 字，上限 60 字，超出 1 字')).toBeVisible();

  // An e-mail address is one 字 however long: its limit counts characters.
  const email = `${'a'.repeat(46)}@b.cn`;
  await page.getByLabel('电子信箱', { exact: true }).fill(email);
  await expect(counterOf(page, '电子信箱')).toContainText('字符数 51 / 50');
  await expect(counterOf(page, '电子信箱')).toContainText('超出 1 个字符，请删减');

  await page.getByLabel('联系地址', { exact: true }).fill('上海市徐汇区某某路100号');
  await expect(counterOf(page, '联系地址')).toContainText(
    `字数 ${countText('上海市徐汇区某某路100号').words} / 45`,
  );
  await expect(page.getByLabel('联系地址', { exact: true })).toHaveAttribute('aria-invalid', 'false');

  await openStep(page, '声明与签字');
  await page.getByLabel('报送人', { exact: true }).fill('张'.repeat(11));
  await expect(counterOf(page, '报送人')).toContainText('字数 11 / 10');
  const opinion = `${'同意报送。'.repeat(20)}经审核。`;
  await page.getByLabel('所在单位/主管部门意见', { exact: true }).fill(opinion);
  await expect(counterOf(page, '所在单位/主管部门意见')).toContainText(
    `字数 ${countText(opinion).words} / 100`,
  );
  await expect(counterOf(page, '所在单位/主管部门意见')).toContainText(
    `超出 ${countText(opinion).words - 100} 字，请删减`,
  );
  await waitSaved(page);
  const saved = savedDraft(dataDir);
  expect(saved.values.title).toBe(title);
  expect(saved.values.email).toBe(email);
  expect(saved.declaration.opinion).toBe(opinion);
  expect(saved.declaration.signer).toBe('张'.repeat(11));
});
