import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: vi.fn() }));

const { guardContents, guardSession, windowOptions } = await import('../../../electron/window');
const { CONTENT_SECURITY_POLICY } = await import('../../../electron/csp');

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: string }) | undefined;
  return {
    on: (name: string, listener: Listener) => listeners.set(name, listener),
    setWindowOpenHandler: (handler: typeof openHandler) => {
      openHandler = handler;
    },
    emit(name: string, url: string) {
      const event = { defaultPrevented: false, preventDefault: vi.fn() };
      listeners.get(name)?.(event, url);
      return event;
    },
    open: (url: string) => openHandler?.({ url }),
  };
}

describe('the window', () => {
  const options = windowOptions({ width: 1200, height: 800, maximized: false }, '/app/preload.cjs');

  it('holds the secure web preferences, written out', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('opens where it was left', () => {
    expect(windowOptions({ x: 10, y: 20, width: 900, height: 700, maximized: true }, 'p')).toMatchObject({
      x: 10,
      y: 20,
      width: 900,
      height: 700,
    });
    expect(options).not.toHaveProperty('x');
  });

  it('prevents every navigation, redirect and webview', () => {
    const contents = fakeContents();
    guardContents(contents as never);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      expect(contents.emit(name, 'https://example.com/').preventDefault).toHaveBeenCalled();
    }
  });

  it('denies window.open', () => {
    const contents = fakeContents();
    guardContents(contents as never);
    expect(contents.open('https://example.com/')).toEqual({ action: 'deny' });
  });
});

describe('the session', () => {
  interface Captured {
    request?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: () => boolean;
    headers?: (details: unknown, callback: (response: unknown) => void) => void;
  }
  function fakeSession(): Captured {
    const captured: Captured = {};
    guardSession({
      setPermissionRequestHandler: (handler: Captured['request']) => (captured.request = handler),
      setPermissionCheckHandler: (handler: Captured['check']) => (captured.check = handler),
      webRequest: { onHeadersReceived: (handler: Captured['headers']) => (captured.headers = handler) },
    } as never);
    return captured;
  }

  it('denies every permission request and check', () => {
    const session = fakeSession();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      session.request!({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(session.check!()).toBe(false);
  });

  it('adds the strict CSP to every response', () => {
    const session = fakeSession();
    const callback = vi.fn();
    session.headers!({ responseHeaders: { 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
