import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { RecoveryFile } from '../../shared/recovery';
import { makeReadOnly } from '../support/read-only';
import { expect, test } from './fixtures';
import { openStep, savedDraft, startDraft, waitSaved } from './wizard-helpers';

/**
 * Saves fail for real here: the draft's file (as root, whom permissions do not stop: its
 * immutable attribute) or, for other users, its folder refuses writes, as on a read-only share.
 */
function lockDraft(dataDir: string, id: string): () => void {
  const folder = join(dataDir, 'drafts', id);
  const undo = makeReadOnly(process.getuid?.() === 0 ? join(folder, 'draft.json') : folder);
  if (!undo) throw new Error('cannot make the draft read-only on this file system');
  return undo;
}

/** The recovery file, wherever main could write it. */
function keptOnDisk(dataDir: string, id: string): RecoveryFile | undefined {
  const places = [join(dataDir, 'drafts', id, 'recovery.json'), join(dataDir, 'recovery', `${id}.json`)];
  const found = places.find((place) => existsSync(place));
  return found ? (JSON.parse(readFileSync(found, 'utf8')) as RecoveryFile) : undefined;
}

async function writeSummary(page: Page, text: string): Promise<void> {
  await openStep(page, '简介');
  const field = page.getByLabel('案例简介', { exact: true });
  await field.fill(text);
  await field.blur();
}

/** A new case, saved once under `title`, whose draft then refuses writes. */
async function lockedDraft(page: Page, dataDir: string, title: string) {
  await startDraft(page, 'case');
  await page.getByLabel('案例题目', { exact: true }).fill(title);
  await waitSaved(page);
  const { id } = savedDraft(dataDir);
  return { id, unlock: lockDraft(dataDir, id) };
}

const banner = (page: Page) => page.getByRole('alert').filter({ hasText: '保存失败' });

test('a failed save shows why with 重试, holds the export back, and a retry that works clears it', async ({
  page,
  dataDir,
}) => {
  const { id, unlock } = await lockedDraft(page, dataDir, '保存会失败的草稿');
  try {
    await writeSummary(page, '这段简介写在文件只读的时候。');
    await expect(banner(page)).toContainText('没有写入权限');
    await expect(banner(page)).toContainText('已另存为草稿旁的恢复文件');
    await expect(page.locator('[data-save-state]')).toHaveAttribute('data-save-state', 'error');
    expect(keptOnDisk(dataDir, id)?.recovery.values.summary).toBe('这段简介写在文件只读的时候。');

    // Preflight and export read the disk: they must not run on the copy without the summary.
    await openStep(page, '检查与导出');
    await expect(page.getByText('最新的修改尚未保存')).toBeVisible();
    await expect(page.getByRole('button', { name: '导出 Word 文档' })).toBeDisabled();

    await banner(page).getByRole('button', { name: '重试' }).click();
    await expect(banner(page)).toBeVisible();
    expect(savedDraft(dataDir).values.summary).toBe('');
  } finally {
    unlock();
  }
  await banner(page).getByRole('button', { name: '重试' }).click();
  await expect(banner(page)).toHaveCount(0);
  await waitSaved(page);
  expect(savedDraft(dataDir).values.summary).toBe('这段简介写在文件只读的时候。');
  expect(keptOnDisk(dataDir, id)).toBeUndefined();
  await expect(page.getByText('最新的修改尚未保存')).toHaveCount(0);
  await expect(page.getByRole('button', { name: '导出 Word 文档' })).toBeEnabled();
});

test('edits a failed save could not write are offered when the draft is next opened, and restored', async ({
  page,
  dataDir,
  restart,
}) => {
  const { id, unlock } = await lockedDraft(page, dataDir, '下次再恢复的草稿');
  try {
    await writeSummary(page, '关窗前没能保存的简介。');
    await expect(banner(page)).toBeVisible();
    // Closing flushes: the save fails again, and the edits stay in the recovery file.
    page = await restart();
  } finally {
    unlock();
  }
  expect(savedDraft(dataDir).values.summary).toBe('');
  expect(keptOnDisk(dataDir, id)?.recovery.values.summary).toBe('关窗前没能保存的简介。');

  await page.getByRole('button', { name: '我的草稿' }).click();
  await page.getByRole('button', { name: '下次再恢复的草稿', exact: true }).click();
  const offer = page.getByRole('alertdialog', { name: '这份草稿有未保存的修改' });
  await expect(offer).toContainText('案例简介');
  await expect(page.getByLabel('案例题目', { exact: true })).toHaveCount(0);
  await offer.getByRole('button', { name: '恢复这些修改' }).click();

  await openStep(page, '简介');
  await expect(page.getByLabel('案例简介', { exact: true })).toHaveValue('关窗前没能保存的简介。');
  await waitSaved(page);
  expect(savedDraft(dataDir).values.summary).toBe('关窗前没能保存的简介。');
  await expect.poll(() => keptOnDisk(dataDir, id)).toBeUndefined();
});
