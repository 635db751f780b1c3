import {
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  type Session,
  type WebContents,
} from 'electron';
import type { WindowState } from '../shared/settings';
import { CONTENT_SECURITY_POLICY } from './csp';
import type { SettingsService } from './services/settings';

/** The secure defaults of docs/ARCHITECTURE.md, written out rather than left to Electron's defaults. */
export function windowOptions(state: WindowState, preload: string): BrowserWindowConstructorOptions {
  return {
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 800,
    minHeight: 600,
    show: false,
    backgroundColor: '#f6f4ef',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  };
}

/** The page never navigates and never opens windows: any attempt is an attack or a bug. */
export function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** No camera, microphone, notifications or anything else; and the CSP on every response. */
export function guardSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    }),
  );
}

/** Keeps the window where the user left it, across restarts. */
function rememberBounds(window: BrowserWindow, settings: SettingsService): void {
  window.on('close', () => {
    const { x, y, width, height } = window.getNormalBounds();
    const state: WindowState = {
      x,
      y,
      width: Math.max(width, 400),
      height: Math.max(height, 300),
      maximized: window.isMaximized(),
    };
    settings.update({ window: state });
  });
}

export function createMainWindow(options: {
  settings: SettingsService;
  preload: string;
  pageUrl: string;
}): BrowserWindow {
  const state = options.settings.get().window;
  const window = new BrowserWindow(windowOptions(state, options.preload));
  guardContents(window.webContents);
  rememberBounds(window, options.settings);
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(options.pageUrl);
  return window;
}
