import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const electronDir = join(import.meta.dirname, '../../node_modules/electron');
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile)
  ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  : undefined;
const missing = !binary || !existsSync(binary) || !existsSync('dist/electron/main.js');
const reason =
  !binary || !existsSync(binary)
    ? 'the Electron binary is not installed (node_modules/electron/dist)'
    : 'dist/electron is not built (npm run build)';
if (missing) process.stdout.write(`skipping the Electron tests: ${reason}\n`);

test.skip(missing, reason);

test('the desktop app opens on the home screen, sandboxed', async () => {
  const home = mkdtempSync(join(tmpdir(), 'submission-desk-electron-'));
  const app = await electron.launch({
    executablePath: binary,
    args: ['.'],
    env: { ...process.env, XDG_CONFIG_HOME: home },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByRole('button', { name: '新建计量创新案例', exact: true })).toBeVisible();
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(
      await page.evaluate(() => Object.keys((globalThis as unknown as { desk: object }).desk).sort()),
    ).toEqual(['invoke', 'on']);
  } finally {
    await app.close();
    rmSync(home, { recursive: true, force: true });
  }
});
