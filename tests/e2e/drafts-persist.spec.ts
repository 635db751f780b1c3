import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import type { Draft } from '../../shared/draft';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { startDraft, waitSaved } from './wizard-helpers';

/** The attachments step, opened from the wizard's step rail as a user does. */
async function openAttachments(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: '填写步骤' })
    .getByRole('button', { name: /^\d*\s*图片与附件/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: '图片与附件' })).toBeVisible();
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Two photos as a phone gives them (one rotated by EXIF), and a tiny valid MP4. */
async function makeMedia(dir: string) {
  mkdirSync(dir, { recursive: true });
  const photo = (
    name: string,
    width: number,
    height: number,
    rgb: [number, number, number],
    orientation?: number,
  ) => {
    const file = join(dir, name);
    const image = sharp({
      create: { width, height, channels: 3, background: { r: rgb[0], g: rgb[1], b: rgb[2] } },
    }).jpeg();
    return (orientation ? image.withMetadata({ orientation }) : image).toFile(file).then(() => file);
  };
  return {
    first: await photo('服务站现场.jpg', 2600, 1300, [190, 60, 50], 6),
    second: await photo('检定工作.jpg', 900, 600, [40, 110, 170]),
    video: join(process.cwd(), 'tests/fixtures/media/tiny.mp4'),
    fakePng: (() => {
      const file = join(dir, 'scan.png');
      writeFileSync(file, '%PDF-1.4\n%%EOF\n');
      return file;
    })(),
  };
}

function draftsOnDisk(dataDir: string, list: { id: string }[]): Draft[] {
  return list.map(
    ({ id }) => JSON.parse(readFileSync(join(dataDir, 'drafts', id, 'draft.json'), 'utf8')) as Draft,
  );
}

test('a case with two images and a material with a video survive a restart, intact in the list and every field', async ({
  page,
  dataDir,
  queueDialog,
  restart,
}, testInfo) => {
  const media = await makeMedia(testInfo.outputDir);

  await startDraft(page, 'case');
  await page.getByLabel('案例题目', { exact: true }).fill('计量服务站进社区');
  await page.getByLabel('报送单位', { exact: true }).fill('某区市场监督管理局');
  await openAttachments(page);
  queueDialog([media.first, media.second]);
  await page.getByRole('button', { name: '添加图片（JPG、PNG）' }).click();
  await expect(page.getByText('已添加 2 / 2 张')).toBeVisible();
  await expect(page.getByRole('button', { name: '添加图片（JPG、PNG）' })).toBeDisabled();
  await expect(page.getByRole('img', { name: '服务站现场.jpg' })).toHaveAttribute(
    'src',
    /^data:image\/jpeg;base64,/,
  );
  const captions = page.getByLabel('图注');
  await captions.nth(0).fill('服务站现场');
  await captions.nth(1).fill('检定工作');
  await page.getByLabel('放在哪一部分之后').nth(0).selectOption({ label: '二、主要做法' });
  await waitSaved(page);

  await page.getByRole('button', { name: '← 我的草稿' }).click();
  await page.getByRole('button', { name: '返回首页' }).click();
  await startDraft(page, 'material');
  await page.getByLabel('素材题目', { exact: true }).fill('一把尺子的故事');
  await openAttachments(page);
  queueDialog([media.video]);
  await page.getByRole('button', { name: '添加视频（MP4、MOV 等）' }).click();
  await expect(page.getByText('tiny.mp4', { exact: true })).toBeVisible();
  // A PDF renamed to .png is judged by its content: refused with what to do, nothing added.
  queueDialog([media.fakePng]);
  await page.getByRole('button', { name: '添加图片（JPG、PNG）' }).click();
  await expect(page.locator('.attachments-step').getByRole('alert')).toContainText(
    '“scan.png”的实际内容不是可接受的格式',
  );
  await expect(page.locator('.attachment-item')).toHaveCount(1);
  await waitSaved(page);

  page = await restart();
  await page.getByRole('button', { name: '我的草稿' }).click();
  const rows = page.locator('.draft-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '计量服务站进社区' })).toContainText('计量创新案例');
  await expect(rows.filter({ hasText: '一把尺子的故事' })).toContainText('计量文化科普素材');

  await page.getByRole('button', { name: '计量服务站进社区', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('data-ready', 'wizard');
  await expect(page.getByLabel('案例题目', { exact: true })).toHaveValue('计量服务站进社区');
  await expect(page.getByLabel('报送单位', { exact: true })).toHaveValue('某区市场监督管理局');
  await openAttachments(page);
  await expect(page.getByLabel('图注')).toHaveCount(2);
  await expect(page.getByLabel('图注').nth(0)).toHaveValue('服务站现场');
  await expect(page.getByLabel('图注').nth(1)).toHaveValue('检定工作');
  await expect(page.getByLabel('放在哪一部分之后').nth(0)).toHaveValue('approach');
  await expect(page.getByRole('img', { name: '检定工作.jpg' })).toHaveAttribute(
    'src',
    /^data:image\/jpeg;base64,/,
  );
  await expect(page.getByText('1300 × 2600 像素')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('case-attachments.png'), fullPage: true });

  await page.getByRole('button', { name: '← 我的草稿' }).click();
  await page.getByRole('button', { name: '一把尺子的故事', exact: true }).click();
  await openAttachments(page);
  await expect(page.getByText('tiny.mp4', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: '← 我的草稿' }).click();
  await page.screenshot({ path: testInfo.outputPath('draft-list.png'), fullPage: true });
  const ids = await Promise.all(
    (await rows.all()).map(async (row) => ({ id: (await row.getAttribute('data-draft-id'))! })),
  );
  const [material, kase] = draftsOnDisk(dataDir, ids)
    .sort((a, b) => a.form.localeCompare(b.form))
    .reverse();
  expect(kase!.attachments.map((a) => [a.originalName, a.sha256, a.caption])).toEqual([
    ['服务站现场.jpg', sha256(media.first), '服务站现场'],
    ['检定工作.jpg', sha256(media.second), '检定工作'],
  ]);
  expect(material!.attachments.map((a) => [a.role, a.sha256])).toEqual([['video', sha256(media.video)]]);
});
