import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openStep, savedDraft, waitSaved } from './wizard-helpers';

/**
 * The 计量技术委员会组成方案 filled by its labels (the 20 members pasted from a spreadsheet, as a
 * unit copies its Excel list in), then each rule of the guidance broken once: its message appears
 * beside the table or field, naming its clause, and goes when the row is put right.
 */
type Member = Record<string, string>;
const plan = JSON.parse(readFileSync('tests/fixtures/committee/valid-plan.json', 'utf8')) as {
  委员名单: Member[];
};
/** The column headers, in the table's order: the keys of the fixture's rows. */
const HEADERS = Object.keys(plan.委员名单[0]!);
const tsv = (members: readonly Member[]) =>
  members.map((member) => HEADERS.map((header) => member[header] ?? '').join('\t')).join('\n');

/** Pastes tab-separated cells into a cell, as Ctrl+V from Excel/WPS does. */
async function paste(cell: Locator, text: string): Promise<void> {
  await cell.focus();
  await cell.evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    element.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, text);
}

const cell = (page: Page, column: string, row: number) =>
  page.getByLabel(`${column} 第${row}行`, { exact: true });

/** Breaks a rule with `breakIt`, sees `message` (which names its clause), puts it right, sees it go. */
async function breakAndFix(
  page: Page,
  message: string,
  breakIt: () => Promise<void>,
  fix: () => Promise<void>,
) {
  const shown = page.locator('.field-issue').filter({ hasText: message });
  await expect(shown).toHaveCount(0);
  await breakIt();
  await expect(shown).toHaveCount(1);
  await fix();
  await expect(shown).toHaveCount(0);
}

test('a committee plan filled by labels: each guidance rule broken once shows its clause, and goes when fixed', async ({
  page,
  dataDir,
}) => {
  test.setTimeout(180_000);
  await page.getByRole('button', { name: '新建计量技术委员会组成方案', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'wizard');

  await page.getByLabel('委员会名称', { exact: true }).fill('上海市碳计量技术委员会');
  await page.getByLabel('专业领域', { exact: true }).selectOption('碳达峰碳中和');
  const legal = page.getByRole('radiogroup', { name: '是否法制计量技术委员会' });
  await legal.getByLabel('否', { exact: true }).check();
  await page.getByLabel('任期起始', { exact: true }).fill('2023年7月');
  await page.getByLabel('任期截止', { exact: true }).fill('2027年6月');
  await page.getByLabel('任期截止', { exact: true }).blur();

  await openStep(page, '秘书处与内部制度');
  await page.getByLabel('秘书处承担单位', { exact: true }).fill('上海市计量测试技术研究院');

  await openStep(page, '委员名单');
  await page.getByRole('button', { name: '添加一行' }).click();
  await paste(cell(page, '姓名', 1), tsv(plan.委员名单));
  await expect(cell(page, '姓名', 20)).toHaveValue('许文');
  await expect(page.locator('.field-issue')).toHaveCount(0);

  await breakAndFix(
    page,
    '委员一般不超过20人，现有21人；确需超过的，请在“说明”中写明理由（七）',
    async () => {
      await page.getByRole('button', { name: '复制第18行' }).click();
    },
    async () => {
      await page.getByRole('button', { name: '删除第19行' }).click();
    },
  );
  /** One cell's change that breaks a rule, the message (with its clause) it brings, the change that fixes it. */
  const cellRules: [message: string, column: string, row: number, broken: string, fixed: string][] = [
    ['一般设立主任委员1人，现有2人（七）', '委员会职务', 5, '主任委员', '委员'],
    ['一般设立副主任委员1—2人，现有3人（七）', '委员会职务', 5, '副主任委员', '委员'],
    ['一般设立秘书长1人，现有0人（七）', '委员会职务', 4, '委员', '秘书长'],
    [
      '同一单位委员原则上不超过3人，上海市计量测试技术研究院有4人（八）',
      '工作单位',
      6,
      '上海市计量测试技术研究院 ',
      '复旦大学',
    ],
    [
      '除法制计量技术委员会外，行政管理人员担任委员原则上不超过2人，现有3人（八）',
      '人员类别',
      7,
      '行政管理人员',
      '技术专业人员',
    ],
    [
      '一般应具有副高级以上职称或同等资历：孙芳的职称“工程师”低于副高级；具有同等资历的，请在职称后注明“（同等资历）”，并在“说明”中写明（八）',
      '职称',
      7,
      '工程师',
      '工程师（同等资历）',
    ],
    [
      '未能识别孙芳的职称“首席专家”属于哪一级，请在职称后注明，如“（副高级）”或“（同等资历）”（八）',
      '职称',
      7,
      '首席专家',
      '首席专家（副高级）',
    ],
    ['孙芳尚未填写职称（八）', '职称', 7, '', '副教授'],
  ];
  for (const [message, column, row, broken, fixed] of cellRules) {
    const set = async (value: string) => {
      const target = cell(page, column, row);
      if ((await target.evaluate((element) => element.tagName)) === 'SELECT')
        await target.selectOption(value);
      else await target.fill(value);
    };
    await breakAndFix(
      page,
      message,
      () => set(broken),
      () => set(fixed),
    );
  }

  await openStep(page, '委员会基本情况');
  const term = page.getByLabel('任期截止', { exact: true });
  await breakAndFix(
    page,
    '每届技术委员会委员任期4年（如2023年7月至2027年6月），现为2023年7月至2028年6月（十）',
    async () => {
      await term.fill('2028年6月');
      await term.blur();
    },
    async () => {
      await term.fill('2027年7月');
      await term.blur();
    },
  );

  await waitSaved(page);
  const saved = savedDraft(dataDir);
  expect(saved.form).toBe('committee-plan');
  expect((saved.values.members as unknown[]).length).toBe(20);
  expect(saved.values.termEnd).toBe('2027-07');
});
