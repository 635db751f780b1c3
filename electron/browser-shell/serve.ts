import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../csp';

/** A fixed origin that never reaches the network: every request to it is answered from disk. */
export const APP_ORIGIN = 'http://app.submission-desk.local';
export const APP_URL = `${APP_ORIGIN}/index.html`;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The URL's path decoded, or null for a malformed escape (`/%E0%A4%A`), which a page can send. */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

const HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

/** Where a forms module's script is served, when the shell has one (`formsScript`). */
const FORMS_SCRIPT_PATH = '/desk-forms.js';

async function answer(route: Route, root: string, formsScript: string | undefined): Promise<void> {
  const url = new URL(route.request().url());
  if (url.origin !== APP_ORIGIN) return route.abort('blockedbyclient');
  const decoded = decodedPath(url.pathname);
  if (decoded === null) return route.fulfill({ status: 400 });
  if (formsScript !== undefined && decoded === FORMS_SCRIPT_PATH)
    return route.fulfill({
      status: 200,
      body: formsScript,
      headers: { ...HEADERS, 'content-type': TYPES['.js']! },
    });
  const path = normalize(join(root, decoded));
  if (!path.startsWith(root + sep)) return route.fulfill({ status: 404 });
  try {
    const read = await readFile(path);
    // A classic script first in the head runs before the app's module script: its forms are in
    // the registry when the app's code reads it.
    const body =
      formsScript !== undefined && decoded === '/index.html'
        ? read.toString('utf8').replace('<head>', `<head><script src="${FORMS_SCRIPT_PATH}"></script>`)
        : read;
    return route.fulfill({
      status: 200,
      body,
      headers: { ...HEADERS, 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' },
    });
  } catch {
    return route.fulfill({ status: 404 });
  }
}

/**
 * Serves the built renderer at APP_ORIGIN and refuses everything else: the app is offline. With a
 * forms module's script, index.html loads it before the app.
 */
export async function serveRenderer(
  context: BrowserContext,
  root: string,
  formsScript?: string,
): Promise<void> {
  // Whatever goes wrong with one request (the page closed before it was answered) is that
  // request's failure; a rejection here would be uncaught and end the shell without a flush.
  await context.route('**/*', (route) =>
    answer(route, normalize(root), formsScript).catch(() => route.abort('failed').catch(() => undefined)),
  );
}
