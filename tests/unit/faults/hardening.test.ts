import { join } from 'node:path';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';
import { isTrustedSender, setupIpc } from '../../../electron/ipc';
import { guardContents, guardSession, windowOptions } from '../../../electron/window';
import { channelNames, type Handlers } from '../../../shared/ipc';
import {
  electron,
  exposed,
  FakeBrowserWindow,
  FakeSession,
  FakeWebContents,
  ipcMain,
  ipcRenderer,
} from '../../faults/lib/fake-electron';

vi.mock('electron', async () => (await import('../../faults/lib/fake-electron')).electron);
vi.mock('electron-store', () => ({
  default: class {
    store: Record<string, unknown> = {};
  },
}));

/**
 * The Electron side of docs/ARCHITECTURE.md (secure defaults), checked with `electron` replaced by a recorder:
 * the window's web preferences, the page's guards, the session's permission and CSP handlers, the
 * IPC sender check, the preload's surface, and that main really wires all of them up.
 */
const PAGE = 'file:///opt/desk/resources/app.asar/dist/renderer/index.html';
const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } }) as never;
const HOSTILE_URLS = [
  'https://example.com/',
  'http://127.0.0.1:8080/',
  'file:///etc/passwd',
  'javascript:alert(1)',
  'data:text/html,<script>1</script>',
];

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((tokens) => tokens[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('BrowserWindow and page guards', () => {
  it('web preferences: isolated, sandboxed, no Node, web security on, no webview', () => {
    const options = windowOptions({ width: 1280, height: 860, maximized: false }, '/app/preload.cjs');
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(options.webPreferences).not.toHaveProperty('experimentalFeatures');
    expect(options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('navigation, redirects, webviews and new windows are all refused', () => {
    const contents = new FakeWebContents();
    guardContents(contents as never);
    for (const event of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      for (const url of HOSTILE_URLS) {
        const preventDefault = vi.fn();
        contents.emit(event, { preventDefault, url }, url);
        expect(preventDefault, `${event} ${url}`).toHaveBeenCalled();
      }
    }
    for (const url of [...HOSTILE_URLS, PAGE])
      expect(contents.openHandler!({ url })).toEqual({ action: 'deny' });
  });

  it('every permission request and check is refused, and every response carries the CSP', () => {
    const session = new FakeSession();
    guardSession(session as never);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      (session.permissionRequest as (...args: unknown[]) => void)({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect((session.permissionCheck as (...args: unknown[]) => boolean)({}, permission, PAGE)).toBe(false);
    }
    const callback = vi.fn();
    (session.headers as (...args: unknown[]) => void)(
      { responseHeaders: { 'Content-Security-Policy': ['default-src *'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
});

describe('Content Security Policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('loads nothing from anywhere but the app, runs no inline or eval’d script, embeds nothing', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors'])
      expect(policy.get(name)).toEqual(["'none'"]);
    for (const [name, sources] of policy)
      for (const source of sources)
        expect(source, name).not.toMatch(/^(\*|https?:|wss?:|'unsafe-eval'|'unsafe-hashes')/);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('the page carries the same policy in its meta tag (less frame-ancestors, which a meta tag cannot set)', () => {
    const html = readFileSync(join(import.meta.dirname, '..', '..', '..', 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const fromMeta = directives(meta ?? '');
    expect(fromMeta.size).toBeGreaterThan(0);
    policy.delete('frame-ancestors');
    expect(fromMeta).toEqual(policy);
  });
});

describe('IPC sender check', () => {
  it('only the top frame of our own page may call main', () => {
    expect(isTrustedSender(frame(PAGE), PAGE)).toBe(true);
    expect(isTrustedSender(frame(`${PAGE}#/wizard`), PAGE)).toBe(true);
    expect(isTrustedSender(frame(PAGE, {}), PAGE)).toBe(false);
    expect(isTrustedSender({ senderFrame: null } as never, PAGE)).toBe(false);
    for (const url of [...HOSTILE_URLS, `${PAGE}.evil.html`, 'file:///tmp/index.html'])
      expect(isTrustedSender(frame(url), PAGE), url).toBe(false);
  });

  it('every channel is served through the check: a foreign frame gets forbidden-sender and reaches no service', async () => {
    const served = vi.fn(async () => ({ done: true }));
    const handlers = Object.fromEntries(channelNames.map((name) => [name, served])) as unknown as Handlers;
    ipcMain.handlers.clear();
    setupIpc(ipcMain as never, handlers, PAGE);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());
    for (const [channel, handle] of ipcMain.handlers) {
      const foreign = await (handle as (...args: unknown[]) => unknown)(frame('https://example.com/'), {});
      expect(foreign, channel).toEqual({ ok: false, code: 'forbidden-sender' });
      const framed = await (handle as (...args: unknown[]) => unknown)(frame(PAGE, {}), {});
      expect(framed, channel).toEqual({ ok: false, code: 'forbidden-sender' });
    }
    expect(served).not.toHaveBeenCalled();
  });
});

describe('preload', () => {
  beforeAll(async () => {
    await import('../../../electron/preload');
  });

  it('exposes only `desk` with invoke and on, never ipcRenderer itself', () => {
    expect([...exposed.keys()]).toEqual(['desk']);
    const desk = exposed.get('desk') as Record<string, unknown>;
    expect(Object.keys(desk).sort()).toEqual(['invoke', 'on']);
    expect(desk).not.toBe(ipcRenderer);
  });

  it('refuses channels and events outside the contract before anything reaches main', async () => {
    const desk = exposed.get('desk') as {
      invoke: (c: string, r: unknown) => Promise<unknown>;
      on: (e: string, l: () => void) => () => void;
    };
    ipcRenderer.invoked.length = 0;
    for (const name of ['drafts:nuke', '__proto__', 'constructor', 'ELECTRON_BROWSER_REQUIRE'])
      expect(await desk.invoke(name, {})).toMatchObject({ ok: false, code: 'unknown-channel' });
    expect(ipcRenderer.invoked).toEqual([]);
    await desk.invoke('app:info', {});
    expect(ipcRenderer.invoked).toEqual([['app:info', {}]]);
    expect(() => desk.on('ELECTRON_GUEST_WINDOW_MANAGER', () => undefined)).toThrow();
    desk.on('app:flush', () => undefined)();
    expect(ipcRenderer.listening.size).toBe(0);
  });
});

describe('main wires the guards', () => {
  afterAll(() => rmSync(electron.app.userData, { recursive: true, force: true }));

  it('guards every web contents and the default session, serves IPC with the sender check, loads only the bundled page', async () => {
    await import('../../../electron/main');
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1), { timeout: 10_000 });
    const [window] = FakeBrowserWindow.instances;
    expect(window!.url).toMatch(/^file:\/\/.*\/renderer\/index\.html$/);
    expect(window!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
    });
    expect(window!.webContents.openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });

    const session = electron.session.defaultSession;
    expect(session.permissionRequest && session.permissionCheck && session.headers).toBeTruthy();

    const other = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, other);
    expect(other.openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(other.listenerCount('will-navigate')).toBe(1);

    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channelNames].sort());
    const answer = await (ipcMain.handlers.get('app:info') as (...args: unknown[]) => unknown)(
      frame('https://example.com/'),
      {},
    );
    expect(answer).toEqual({ ok: false, code: 'forbidden-sender' });
    const own = (await (ipcMain.handlers.get('app:info') as (...args: unknown[]) => unknown)(
      frame(window!.url),
      {},
    )) as { ok: boolean };
    expect(own.ok).toBe(true);
  });
});
