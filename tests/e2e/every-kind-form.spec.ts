import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { expect, test } from './fixtures';
import { openStep, savedDraft, waitSaved } from './wizard-helpers';

const formsModule = 'tests/support/every-kind-form.ts';
/** A call that asks for it: the home screen offers a form through the campaigns that list it. */
const campaignFiles = ['tests/support/every-kind-campaign.json'];

/**
 * The test-only form of every field kind (`tests/support/every-kind-form.ts`), registered through
 * the shell's forms-module hook and offered by a campaign file in the data folder, no app file: written in the wizard by its visible labels, saved,
 * read back after a restart, then validated, counted and exported by the command line.
 */
test.use({ formsModule, campaignFiles });

test('a form of every field kind through the wizard, a restart and the command line', async ({
  page,
  dataDir,
  restart,
}, testInfo) => {
  await page.getByRole('button', { name: '新建测试活动表', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'wizard');
  const rail = page.getByRole('navigation', { name: '填写步骤' });
  for (const step of ['基本情况', '文字说明', '工作人员', '附件与声明', '检查与导出'])
    await expect(rail.getByRole('button', { name: new RegExp(`^${step}`) })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '基本情况' })).toBeVisible();

  await page.getByLabel('活动名称', { exact: true }).fill('计量日进社区');
  await page.getByLabel('报送单位', { exact: true }).fill('某区计量所');
  await page.getByLabel('举办日期', { exact: true }).fill('2023年5月20日');
  await page.getByLabel('举办日期', { exact: true }).press('Tab');
  await page
    .getByRole('group', { name: '活动级别' })
    .getByRole('radio', { name: '区级', exact: true })
    .check();
  await page.getByLabel('参与人数', { exact: true }).fill('abc');
  await page.getByLabel('参与人数', { exact: true }).press('Tab');
  // What does not read as a number is kept as typed and said, never refused.
  await expect(page.getByText('参与人数：请填写数字').first()).toBeVisible();
  await page.getByLabel('参与人数', { exact: true }).fill('120');
  await page.getByLabel('参与人数', { exact: true }).press('Tab');
  await expect(page.getByText('参与人数：请填写数字')).toHaveCount(0);
  await page.getByRole('group', { name: '是否线上' }).getByRole('radio', { name: '否', exact: true }).check();

  await openStep(page, '文字说明');
  await page.getByLabel('活动目的', { exact: true }).fill('计'.repeat(60));
  await expect(page.getByText('活动目的：60 字，上限 50 字，超出 10 字').first()).toBeVisible();
  await page.getByLabel('活动目的', { exact: true }).fill('普及计量知识');
  await page.getByLabel('活动总结', { exact: true }).fill('居民参与踊跃。');

  await openStep(page, '工作人员');
  await page.getByRole('button', { name: '添加一行' }).click();
  await page.getByLabel('姓名 第1行', { exact: true }).fill('王明');
  await page.getByLabel('职务 第1行', { exact: true }).selectOption('成员');
  // The across-row rule: exactly one 负责人, with its clause.
  await expect(page.getByText('工作人员中应有且只有 1 名负责人，现有 0 名（第三条）').first()).toBeVisible();
  await page.getByRole('button', { name: '添加一行' }).click();
  await page.getByLabel('姓名 第2行', { exact: true }).fill('李红');
  await page.getByLabel('职务 第2行', { exact: true }).selectOption('负责人');
  await expect(page.getByText('工作人员中应有且只有 1 名负责人', { exact: false })).toHaveCount(0);

  await openStep(page, '附件与声明');
  await expect(page.getByText('声明：报送内容真实')).toBeVisible();
  await page.getByLabel('我已阅读并确认以上声明').check();
  await page.getByLabel('报送人', { exact: true }).fill('王明');
  await waitSaved(page);

  const saved = savedDraft(dataDir);
  expect(saved.form).toBe('test-every-kind');
  expect(saved.values).toMatchObject({
    name: '计量日进社区',
    held: '2023-05-20',
    level: '区级',
    people: 120,
    online: false,
    aim: '普及计量知识',
  });
  expect(saved.values.staff).toMatchObject([
    { cells: { person: '王明', role: '成员' } },
    { cells: { person: '李红', role: '负责人' } },
  ]);

  page = await restart();
  await page.getByRole('button', { name: '我的草稿' }).click();
  await page.getByRole('button', { name: '计量日进社区', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'wizard');
  await expect(page.getByLabel('活动名称', { exact: true })).toHaveValue('计量日进社区');
  await expect(page.getByLabel('参与人数', { exact: true })).toHaveValue('120');
  await openStep(page, '工作人员');
  await expect(page.getByLabel('姓名 第2行', { exact: true })).toHaveValue('李红');
  await openStep(page, '检查与导出');
  await expect(page.getByText('全部填写完毕，没有发现问题。')).toBeVisible();

  const root = join(dataDir, 'drafts');
  const [id] = readdirSync(root).filter((name) => existsSync(join(root, name, 'draft.json')));
  const file = join(root, id!, 'draft.json');
  const env = { DESK_FORMS_MODULE: formsModule };
  expect((await cli(['validate', '--strict', file], env)).code).toBe(0);
  const counted = JSON.parse((await cli(['count', '--json', file], env)).stdout) as { body: unknown };
  expect(counted.body).toEqual({ words: 13, limit: 120 });
  const out = testInfo.outputPath('every-kind.docx');
  expect((await cli(['export', file, '--out', out], env)).code).toBe(0);
  expect(existsSync(out)).toBe(true);
});
