import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The parts of the `electron` module that main, window, ipc and preload use, recording what they
 * are asked to do, so the hardening can be checked where the Electron binary cannot run. Installed
 * with `vi.mock('electron', …)`.
 */
type Handler = (...args: never[]) => unknown;

export class FakeWebContents extends EventEmitter {
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly sent: [string, unknown][] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  url = '';
  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.url = url;
    return Promise.resolve();
  }
  show(): void {}
  maximize(): void {}
  focus(): void {}
  restore(): void {}
  close(): void {}
  isMinimized = () => false;
  isMaximized = () => false;
  getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 860 });
}

export class FakeSession {
  permissionRequest: Handler | undefined;
  permissionCheck: Handler | undefined;
  headers: Handler | undefined;
  setPermissionRequestHandler(handler: Handler): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: Handler): void {
    this.permissionCheck = handler;
  }
  readonly webRequest = {
    onHeadersReceived: (handler: Handler) => {
      this.headers = handler;
    },
  };
}

class FakeApp extends EventEmitter {
  readonly userData = mkdtempSync(join(tmpdir(), 'desk-fake-electron-'));
  requestSingleInstanceLock = () => true;
  whenReady = () => Promise.resolve();
  setPath(): void {}
  getPath = () => this.userData;
  getVersion = () => '0.0.0-fake';
  quit(): void {}
}

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle(channel: string, handler: Handler): void {
    ipcMain.handlers.set(channel, handler);
  },
};

export const ipcRenderer = {
  invoked: [] as [string, unknown][],
  listening: new Set<string>(),
  invoke(channel: string, request: unknown): Promise<unknown> {
    ipcRenderer.invoked.push([channel, request]);
    return Promise.resolve({ ok: true, value: null });
  },
  on(channel: string): void {
    ipcRenderer.listening.add(channel);
  },
  removeListener(channel: string): void {
    ipcRenderer.listening.delete(channel);
  },
};

export const exposed = new Map<string, unknown>();
export const opened: string[] = [];

export const electron = {
  app: new FakeApp(),
  BrowserWindow: FakeBrowserWindow,
  ipcMain,
  ipcRenderer,
  session: { defaultSession: new FakeSession() },
  contextBridge: {
    exposeInMainWorld(name: string, api: unknown): void {
      exposed.set(name, api);
    },
  },
  Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu(): void {} },
  dialog: {},
  shell: {
    openExternal(url: string): Promise<void> {
      opened.push(url);
      return Promise.resolve();
    },
    openPath(path: string): Promise<string> {
      opened.push(path);
      return Promise.resolve('');
    },
    showItemInFolder: (path: string) => void opened.push(path),
  },
};
