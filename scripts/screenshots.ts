import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startShell } from '../electron/browser-shell/shell';

/** The README's home-screen screenshots, in both scripts, from a fresh data folder. */
const dataDir = mkdtempSync(join(tmpdir(), 'submission-desk-shots-'));
const shell = await startShell({ dataDir, headless: true });
try {
  const { page } = shell;
  await page.screenshot({ path: 'docs/screenshots/home-zh-Hans.png' });
  await page.getByLabel('语言').selectOption('zh-Hant');
  await page.getByText('滬市監計量').waitFor();
  await page.screenshot({ path: 'docs/screenshots/home-zh-Hant.png' });
} finally {
  await shell.close();
  rmSync(dataDir, { recursive: true, force: true });
}
