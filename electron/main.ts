import { app, BrowserWindow, ipcMain, session } from 'electron';
import Store from 'electron-store';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { electronDialogs } from './dialogs';
import { setupIpc } from './ipc';
import { setupMenu } from './menu';
import { defaultDataDir } from './services/data-dir';
import { createFlushWaiter } from './services/flush';
import { createHandlers } from './services/index';
import { createServiceContext } from './services/setup';
import { createMainWindow, guardContents, guardSession } from './window';

/** Bundled layout: dist/electron/main.js beside dist/electron/preload.cjs and dist/renderer/. */
const here = import.meta.dirname;
const preload = join(here, 'preload.cjs');
const pageUrl = pathToFileURL(join(here, '..', 'renderer', 'index.html')).href;

let window: BrowserWindow | undefined;

function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  return true;
}

/** On close, the page saves what is pending first; a page that does not answer in time is closed anyway. */
function setupCloseFlush(target: BrowserWindow, flush: ReturnType<typeof createFlushWaiter>): void {
  let flushed = false;
  target.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    void flush
      .request((token) => target.webContents.send('app:flush', { token }))
      .then(() => {
        flushed = true;
        target.close();
      });
  });
}

async function start(): Promise<void> {
  app.setPath('userData', defaultDataDir());
  await app.whenReady();
  const flush = createFlushWaiter();
  const services = createServiceContext({
    dataDir: app.getPath('userData'),
    host: 'electron',
    appVersion: app.getVersion(),
    dialogs: electronDialogs(() => window),
    createStore: ({ cwd, configName }) => new Store({ cwd, name: configName, clearInvalidConfig: false }),
    onFlushed: flush.onFlushed,
    send: (event, payload) => window?.webContents.send(event, payload),
  });
  guardSession(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
  setupIpc(ipcMain, createHandlers(services), pageUrl);
  window = createMainWindow({ settings: services.settings, preload, pageUrl });
  setupCloseFlush(window, flush);
  setupMenu(services.settings, (command) => window?.webContents.send('menu:command', command));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => services.lifetime.quit());
}

if (setupSingleInstance()) void start();
else app.quit();
