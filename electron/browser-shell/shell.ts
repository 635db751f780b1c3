import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { events, type EventName } from '../../shared/ipc';
import { confStore } from '../services/conf-store';
import type { ServiceContext } from '../services/context';
import { createFlushWaiter } from '../services/flush';
import { FORMS_MODULE_ENV, formsScript, loadFormsModule } from '../services/forms/module';
import { createHandlers } from '../services/index';
import { createServiceContext } from '../services/setup';
import { bridge, emit } from './bridge';
import { ensureRendererBuilt, rendererDist } from './build';
import { CHROMIUM_FLAGS, findChromium } from './chromium';
import { acquireLock } from './lock';
import { createPageDialogs, type DialogAnswer } from './page-dialogs';
import { repoRoot } from './paths';
import { placeEnv } from './places';
import { APP_URL, serveRenderer } from './serve';
import { denyNewWindows } from './windows';

export interface ShellOptions {
  dataDir: string;
  headless: boolean;
  cdpPort?: number;
  log?: (line: string) => void;
  /**
   * A forms module to register, in main and in the page (`electron/services/forms/module.ts`);
   * by default the one `DESK_FORMS_MODULE` names.
   */
  formsModule?: string;
}

export interface Shell {
  url: string;
  page: Page;
  context: BrowserContext;
  services: ServiceContext;
  queueDialog: (answer: DialogAnswer) => void;
  revealed: { path: string; what: 'file' | 'folder' }[];
  /** Asks the page to save what is pending, waits (bounded) for it, then closes everything. */
  close: () => Promise<void>;
}

const appVersion = (): string =>
  (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

/**
 * The whole app in Chromium without Electron (docs/ARCHITECTURE.md): the built renderer served at a fixed
 * origin, the same services behind the same dispatcher, a lock per data folder. `npm run browser`
 * and the end-to-end harness both start it through here.
 */
export async function startShell(options: ShellOptions): Promise<Shell> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const release = acquireLock(options.dataDir);
  const profile = mkdtempSync(join(tmpdir(), 'submission-desk-chromium-'));
  const cleanUp = () => {
    release();
    rmSync(profile, { recursive: true, force: true });
  };
  let context: BrowserContext | undefined;
  try {
    await ensureRendererBuilt(log);
    const formsModule = await loadFormsModule(options.formsModule ?? process.env[FORMS_MODULE_ENV]);
    const script = formsModule === undefined ? undefined : await formsScript(formsModule);
    const flush = createFlushWaiter();
    const shellDialogs = createPageDialogs(placeEnv(options.dataDir));
    // Events go to the app's page once it is there; one sent while it reloads is not heard.
    const eventsTo: { page?: Page } = {};
    const services = createServiceContext({
      dataDir: options.dataDir,
      host: 'browser-shell',
      appVersion: appVersion(),
      dialogs: shellDialogs.dialogs,
      createStore: confStore,
      onFlushed: flush.onFlushed,
      send: (event, payload) =>
        void (eventsTo.page && emit(eventsTo.page, event, payload).catch(() => undefined)),
    });
    const { window: bounds } = services.settings.get();
    context = await chromium.launchPersistentContext(profile, {
      executablePath: findChromium(),
      headless: options.headless,
      args: [
        ...CHROMIUM_FLAGS,
        // An app window (no tabs, no address bar) gives the page keys a tab keeps for itself
        // (Ctrl+N, Ctrl+Shift+N), so the shell's shortcuts are those of the Electron menu.
        ...(options.headless ? [] : ['--app=data:text/html,']),
        ...(options.cdpPort ? [`--remote-debugging-port=${options.cdpPort}`] : []),
      ],
      viewport: { width: bounds.width, height: bounds.height },
      locale: 'zh-CN',
    });
    await denyNewWindows(context);
    await serveRenderer(context, rendererDist, script);
    await bridge(
      context,
      { ...createHandlers(services), ...shellDialogs.handlers },
      Object.keys(events) as EventName[],
    );
    const page = context.pages()[0] ?? (await context.newPage());
    eventsTo.page = page;
    shellDialogs.showIn((view) => emit(page, 'dialog:open', view));
    // A dialog open in a page that reloads or closes has no one left to answer it.
    page.on('framenavigated', (frame) => frame === page.mainFrame() && shellDialogs.cancelOpen());
    page.on('close', () => shellDialogs.cancelOpen());
    await page.goto(APP_URL);
    await page.waitForSelector('html[data-ready]', { timeout: 30_000 });
    const open = context;
    return {
      url: APP_URL,
      page,
      context: open,
      services,
      queueDialog: shellDialogs.queue,
      revealed: shellDialogs.revealed,
      async close() {
        await flush.request((token) => emit(page, 'app:flush', { token }));
        await open.close();
        services.lifetime.quit();
        cleanUp();
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    cleanUp();
    throw error;
  }
}
