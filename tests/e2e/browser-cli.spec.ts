import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { LOCK_NAME } from '../../electron/browser-shell/lock';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** `npm run browser` as a user runs it; resolves with the READY line's URL. */
function startCli(dataDir: string, port: number): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn(
    'npm',
    ['run', '--silent', 'browser', '--', '--data-dir', dataDir, '--cdp-port', String(port), '--headless'],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^READY (\S+)$/m.exec(stdout);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`browser shell exited (${code}) before READY: ${stderr}`)));
  });
  return { child, ready };
}

/** SIGTERM to the whole group, as a terminal's Ctrl+C reaches every process of the job. */
async function stop(child: ChildProcess, dataDir: string): Promise<void> {
  process.kill(-child.pid!, 'SIGTERM');
  await expect.poll(() => existsSync(join(dataDir, LOCK_NAME)), { timeout: 20_000 }).toBe(false);
}

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
