import { expect, test } from './fixtures';
import { savedDraft, waitSaved } from './wizard-helpers';

const heading = (name: string) => ({ level: 2, name }) as const;

test('shortcuts in the shell: Ctrl+N, Ctrl+S saves now, Alt+←/→ step, Ctrl+F finds and replaces (undoable), Ctrl+E export', async ({
  page,
  dataDir,
}) => {
  // The page's timers run as usual until the clock is paused below.
  await page.clock.install();
  await page.keyboard.press('Control+n');
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'wizard');
  await expect(page.locator('.kind-badge')).toHaveText('计量创新案例');
  await expect(page.getByRole('button', { name: '立即保存' })).toHaveAttribute('title', '快捷键：Ctrl+S');
  await expect(page.getByRole('button', { name: '立即保存' })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+S',
  );

  await page.getByLabel('案例题目', { exact: true }).fill('某区市场监管局计量服务站');
  await page.getByLabel('报送单位', { exact: true }).fill('某区市场监管局');
  await waitSaved(page);
  // With the page's timers stopped the autosave never fires: only Ctrl+S can write this to disk.
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.getByLabel('联系地址', { exact: true }).fill('某区市场监管局一楼');
  // Waited out here, not in the page: the page's clock is stopped.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'unsaved');
  expect(savedDraft(dataDir).values.address).toBe('');
  await page.keyboard.press('Control+s');
  await expect.poll(() => savedDraft(dataDir).values.address).toBe('某区市场监管局一楼');

  await page.keyboard.press('Alt+ArrowRight');
  await expect(page.getByRole('heading', heading('简介'))).toBeVisible();
  await expect(page.getByRole('button', { name: /^下一步/ })).toHaveAttribute('title', '快捷键：Alt+→');
  await page
    .getByLabel('案例简介', { exact: true })
    .fill('某区市场监管局建成服务站，某区市场监管局负责运行。');

  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: '查找和替换' });
  await expect(find.getByLabel('查找', { exact: true })).toBeFocused();
  await page.keyboard.type('某区市场监管局');
  await find.getByLabel('替换为', { exact: true }).fill('某区市场监督管理局');
  await expect(find.getByRole('status')).toHaveText('找到 5 处，在 4 个地方：');
  await expect(find.getByRole('button', { name: '案例简介（2 处）' })).toBeVisible();
  // Each place found is a link to its field.
  await find.getByRole('button', { name: '报送单位（1 处）' }).click();
  await expect(page.getByRole('heading', heading('封面信息'))).toBeVisible();
  await expect(page.getByLabel('报送单位', { exact: true })).toBeFocused();
  await find.getByRole('button', { name: '全部替换' }).click();
  await expect(find).toContainText('已把 5 处“某区市场监管局”替换为“某区市场监督管理局”。');
  await expect(page.getByLabel('报送单位', { exact: true })).toHaveValue('某区市场监督管理局');
  await page.keyboard.press('Control+s');
  await expect
    .poll(() => savedDraft(dataDir).values)
    .toMatchObject({
      title: '某区市场监督管理局计量服务站',
      unit: '某区市场监督管理局',
      address: '某区市场监督管理局一楼',
    });

  // The replace is undone in every place.
  await find.getByRole('button', { name: '撤销替换' }).click();
  await expect(page.getByLabel('报送单位', { exact: true })).toHaveValue('某区市场监管局');
  await page.keyboard.press('Control+s');
  await expect
    .poll(() => savedDraft(dataDir).values.summary)
    .toBe('某区市场监管局建成服务站，某区市场监管局负责运行。');
  await find.getByLabel('查找', { exact: true }).press('Escape');
  await expect(find).toBeHidden();

  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('heading', heading('封面信息'))).toBeVisible();
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('heading', heading('检查与导出'))).toBeVisible();
  await expect(page.getByRole('button', { name: '导出 Word 文档' })).toHaveAttribute(
    'title',
    '快捷键：Ctrl+E',
  );
});
