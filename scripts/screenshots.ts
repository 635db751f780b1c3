import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startShell } from '../electron/browser-shell/shell';

/**
 * The README's screenshots of the screens around the wizard — home, the draft list (the sample
 * drafts: one finished case, one unfinished case over its 简介 limit, one material) and Settings —
 * in both scripts, from a fresh data folder.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'submission-desk-shots-'));
for (const sample of ['case-full', 'case-unfinished', 'material-full'])
  cpSync(join('tests/fixtures/drafts', sample), join(dataDir, 'drafts', `fixture-${sample}`), {
    recursive: true,
  });
const shell = await startShell({ dataDir, headless: true });
const screens = {
  'zh-Hans': { drafts: '我的草稿', settings: '设置', home: '返回首页', ready: '沪市监计量' },
  'zh-Hant': { drafts: '我的草稿', settings: '設定', home: '返回首頁', ready: '滬市監計量' },
} as const;
try {
  const { page } = shell;
  await page.setViewportSize({ width: 1280, height: 860 });
  for (const language of ['zh-Hans', 'zh-Hant'] as const) {
    const names = screens[language];
    if (language === 'zh-Hant') await page.getByLabel('语言').selectOption('zh-Hant');
    await page.getByText(names.ready).first().waitFor();
    await page.screenshot({ path: `docs/screenshots/home-${language}.png` });

    await page.getByRole('button', { name: names.drafts }).click();
    await page.locator('.draft-row').nth(2).waitFor();
    await page.screenshot({ path: `docs/screenshots/drafts-${language}.png` });
    await page.getByRole('button', { name: names.home }).click();

    await page.getByRole('button', { name: names.settings, exact: true }).click();
    await page.locator('.campaign-settings').waitFor();
    await page.screenshot({ path: `docs/screenshots/settings-${language}.png`, fullPage: true });
    await page.getByRole('button', { name: names.home }).click();
  }
} finally {
  await shell.close();
  rmSync(dataDir, { recursive: true, force: true });
}
