/**
 * The delivery screenshots in docs/screenshots: the preview of the sample case (LibreOffice's
 * pages where installed), the package result, and the cover sheet as printed (cover sheet .docx →
 * LibreOffice PDF → pdftoppm). Run: `npx tsx scripts/delivery-screenshots.ts` (needs a built renderer).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { startShell } from '../electron/browser-shell/shell';
import { findSoffice } from '../electron/services/delivery/tools';
import { openSampleReview } from '../tests/e2e/delivery-helpers';

const OUT = 'docs/screenshots';
const dataDir = mkdtempSync(join(tmpdir(), 'submission-desk-delivery-shots-'));
const shell = await startShell({ dataDir, headless: true });
try {
  const { page } = shell;
  await page.setViewportSize({ width: 1280, height: 1000 });
  await openSampleReview(page, dataDir);
  const delivery = page.getByRole('region', { name: '预览与报送' });

  await page.getByRole('button', { name: '预览打印效果' }).click();
  const preview = page.getByRole('region', { name: '预览打印效果' });
  await preview.getByRole('img', { name: '第 1 页' }).waitFor({ timeout: 90_000 });
  await preview.evaluate((element) => element.scrollIntoView());
  await preview.screenshot({ path: join(OUT, 'delivery-preview.png') });
  await page.getByRole('button', { name: '收起预览' }).click();

  shell.queueDialog(join(dataDir, '报送包.zip'));
  await delivery.getByRole('button', { name: '生成报送包（zip）' }).click();
  await delivery.locator('.package-result').waitFor({ timeout: 90_000 });
  await delivery.screenshot({ path: join(OUT, 'delivery-package.png') });

  const cover = join(dataDir, 'cover.docx');
  shell.queueDialog(cover);
  await delivery.getByRole('button', { name: '生成寄送封面' }).click();
  await delivery.getByText(cover).waitFor();
  const soffice = findSoffice()!;
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=file://${dataDir}/profile`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dataDir,
      cover,
    ],
    { stdio: 'ignore' },
  );
  execFileSync('pdftoppm', [
    '-r',
    '60',
    '-png',
    '-singlefile',
    join(dataDir, 'cover.pdf'),
    join(dataDir, 'cover'),
  ]);
  await sharp(join(dataDir, 'cover.png'))
    .png({ palette: true, colours: 32, compressionLevel: 9 })
    .toFile(join(OUT, 'delivery-cover-sheet.png'));

  // The same step in the traditional UI: the package made again, its result as the user sees it.
  await page.getByLabel('语言').selectOption('zh-Hant');
  const traditional = page.getByRole('region', { name: '預覽與報送' });
  shell.queueDialog(join(dataDir, '報送包.zip'));
  await traditional.getByRole('button', { name: '產生報送包（zip）' }).click();
  await traditional.locator('.package-result').waitFor({ timeout: 90_000 });
  await traditional.screenshot({ path: join(OUT, 'delivery-package-zh-Hant.png') });
  console.log(`delivery screenshots written to ${OUT}`);
} finally {
  await shell.close();
  rmSync(dataDir, { recursive: true, force: true });
}
