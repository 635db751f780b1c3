import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { freePort, startCli, stopCli as stop } from '../support/shell-cli';

test('npm run browser: READY, home screen over CDP, language kept across a restart', async () => {
  test.setTimeout(120_000);
  const dataDir = mkdtempSync(join(tmpdir(), 'submission-desk-cli-'));
  try {
    const port = await freePort();
    const first = startCli(dataDir, port);
    const url = await first.ready;
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const page = browser.contexts()[0]!.pages()[0]!;
    expect(page.url()).toBe(url);
    await expect(page.getByRole('button', { name: '新建计量创新案例', exact: true })).toBeVisible();
    await page.getByLabel('语言').selectOption({ label: '繁體中文' });
    await expect(page.getByRole('heading', { level: 1, name: '徵集表填報助手' })).toBeVisible();
    await browser.close();
    await stop(first.child, dataDir);
    expect(JSON.parse(readFileSync(join(dataDir, 'settings.json'), 'utf8'))).toMatchObject({
      language: 'zh-Hant',
    });

    const second = startCli(dataDir, port);
    await second.ready;
    const again = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const page2 = again.contexts()[0]!.pages()[0]!;
    await expect(page2.getByRole('heading', { level: 1, name: '徵集表填報助手' })).toBeVisible();
    await expect(page2.getByRole('button', { name: '新增計量創新案例', exact: true })).toBeVisible();
    await again.close();
    await stop(second.child, dataDir);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
