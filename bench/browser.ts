import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { startShell, type Shell } from '../electron/browser-shell/shell';
import { repoRoot } from './sample';
import { tempDataDir } from './services';

/** Where the baseline pages are served, beside the app's origin in the same browser. */
const BARE_ORIGIN = 'http://bare.submission-desk.local';
export const BARE_URL = `${BARE_ORIGIN}/index.html`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Builds the bare React page with the app's own Vite config, only its root and output changed. */
async function buildBarePage(outDir: string): Promise<void> {
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    root: join(repoRoot, 'bench', 'pages', 'bare'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}

/** Serves the bare page the way the shell serves the app: from disk, through the same routing. */
async function serveBare(context: BrowserContext, root: string): Promise<void> {
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== BARE_ORIGIN) return route.fallback();
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root + sep)) return route.fulfill({ status: 404 });
    const body = await readFile(path).catch(() => null);
    if (!body) return route.fulfill({ status: 404 });
    return route.fulfill({
      status: 200,
      body,
      headers: {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      },
    });
  });
}

/**
 * In every page: when the page marks itself ready (`html[data-ready]`, as the app's home screen
 * and the bare page do), the time since navigation began and the time the next frame was done
 * (a message posted from a frame callback runs once that frame has been rendered). The figures
 * leave by the console, so nothing polls the page while it loads.
 */
const LOAD_MESSAGE = 'bench:loaded';
const READY_PROBE = `(() => {
  let ready;
  new MutationObserver((_, observer) => {
    if (!document.documentElement.hasAttribute('data-ready') || ready !== undefined) return;
    ready = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => console.debug(${JSON.stringify(LOAD_MESSAGE)}, ready, performance.now());
      channel.port2.postMessage(0);
    });
  }).observe(document, { attributes: true, attributeFilter: ['data-ready'], subtree: true });
})();`;

export interface LoadTimes {
  /** Navigation start to the page marking itself ready, in ms. */
  ready: number;
  /** Navigation start to the end of the frame that shows it. */
  painted: number;
}

export interface BenchBrowser {
  shell: Shell;
  /** Opens `url` in a new tab; resolves once the page has marked itself ready and shown it. */
  open: (url: string) => Promise<{ page: Page; load: LoadTimes }>;
  close: () => Promise<void>;
}

/**
 * One headless Chromium running the real app through the browser shell (its renderer built as
 * the shell builds it, its handlers on a fresh data folder), with the bare page served beside it.
 */
export async function startBenchBrowser(): Promise<BenchBrowser> {
  const data = await tempDataDir('browser');
  const bareDir = await mkdtemp(join(tmpdir(), 'submission-desk-bench-bare-'));
  await buildBarePage(bareDir);
  const shell = await startShell({ dataDir: data.dir, headless: true, log: () => undefined });
  await serveBare(shell.context, bareDir);
  await shell.context.addInitScript({ content: READY_PROBE });
  return {
    shell,
    async open(url) {
      const page = await shell.context.newPage();
      const loaded = new Promise<LoadTimes>((resolve) =>
        page.on('console', (message) => {
          if (message.text().startsWith(LOAD_MESSAGE)) {
            const [ready, painted] = message.text().split(' ').slice(1).map(Number) as [number, number];
            resolve({ ready, painted });
          }
        }),
      );
      await page.goto(url, { waitUntil: 'commit' });
      return { page, load: await loaded };
    },
    async close() {
      await shell.close();
      await data.dispose();
      await rm(bareDir, { recursive: true, force: true });
    },
  };
}
