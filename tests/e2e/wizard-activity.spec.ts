import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Draft } from '../../shared/draft';
import type { Row } from '../../shared/forms/fields';
import { DISTRICT_COLUMNS } from '../unit/electron/services/export/fields-table-forms';
import { expect, test } from './fixtures';
import { openStep, paste, savedDraft, waitSaved } from './wizard-helpers';

/**
 * The 世界计量日 forms filled in the browser shell as a user fills them: by the labels and column
 * headers on screen. The activity table gets a row continuing a 序号, five rows pasted from
 * Excel as tab-separated text, and a delete taken back with 撤销.
 */
const campaign2021 = (page: Page) =>
  page.getByRole('region', { name: '本次征集' }).filter({ hasText: '沪市监计量〔2021〕260号' });

async function start(page: Page, button: string): Promise<void> {
  await campaign2021(page).getByRole('button', { name: button, exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'wizard');
}

const cell = (page: Page, column: string, row: number) =>
  page.getByRole('textbox', { name: `${column} 第${row}行`, exact: true });

/** A new plan of the 2021 call for `unit`, open on its table. */
async function startPlan(page: Page, button: string, unit: string): Promise<void> {
  await start(page, button);
  await page.getByRole('textbox', { name: '填报单位', exact: true }).fill(unit);
  await openStep(page, '活动安排');
}

/** Adds a row at the table's end and types its cells, by column header. */
async function addRow(page: Page, row: number, cells: Record<string, string>): Promise<void> {
  await page.getByRole('button', { name: '添加一行', exact: true }).click();
  for (const [column, text] of Object.entries(cells)) await cell(page, column, row).fill(text);
}

/** The one summary draft among the data folder's drafts (the plan draft it takes rows from is beside it). */
function summaryDraft(dataDir: string): Draft {
  const root = join(dataDir, 'drafts');
  return readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'draft.json')))
    .map((name) => JSON.parse(readFileSync(join(root, name, 'draft.json'), 'utf8')) as Draft)
    .find((draft) => draft.form === 'activity-summary')!;
}

const savedRows = (dataDir: string): Row[] => savedDraft(dataDir).values.activities as Row[];

test('the municipal activity table: a 序号 over two rows, five rows pasted, a delete undone', async ({
  page,
  dataDir,
}) => {
  await startPlan(page, '新建活动安排表（市级）', '上海市市场监督管理局');
  await addRow(page, 1, {
    活动名称: '诚信计量惠民生活动',
    活动内容: '启动真新街道“诚信计量示范社（街）区”创建',
    活动时间: '5月18日',
    宣传形式: '东方网，区级媒体',
    宣传内容: '进一步完善本市诚信计量体系',
    负责单位: '指导单位：市局\n承办单位：嘉定区真新街道、嘉定区市场监管局。',
  });
  await addRow(page, 2, { 活动名称: '茶叶销售领域诚信计量示范单位创建', 活动时间: '5月下旬' });
  // The second activity goes under the first one's 序号, as 4 spans two rows in the seed.
  await page.getByRole('checkbox', { name: '第2行序号同上' }).check();
  await expect(page.getByRole('status', { name: '序号 第2行' })).toHaveText('同上');

  await cell(page, '活动名称', 2).focus();
  await page.getByRole('button', { name: '添加一行', exact: true }).click();
  await cell(page, '活动名称', 3).focus();
  await paste(
    page,
    [
      '公益报时\t在上海人民广播电台持续7天开展公益报时\t5月17日至5月23日\t电台广播报时\t展示计量文化\t市局计量处',
      '计量科普知识竞答\t在市局微信公众号开展竞答\t5月17日至5月19日\t市局微信\t传播计量文化\t市局计量处、新闻宣传处',
      '开展计量专项执法\t针对加油站、眼镜制配领域开展专项执法检查\t5月20日前\t市局微信、抖音\t强化计量监管\t市局执法总队',
      '“计量守护健康”系列计量科普\t推送医学计量技术科普系列推文\t5月19日至21日\t微信\t普及计量知识\t市计测院',
      '测量守护健康，计量惠及民生\t为园区企业开展免费额温计计量检测\t5月20日\t微信、网站\t发挥技术机构支撑作用\t"市质检院\n漕河泾浦江检验检测产业联盟"',
    ].join('\r\n') + '\r\n',
  );
  await expect(page.getByText('已粘贴 5 行，其中 4 行是添加的。')).toBeVisible();
  await expect(cell(page, '活动名称', 7)).toHaveValue('测量守护健康，计量惠及民生');
  await expect(cell(page, '负责单位', 7)).toHaveValue('市质检院\n漕河泾浦江检验检测产业联盟');

  await page.getByRole('button', { name: '删除第4行', exact: true }).click();
  await expect(cell(page, '活动名称', 4)).toHaveValue('开展计量专项执法');
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(cell(page, '活动名称', 4)).toHaveValue('计量科普知识竞答');

  await waitSaved(page);
  const rows = savedRows(dataDir);
  expect(rows.map((row) => row.cells.no)).toEqual(['1', '', '2', '3', '4', '5', '6']);
  expect(rows.map((row) => row.cells.name)).toEqual([
    '诚信计量惠民生活动',
    '茶叶销售领域诚信计量示范单位创建',
    '公益报时',
    '计量科普知识竞答',
    '开展计量专项执法',
    '“计量守护健康”系列计量科普',
    '测量守护健康，计量惠及民生',
  ]);
  expect(rows[0]!.cells.units).toBe('指导单位：市局\n承办单位：嘉定区真新街道、嘉定区市场监管局。');
});

test('a 200-row table: the rows out of view are not on the page, yet it scrolls, tabs and saves as one', async ({
  page,
  dataDir,
}) => {
  await startPlan(page, '新建活动安排表（市级）', '上海市市场监督管理局');
  await page.getByRole('button', { name: '添加一行', exact: true }).click();
  await cell(page, '活动名称', 1).focus();
  await paste(
    page,
    Array.from(
      { length: 200 },
      (_, i) => `活动第${i + 1}项\t计量宣传\t5月20日\t展板\t测量守护健康\t第${i + 1}区市场监管局`,
    ).join('\r\n'),
  );
  await expect(page.getByText('已粘贴 200 行，其中 199 行是添加的。')).toBeVisible();
  const table = page.getByRole('table', { name: '活动' });
  await expect(table).toHaveAttribute('aria-rowcount', '201');
  // Only the rows near the screen (and the last, where Shift+Tab comes in) are mounted.
  await expect(cell(page, '活动名称', 120)).toHaveCount(0);
  await expect(cell(page, '活动名称', 200)).toHaveValue('活动第200项');

  // Row 120 comes into view where the rows above it, as tall as the first, put it.
  const { top, height } = await table.evaluate((element) => {
    const first = element.querySelector('tbody tr')!.getBoundingClientRect();
    return { top: first.top + scrollY, height: first.height };
  });
  await page.evaluate((y) => scrollTo(0, y), top + 119 * height - 100);
  await expect(cell(page, '活动名称', 120)).toBeInViewport();
  const shown = await cell(page, '活动名称', 120).evaluate((element) => element.getBoundingClientRect().top);
  expect(Math.abs(shown - 100)).toBeLessThan(height / 2);
  await expect(cell(page, '活动名称', 120)).toHaveValue('活动第120项');

  // Tab goes from a row's last button to the next row, and on into its cells; typing lands there.
  await page.getByRole('button', { name: '删除第125行', exact: true }).focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: '第126行序号同上' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(cell(page, '活动名称', 126)).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type('（改）');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('button', { name: '删除第125行', exact: true })).toBeFocused();

  // The edited row stays on the page while the view goes back to the top; Alt+↓ moves it on.
  await page.evaluate(() => scrollTo(0, 0));
  await expect(cell(page, '活动名称', 126)).toHaveValue('活动第126项（改）');
  await cell(page, '活动名称', 126).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(cell(page, '活动名称', 127)).toBeFocused();

  await waitSaved(page);
  const rows = savedRows(dataDir);
  expect(rows).toHaveLength(200);
  expect(rows.map((row) => row.cells.no)).toEqual(Array.from({ length: 200 }, (_, i) => String(i + 1)));
  expect(rows[125]!.cells.name).toBe('活动第127项');
  expect(rows[126]!.cells.name).toBe('活动第126项（改）');
  expect(rows[199]!.cells.units).toBe('第200区市场监管局');
});

test('the district activity table has no 宣传内容 and renumbers after a row moves', async ({
  page,
  dataDir,
}) => {
  await startPlan(page, '新建活动安排表（区级）', '金山区市场监管局');
  const headers = page.getByRole('table', { name: '活动' }).getByRole('columnheader');
  await expect(headers).toHaveText([...DISTRICT_COLUMNS, '操作']);
  for (const name of ['计量惠民', '计量守护健康']) {
    await page.getByRole('button', { name: '添加一行', exact: true }).click();
    const row = (await page.getByRole('table', { name: '活动' }).locator('tbody tr').count()) as number;
    await cell(page, '活动名称', row).fill(name);
    await cell(page, '活动时间', row).fill('4—5月');
  }
  await cell(page, '活动名称', 2).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(cell(page, '活动名称', 1)).toHaveValue('计量守护健康');
  await waitSaved(page);
  expect(savedRows(dataDir).map((row) => [row.cells.no, row.cells.name])).toEqual([
    ['1', '计量守护健康'],
    ['2', '计量惠民'],
  ]);
});

test('the activity summary: unit, activities, figures as numbers, and its text', async ({
  page,
  dataDir,
}) => {
  await start(page, '新建活动总结');
  await page.getByRole('textbox', { name: '报送单位', exact: true }).fill('浦东新区市场监督管理局');
  await page.getByRole('textbox', { name: '联系人', exact: true }).fill('王明');
  await page.getByRole('textbox', { name: '联系电话', exact: true }).fill('021-58880000');
  await openStep(page, '活动与数据');
  await page.getByRole('button', { name: '添加一行', exact: true }).click();
  await cell(page, '活动名称', 1).fill('计量惠民进社区');
  await cell(page, '活动时间', 1).fill('5月20日');
  await page.getByRole('textbox', { name: '活动场次', exact: true }).fill('8');
  await page.getByRole('textbox', { name: '参与人数', exact: true }).fill('2,300');
  await page.getByRole('textbox', { name: '免费检定/校准台次', exact: true }).fill('６４０');
  await openStep(page, '总结正文');
  await page.getByRole('textbox', { name: '成效与经验', exact: true }).fill('一是把计量服务送到社区。');
  await page.getByRole('textbox', { name: '日期', exact: true }).fill('2021年5月24日');
  await waitSaved(page);
  const { values } = savedDraft(dataDir);
  expect(values).toMatchObject({
    unit: '浦东新区市场监督管理局',
    sessions: 8,
    participants: 2300,
    freeChecks: 640,
    results: '一是把计量服务送到社区。',
    signedOn: '2021-05-24',
  });
  expect((values.activities as Row[]).map((row) => row.cells.name)).toEqual(['计量惠民进社区']);
});

test('the 2021 campaign’s 活动时间 warns while typing: an activity on 6月1日, then on 5月20日', async ({
  page,
}) => {
  const warning = (text: string) => page.locator('.field-issue').filter({ hasText: text });
  await startPlan(page, '新建活动安排表（市级）', '上海市市场监督管理局');
  await addRow(page, 1, { 活动名称: '计量进社区' });
  const outside = warning('活动时间“6月1日”不在本次活动时间（5月11日至5月23日）内，请核对。');
  await cell(page, '活动时间', 1).fill('6月1日');
  await expect(outside).toHaveCount(1);
  await cell(page, '活动时间', 1).fill('5月20日');
  await expect(outside).toHaveCount(0);
  await expect(page.locator('.field-issue').filter({ hasText: '不在本次活动时间' })).toHaveCount(0);
});

test('the 2021 summary’s 落款 after its due date 5月24日 warns while typing', async ({ page }) => {
  const late = page
    .locator('.field-issue')
    .filter({ hasText: '落款日期2021年5月25日晚于报送截止日期2021年5月24日，请核对。' });
  await start(page, '新建活动总结');
  await openStep(page, '总结正文');
  await page.getByRole('textbox', { name: '日期', exact: true }).fill('2021年5月25日');
  await expect(late).toHaveCount(1);
  await page.getByRole('textbox', { name: '日期', exact: true }).fill('2021年5月24日');
  await expect(late).toHaveCount(0);
});

test('the summary takes its activities from the 2021 plan draft, asks before replacing typed rows, and undoes', async ({
  page,
  dataDir,
}) => {
  await startPlan(page, '新建活动安排表（区级）', '金山区市场监管局');
  await addRow(page, 1, {
    活动名称: '诚信计量示范单位创建',
    活动内容: '眼镜店计量检查',
    活动时间: '5月20日',
  });
  await addRow(page, 2, { 活动时间: '5月下旬' });
  // Under 序号 1 with 活动名称 left empty: the merged cell above, as the seed prints 金山区.
  await page.getByRole('checkbox', { name: '第2行序号同上' }).check();
  await waitSaved(page);
  await page.getByRole('button', { name: '← 我的草稿' }).click();
  await page.getByRole('button', { name: '返回首页' }).click();

  await start(page, '新建活动总结');
  await openStep(page, '活动与数据');
  await page.getByRole('button', { name: '添加一行', exact: true }).click();
  await cell(page, '活动名称', 1).fill('自己填的活动');
  const from = page.getByRole('combobox', { name: '从同一征集的活动安排表取用：' });
  await expect(from).toHaveValue(/.+/);
  await expect(from.locator('option')).toHaveText(['金山区市场监管局（活动安排表（区级））']);
  await page.getByRole('button', { name: '取用其中的活动', exact: true }).click();
  // Typed rows are there: nothing is overwritten until the user answers.
  const ask = page.getByRole('alert').filter({ hasText: '表中已有填写的行' });
  await expect(ask).toContainText('取用的 2 行要怎么放？');
  await expect(cell(page, '活动名称', 1)).toHaveValue('自己填的活动');
  await ask.getByRole('button', { name: '替换已有的行', exact: true }).click();
  await expect(cell(page, '活动名称', 1)).toHaveValue('诚信计量示范单位创建');
  await expect(cell(page, '活动内容', 1)).toHaveValue('眼镜店计量检查');
  await expect(cell(page, '活动名称', 2)).toHaveValue('诚信计量示范单位创建');
  await expect(cell(page, '活动时间', 2)).toHaveValue('5月下旬');
  await expect(page.getByText('已从“金山区市场监管局（活动安排表（区级））”取用 2 行。')).toBeVisible();
  await waitSaved(page);
  expect((summaryDraft(dataDir).values.activities as Row[]).map((row) => row.cells.when)).toEqual([
    '5月20日',
    '5月下旬',
  ]);

  await page.locator('.rows-notice').getByRole('button', { name: '撤销', exact: true }).click();
  await expect(cell(page, '活动名称', 1)).toHaveValue('自己填的活动');
  await expect(cell(page, '活动名称', 2)).toHaveCount(0);

  await page.getByRole('button', { name: '取用其中的活动', exact: true }).click();
  await ask.getByRole('button', { name: '加在已有行之后', exact: true }).click();
  await expect(cell(page, '活动名称', 1)).toHaveValue('自己填的活动');
  await expect(cell(page, '活动名称', 3)).toHaveValue('诚信计量示范单位创建');
});
