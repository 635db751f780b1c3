import type { Locator, Page } from '@playwright/test';
import { countText } from '../../shared/count';
import { expect, test } from './fixtures';
import { openStep, paste, savedDraft, startDraft, waitSaved } from './wizard-helpers';

async function summaryField(page: Page): Promise<Locator> {
  await startDraft(page, 'case');
  await openStep(page, '简介');
  const field = page.getByLabel('案例简介', { exact: true });
  await field.focus();
  return field;
}

/** The text a field shows: a textarea's value, or the text of the blocks a large text is shown as. */
const textOf = (field: Locator) =>
  field.evaluate((element) =>
    element instanceof HTMLTextAreaElement ? element.value : (element.textContent ?? ''),
  );

/**
 * Puts the caret at an offset of a large field's text (its text nodes, block after block). An
 * offset right after a block's closing line break is the start of the next block, as a click there
 * puts it: no line of the earlier block follows its line break.
 */
async function caretAt(field: Locator, offset: number): Promise<void> {
  await field.evaluate((element, at) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (at < node.data.length) return getSelection()!.collapse(node, at);
      at -= node.data.length;
      last = node;
    }
    getSelection()!.collapse(last, last!.data.length);
  }, offset);
}

/** A text of `line` repeated to about `length` characters, pasted into the summary and landed there. */
async function pasteLines(page: Page, line: string, length: number) {
  const field = await summaryField(page);
  const text = line.repeat(Math.ceil(length / line.length));
  await paste(page, text);
  await expect.poll(() => textOf(field), { timeout: 30_000 }).toBe(text);
  return { field, text };
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
  await expect.poll(() => textOf(field), { timeout: 30_000 }).toBe(`开头${text.replaceAll('\r\n', '\n')}`);
  expect(
    await page.evaluate(() => (globalThis as unknown as { seen: { progress: boolean } }).seen.progress),
  ).toBe(true);
  await expect(page.locator('.paste-progress')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(field).toHaveValue('开头');
});

test('a large text is edited as blocks: typing, Enter and Backspace across lines, undo and redo, copy, all exact and saved', async ({
  page,
  dataDir,
}) => {
  const { field, text } = await pasteLines(page, '计量创新，践行改革。第二句话。\n', 150_000);
  // The same field, named by its label, now editable blocks of lines rather than one textarea.
  await expect(field).toHaveAttribute('role', 'textbox');
  expect(await field.evaluate((element) => element.children.length)).toBeGreaterThan(20);

  // Typing in the middle, at the start of a line that begins a block.
  const blockStart = await field.evaluate((element) =>
    [...element.children].slice(0, 10).reduce((sum, block) => sum + block.textContent!.length, 0),
  );
  await caretAt(field, blockStart);
  await page.keyboard.type('新');
  let expected = `${text.slice(0, blockStart)}新${text.slice(blockStart)}`;
  await expect.poll(() => textOf(field)).toBe(expected);
  // Backspace twice: the typed 字, then the line break that ends the block before.
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  const joined = `${text.slice(0, blockStart - 1)}${text.slice(blockStart)}`;
  await expect.poll(() => textOf(field)).toBe(joined);
  // Enter puts the line break back; the caret stays after it, so typing goes on the new line.
  await page.keyboard.press('Enter');
  await page.keyboard.type('再');
  expected = `${text.slice(0, blockStart)}再${text.slice(blockStart)}`;
  await expect.poll(() => textOf(field)).toBe(expected);
  await expect(page.locator('[data-words]').first()).toHaveAttribute(
    'data-words',
    String(countText(expected).words),
  );
  await waitSaved(page);
  expect(savedDraft(dataDir).values.summary).toBe(expected);

  // Undo goes back step by step (the line typed, the deletions, the 字) to the text as pasted; redo
  // comes back the same way.
  await page.keyboard.press('Control+z');
  await expect.poll(() => textOf(field)).toBe(joined);
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => textOf(field)).toBe(text);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => textOf(field)).toBe(expected);

  // A selection across many blocks copied is the text itself, and deleted goes as one step.
  await field.evaluate((element) => {
    const first = element.children[1]!.firstChild!;
    const last = element.children[5]!.firstChild!;
    getSelection()!.setBaseAndExtent(first, 0, last, 0);
  });
  const copied = await page.evaluate(() => {
    const data = new DataTransfer();
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('copy', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    return data.getData('text/plain');
  });
  const from = await field.evaluate((element) => element.children[0]!.textContent!.length);
  const to = await field.evaluate((element) =>
    [...element.children].slice(0, 5).reduce((sum, block) => sum + block.textContent!.length, 0),
  );
  expect(copied).toBe(expected.slice(from, to));
  await page.keyboard.press('Delete');
  await expect.poll(() => textOf(field)).toBe(expected.slice(0, from) + expected.slice(to));
  await page.keyboard.press('Control+z');
  await expect.poll(() => textOf(field)).toBe(expected);
});

test('in a large text shown as blocks, an IME composition counts only once committed, and replace-all reaches the blocks', async ({
  page,
  dataDir,
}) => {
  const { field, text } = await pasteLines(page, '围绕民生计量，走访企业。\n', 120_000);
  const words = page.locator('[data-words]').first();
  await expect(words).toHaveAttribute('data-words', String(countText(text).words));

  // Four 字 into a line in the middle of the text.
  const middle = text.indexOf('\n', text.length / 2) + 5;
  await caretAt(field, middle);
  const cdp = await page.context().newCDPSession(page);
  for (const composing of ['c', 'ce', 'celiang', '测量']) {
    await cdp.send('Input.imeSetComposition', {
      text: composing,
      selectionStart: composing.length,
      selectionEnd: composing.length,
    });
    await expect.poll(() => textOf(field)).toBe(text.slice(0, middle) + composing + text.slice(middle));
  }
  await expect(words).toHaveAttribute('data-words', String(countText(text).words));
  await waitSaved(page);
  expect(savedDraft(dataDir).values.summary).toBe(text);
  await cdp.send('Input.insertText', { text: '测量' });
  const typed = `${text.slice(0, middle)}测量${text.slice(middle)}`;
  await expect.poll(() => textOf(field)).toBe(typed);
  await expect(words).toHaveAttribute('data-words', String(countText(typed).words));

  await page.keyboard.press('Control+f');
  const find = page.getByRole('search', { name: '查找和替换' });
  await find.getByLabel('查找', { exact: true }).fill('走访企业');
  await find.getByLabel('替换为', { exact: true }).fill('走访企业36家');
  await find.getByRole('button', { name: '全部替换' }).click();
  const replaced = typed.replaceAll('走访企业', '走访企业36家');
  await expect.poll(() => textOf(field)).toBe(replaced);
  await waitSaved(page);
  expect(savedDraft(dataDir).values.summary).toBe(replaced);
});
