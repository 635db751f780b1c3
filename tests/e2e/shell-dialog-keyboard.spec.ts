import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { expect, test } from './fixtures';
import { openStep, startDraft } from './wizard-helpers';

test('the in-page file dialog passes axe and is used by keyboard alone: Esc cancels, a typed folder opens, Space picks several', async ({
  page,
  dataDir,
}) => {
  const photos = join(dataDir, '照片');
  mkdirSync(photos);
  for (const [name, r] of [
    ['现场.jpg', 200],
    ['检定.jpg', 40],
  ] as const)
    await sharp({ create: { width: 900, height: 600, channels: 3, background: { r, g: 90, b: 120 } } })
      .jpeg()
      .toFile(join(photos, name));
  await startDraft(page, 'case');
  await openStep(page, '图片与附件');
  const add = page.getByRole('button', { name: '添加图片（JPG、PNG）' });
  const dialog = page.getByRole('dialog', { name: '选择要添加的文件' });
  const fileName = dialog.getByLabel('文件名', { exact: true });

  await add.click();
  await expect(fileName).toBeFocused();
  expect((await new AxeBuilder({ page }).include('.file-dialog').analyze()).violations).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('.attachment-item')).toHaveCount(0);

  await add.click();
  await page.keyboard.type(photos);
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('当前文件夹')).toHaveText(photos);
  await page.keyboard.press('Shift+Tab');
  const list = dialog.getByRole('listbox', { name: '文件夹内容' });
  await expect(list).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(list.getByRole('option', { selected: true })).toHaveCount(2);
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('已添加 2 / 2 张')).toBeVisible();
});
