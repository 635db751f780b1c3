import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openStep, startDraft } from './wizard-helpers';

const steps: Record<'case' | 'material', string[]> = {
  case: ['封面信息', '简介', '正文', '图片与附件', '证明材料', '声明与签字', '检查与导出'],
  material: ['封面信息', '简介', '正文', '图片与附件', '声明与签字', '检查与导出'],
};

/**
 * Presses Tab through the whole page and returns the controls it never reached. A radio group
 * counts as one stop, as browsers make it; its other options are reached with the arrow keys.
 */
async function unreachedByTab(page: Page): Promise<string[]> {
  const stops = await page.evaluate(() => {
    const controls = [
      ...document.querySelectorAll<HTMLElement>(
        'button, input, textarea, select, summary, a[href], [tabindex]',
      ),
    ].filter(
      (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
    );
    const seen = new Set<string>();
    return controls.flatMap((el, i) => {
      const radio = el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : '';
      el.dataset.stop = radio || String(i);
      if (seen.has(el.dataset.stop)) return [];
      seen.add(el.dataset.stop);
      return [
        { stop: el.dataset.stop, name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.id },
      ];
    });
  });
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const reached = new Set<string>();
  for (let i = 0; i < stops.length + 3; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.stop);
    if (stop) reached.add(stop);
  }
  return stops.filter((s) => !reached.has(s.stop)).map((s) => s.name);
}

for (const kind of ['case', 'material'] as const) {
  test(`every ${kind} step passes axe and is reachable by keyboard alone`, async ({ page }) => {
    await startDraft(page, kind);
    for (const step of steps[kind]) {
      await openStep(page, step);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(
        serious.map((v) => `${step}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      expect(await unreachedByTab(page), step).toEqual([]);
    }
  });
}

test('the step rail works with the arrow keys and Enter, and a case is written by keyboard', async ({
  page,
}) => {
  await startDraft(page, 'case');
  const rail = page.getByRole('navigation', { name: '填写步骤' });
  await rail.getByRole('button', { name: /^封面信息/ }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(rail.getByRole('button', { name: /^简介/ })).toBeFocused();
  await page.keyboard.press('End');
  await expect(rail.getByRole('button', { name: /^检查与导出/ })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: '简介' })).toBeFocused();
  // Past the step's missing-list (its toggle and its link), Tab lands in the field.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(page.getByLabel('案例简介', { exact: true })).toBeFocused();
  await page.keyboard.type('键盘输入');
  await expect(page.getByLabel('案例简介', { exact: true })).toHaveValue('键盘输入');

  await openStep(page, '声明与签字');
  await page.getByLabel('我已阅读并确认以上声明').focus();
  await page.keyboard.press('Space');
  await expect(page.getByLabel('我已阅读并确认以上声明')).toBeChecked();
  await page.getByRole('group', { name: '签字日期' }).getByLabel(/^今天/).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('group', { name: '签字日期' }).getByLabel('留空，打印后手写')).toBeChecked();
});
