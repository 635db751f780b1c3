import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS, findChromium } from '../../../electron/browser-shell/chromium';
import { acquireLock, LOCK_NAME } from '../../../electron/browser-shell/lock';
import { APP_ORIGIN, APP_URL, serveRenderer } from '../../../electron/browser-shell/serve';
import { denyNewWindows } from '../../../electron/browser-shell/windows';
import { scratch } from '../../faults/lib/fixtures';

/**
 * Issue 16, item 5: the browser shell, which runs the same services as the desktop app, must not
 * die on a request, must deny new windows as Electron does, and must not be blocked by a lock
 * file naming some other live process.
 */
let root: Awaited<ReturnType<typeof scratch>>;
beforeAll(async () => {
  root = await scratch('shell');
});
afterAll(() => root.cleanup());

/** The route handler the shell installs, driven with requests a page can make. */
async function routeHandler(dist: string) {
  let handler: ((route: Route) => Promise<void>) | undefined;
  const context = {
    route: async (_pattern: string, fn: (route: Route) => Promise<void>) => void (handler = fn),
    on: () => context,
  } as unknown as BrowserContext;
  await serveRenderer(context, dist);
  return async (url: string) => {
    const answers: { status?: number }[] = [];
    const route = {
      request: () => ({ url: () => url }),
      fulfill: async (answer: { status?: number }) => void answers.push(answer),
      abort: async () => void answers.push({ status: 0 }),
    } as unknown as Route;
    await handler!(route);
    return answers;
  };
}

describe('serving the renderer', () => {
  it('a malformed percent-escape is answered 400, not an uncaught URIError', async () => {
    const dist = join(root.dir, 'dist');
    await mkdir(dist, { recursive: true });
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>desk</title>');
    const request = await routeHandler(dist);
    for (const path of ['/%E0%A4%A', '/%', '/%zz', '/%C0%AF', '/..%2f..%2fetc%2fpasswd'])
      expect(await request(`${APP_ORIGIN}${path}`), path).toEqual([
        expect.objectContaining({ status: expect.any(Number) }),
      ]);
    expect((await request(`${APP_ORIGIN}/%E0%A4%A`))[0]!.status).toBe(400);
    expect((await request(`${APP_ORIGIN}/index.html`))[0]!.status).toBe(200);
  });
});

const chromiumPath = (() => {
  try {
    return findChromium();
  } catch {
    return null;
  }
})();
if (!chromiumPath) console.warn('Skipping the window.open check: no Chromium (set CHROMIUM_PATH).');

describe('new windows', () => {
  it.skipIf(!chromiumPath)(
    'window.open is denied in the shell as in Electron',
    { timeout: 60_000 },
    async () => {
      const dist = join(root.dir, 'dist-open');
      await mkdir(dist, { recursive: true });
      await writeFile(join(dist, 'index.html'), '<!doctype html><title>desk</title><p>desk</p>');
      const context = await chromium.launchPersistentContext(join(root.dir, 'profile'), {
        executablePath: chromiumPath!,
        headless: true,
        args: CHROMIUM_FLAGS,
      });
      try {
        await denyNewWindows(context);
        await serveRenderer(context, dist);
        const page = context.pages()[0] ?? (await context.newPage());
        await page.goto(APP_URL);
        // Source text: this file is compiled for Node, without the DOM's types.
        const opened = await page.evaluate(
          `[window.open(${JSON.stringify(APP_URL)}) === null, window.open('about:blank', '_blank') === null]`,
        );
        await page.waitForTimeout(500);
        expect(opened).toEqual([true, true]);
        // A link with target=_blank is not window.open: its page is closed as soon as it appears.
        await page.evaluate(
          `(() => { const a = document.createElement('a'); a.href = ${JSON.stringify(APP_URL)}; a.target = '_blank'; document.body.append(a); a.click(); })()`,
        );
        await page.waitForTimeout(1_000);
        expect(context.pages().filter((p) => !p.isClosed())).toHaveLength(1);
      } finally {
        await context.close();
      }
    },
  );
});

describe('one shell per data folder', () => {
  let unrelated: ChildProcess;
  beforeAll(() => {
    unrelated = spawn('sleep', ['60'], { stdio: 'ignore' });
  });
  afterAll(() => {
    unrelated.kill();
  });

  it('a live PID that is not a shell of ours does not block the lock', async () => {
    const dataDir = join(root.dir, 'lock-unrelated');
    await mkdir(dataDir, { recursive: true });
    expect(unrelated.pid).toBeGreaterThan(0);
    for (const content of [String(unrelated.pid), JSON.stringify({ pid: unrelated.pid, started: '1' })]) {
      await writeFile(join(dataDir, LOCK_NAME), content);
      const release = acquireLock(dataDir);
      expect(await readFile(join(dataDir, LOCK_NAME), 'utf8')).toContain(String(process.pid));
      release();
      expect(existsSync(join(dataDir, LOCK_NAME))).toBe(false);
    }
  });

  it('a live shell of ours still holds its folder', { timeout: 60_000 }, async () => {
    const dataDir = join(root.dir, 'lock-held');
    const holder = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `import('./electron/browser-shell/lock.ts').then(({ acquireLock }) => { acquireLock(${JSON.stringify(dataDir)}); console.log('locked'); setInterval(() => {}, 1000); });`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('locked') && resolve());
        holder.on('exit', (code) => reject(new Error(`holder exited ${code}`)));
      });
      expect(() => acquireLock(dataDir)).toThrow(/another instance/);
    } finally {
      holder.kill();
    }
  });
});
