import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openStep, savedDraft, startDraft, waitSaved } from './wizard-helpers';

/** A paste of `text` into the focused field, as the clipboard hands it to the page. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

async function summaryField(page: Page): Promise<Locator> {
  await startDraft(page, 'case');
  await openStep(page, '简介');
  const field = page.getByLabel('案例简介', { exact: true });
  await field.focus();
  return field;
}

/** The note beside a field: inside the same field block, right below its counter. */
const noteOf = (field: Locator) => field.locator('xpath=..').locator('.paste-note');

test('the cleanup note stays beside the field until dismissed, and puts back exactly what was pasted, undoably', async ({
  page,
  dataDir,
}) => {
  const field = await summaryField(page);
  await page.keyboard.type('前言：');
  const pasted = '计量(liàng)科(kē)普\u0007工作\r\n第二行';
  await paste(page, pasted);
  await expect(field).toHaveValue('前言：计量科普工作\n第二行');
  const note = noteOf(field);
  await expect(note.getByRole('status')).toHaveText(
    '已整理粘贴的内容：去除拼音注音 2 处，去除控制字符 1 个。',
  );
  await expect(note).toBeInViewport();
  // It used to vanish after 10 s, before a user had read it.
  await page.waitForTimeout(11_000);
  await expect(note).toBeVisible();

  await note.getByRole('button', { name: '撤销整理，保留原文' }).click();
  // Exactly the clipboard's text; the textarea itself keeps line breaks as LF.
  await expect(field).toHaveValue(`前言：${pasted.replace('\r\n', '\n')}`);
  await expect(note.getByRole('status')).toContainText('已恢复为粘贴的原文');
  await waitSaved(page);
  expect(savedDraft(dataDir).values.summary).toBe(`前言：${pasted.replace('\r\n', '\n')}`);

  await field.focus();
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('前言：计量科普工作\n第二行');
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('前言：');
  await page.keyboard.press('Control+Shift+z');
  await expect(field).toHaveValue('前言：计量科普工作\n第二行');

  await note.getByRole('button', { name: '知道了' }).click();
  await expect(note).toHaveCount(0);
  await waitSaved(page);
  expect(savedDraft(dataDir).values.summary).toBe('前言：计量科普工作\n第二行');
});

test('traditional text is offered a conversion through OpenCC, which Ctrl+Z takes back, or kept', async ({
  page,
}) => {
  const field = await summaryField(page);
  await paste(page, '計量發展規劃的實施與監督');
  const note = noteOf(field);
  await expect(note.getByRole('status')).toHaveText('粘贴的内容是繁体字，报送的表格通常用简体。');
  await note.getByRole('button', { name: '转换为简体' }).click();
  await expect(field).toHaveValue('计量发展规划的实施与监督');
  await expect(note.getByRole('status')).toContainText('已转换为简体');
  await field.focus();
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('計量發展規劃的實施與監督');

  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await paste(page, '國際計量發展與實踐');
  await note.getByRole('button', { name: '保留繁体' }).click();
  await expect(note).toHaveCount(0);
  await expect(field).toHaveValue('國際計量發展與實踐');
});

test('a large paste shows its progress, lands whole, and one Ctrl+Z takes it out again', async ({ page }) => {
  const field = await summaryField(page);
  await page.keyboard.type('开头');
  await page.evaluate(() => {
    const seen = { progress: false };
    (globalThis as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      if (document.querySelector('.paste-progress')) seen.progress = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  const line = '　　围绕民生计量，我们开展了“世界计量日”宣传，走访企业36家。\r\n';
  const text = line.repeat(Math.ceil(400_000 / line.length));
  await paste(page, text);
  await expect(field).toHaveValue(`开头${text.replaceAll('\r\n', '\n')}`, { timeout: 30_000 });
  expect(
    await page.evaluate(() => (globalThis as unknown as { seen: { progress: boolean } }).seen.progress),
  ).toBe(true);
  await expect(page.locator('.paste-progress')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('开头');
});
