import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Draft } from '../../shared/draft';
import type { FormId } from '../../shared/forms';
import { expect } from './fixtures';

const newButton: Record<FormId, string> = { case: '新建计量创新案例', material: '新建计量文化科普素材' };

/** Starts a draft of the kind from the home screen and waits for its wizard. */
export async function startDraft(page: Page, kind: FormId): Promise<void> {
  await page.getByRole('button', { name: newButton[kind], exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'wizard');
}

/** Opens a step through the rail, as a user clicks it. */
export async function openStep(page: Page, name: string, rail = '填写步骤'): Promise<void> {
  await page
    .getByRole('navigation', { name: rail })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
}

/** The counter that belongs to a field: the one right after it. */
export function counterOf(page: Page, label: string): Locator {
  return page
    .getByLabel(label, { exact: true })
    .locator('xpath=following-sibling::*[@data-testid="counter"][1]');
}

/** The draft as the app last wrote it to disk, for checking that what was typed was saved. */
export function savedDraft(dataDir: string): Draft {
  const root = join(dataDir, 'drafts');
  const [id] = readdirSync(root).filter((name) => existsSync(join(root, name, 'draft.json')));
  return JSON.parse(readFileSync(join(root, id!, 'draft.json'), 'utf8')) as Draft;
}

/** Waits until the header says the newest edit is on disk. */
export async function waitSaved(page: Page): Promise<void> {
  await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'saved');
}

/** Draws a signature-like scribble with the mouse, as a user would with a pen. */
export async function drawSignature(page: Page): Promise<void> {
  // The mouse draws only inside the viewport: bring the whole pad into it first.
  const pad = page.getByRole('img', { name: '手写签名区' });
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const strokes = [
    [0.1, 0.6, 0.25, 0.3, 0.35, 0.7],
    [0.4, 0.5, 0.55, 0.35, 0.7, 0.65, 0.85, 0.4],
  ];
  for (const stroke of strokes) {
    await page.mouse.move(box.x + box.width * stroke[0]!, box.y + box.height * stroke[1]!);
    await page.mouse.down();
    for (let i = 2; i < stroke.length; i += 2)
      await page.mouse.move(box.x + box.width * stroke[i]!, box.y + box.height * stroke[i + 1]!, {
        steps: 8,
      });
    await page.mouse.up();
  }
}

/** What a counter on screen says: its 字数 and 字符数 as numbers. */
export async function counterFigures(counter: Locator): Promise<{ words: number; chars: number | null }> {
  const words = Number(await counter.locator('[data-words]').getAttribute('data-words'));
  const text = await counter.locator('.counter-words').innerText();
  expect(text).toContain(String(words));
  const charsFigure = counter.locator('[data-chars]');
  const chars = (await charsFigure.count()) > 0 ? await charsFigure.getAttribute('data-chars') : null;
  if (chars !== null) expect(await counter.locator('.counter-chars').innerText()).toContain(chars);
  return { words, chars: chars === null ? null : Number(chars) };
}

/** A paste of `text` into the focused field, as the clipboard hands it to the page. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.activeElement!.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}
