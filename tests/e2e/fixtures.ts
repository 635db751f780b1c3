import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import type { DialogAnswer } from '../../electron/browser-shell/page-dialogs';
import { startShell, type Shell, type ShellOptions } from '../../electron/browser-shell/shell';

export interface DeskFixtures {
  /** The app's page, with the home screen rendered. After `restart()`, use the page it returns. */
  page: Page;
  /** The fresh data folder this test's app runs on. */
  dataDir: string;
  /**
   * Answers the next file dialog as if the path were typed in its 文件名 field and confirmed:
   * paths to open, a path to save to, or null to cancel. It goes through the same main-side dialog
   * session and checks as the in-page dialog; an answer main refuses (a folder that does not
   * exist) leaves the dialog open in the page, saying why. `shell-dialogs.spec.ts` drives the
   * visible dialog itself.
   */
  queueDialog: (answer: DialogAnswer) => void;
  /** What the app asked the desktop to open or show (file / folder), newest last. */
  revealed: () => Shell['revealed'];
  /** Closes the app cleanly (flushing pending saves) and starts it again on the same folder. */
  restart: () => Promise<Page>;
  /** The running app: its page, browser context and services. Replaced by `restart()`. */
  session: Session;
  /**
   * A forms module the app starts with (`test.use({ formsModule })`): its forms registered in main
   * and in the page through the shell's forms-module hook (docs/ARCHITECTURE.md, "Forms modules").
   */
  formsModule: string | undefined;
  /**
   * Campaign files in the data folder before the app starts, as if the user had imported them
   * (`test.use({ campaignFiles })`): how a test's forms module gets a call that offers its forms.
   */
  campaignFiles: string[];
}

/** The shell currently running for a test; `restart` swaps it for a new one on the same folder. */
class Session {
  private constructor(
    private readonly options: ShellOptions,
    public current: Shell,
  ) {}

  static async start(dataDir: string, formsModule: string | undefined): Promise<Session> {
    const options: ShellOptions = {
      dataDir,
      headless: true,
      log: () => undefined,
      ...(formsModule ? { formsModule } : {}),
    };
    return new Session(options, await startShell(options));
  }

  async restart(): Promise<Page> {
    await this.current.close();
    this.current = await startShell(this.options);
    return this.current.page;
  }
}

/**
 * Each test gets the app started in-process through the same code path as `npm run browser`,
 * on its own temporary data folder, and closed cleanly afterwards.
 */
export const test = base.extend<DeskFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form.
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'submission-desk-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
  },
  formsModule: [undefined, { option: true }],
  campaignFiles: [[], { option: true }],
  session: async ({ dataDir, formsModule, campaignFiles }, use) => {
    if (campaignFiles.length) mkdirSync(join(dataDir, 'campaigns'));
    for (const file of campaignFiles) copyFileSync(file, join(dataDir, 'campaigns', basename(file)));
    const session = await Session.start(dataDir, formsModule);
    await use(session);
    await session.current.close();
  },
  page: async ({ session }, use) => {
    await use(session.current.page);
  },
  queueDialog: async ({ session }, use) => {
    await use((answer) => session.current.queueDialog(answer));
  },
  revealed: async ({ session }, use) => {
    await use(() => session.current.revealed);
  },
  restart: async ({ session }, use) => {
    await use(() => session.restart());
  },
});

export { expect } from '@playwright/test';
