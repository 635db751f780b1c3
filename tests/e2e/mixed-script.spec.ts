import { expect, test } from './fixtures';
import { openStep, startDraft } from './wizard-helpers';

test('warns of a field mixing simplified and traditional characters, converts it in one click, and undoes it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const mixed = '社区计量服務站與傳統菜場';
  await startDraft(page, 'case');
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
