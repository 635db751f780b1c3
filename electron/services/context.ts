import type { RevealOutcome } from '../../shared/dialog';
import type { EventName, EventOf } from '../../shared/ipc';
import type { CampaignRegistry } from './campaigns/registry';
import type { DraftRepository } from './drafts/repository';
import type { SettingsService } from './settings';

/**
 * How the services reach the world outside plain Node: native dialogs in Electron, dialogs drawn
 * in the page in the browser shell, a queue in tests. Services never import `electron`.
 */
export interface Dialogs {
  /** Absolute paths the user picked; empty when they cancelled. */
  openFiles(options: {
    purpose: 'attachment' | 'package' | 'campaign' | 'rollup';
    filters: { name: string; extensions: string[] }[];
    multiple: boolean;
  }): Promise<string[]>;
  /** The path to write to, or null when the user cancelled. */
  saveFile(options: {
    purpose: 'export' | 'package' | 'rollup';
    defaultName: string;
    filters: { name: string; extensions: string[] }[];
  }): Promise<string | null>;
  /**
   * A folder the user picked, or null when they cancelled: where to write (`export`, `package`),
   * the submissions to roll up (`rollup`), or earlier years' for the originality check (`earlier`).
   */
  chooseFolder(options: { purpose: 'export' | 'package' | 'rollup' | 'earlier' }): Promise<string | null>;
  /**
   * Opens a file with its default application, or shows it in its folder, and says which it did;
   * a host with no desktop to hand it to only locates it, and the page says where it is.
   */
  reveal(path: string, what: 'file' | 'folder'): Promise<RevealOutcome>;
}

export interface ServiceContext {
  /** The root of everything the app keeps: settings, drafts, trash, quarantine. */
  dataDir: string;
  host: 'electron' | 'browser-shell';
  appVersion: string;
  dialogs: Dialogs;
  /**
   * Every campaign the app holds (built-in, imported, edited), read once at start; a draft's
   * exports print the facts of `campaigns.forDraft(draft)`.
   */
  campaigns: CampaignRegistry;
  now: () => Date;
  /**
   * The one repository of the running app. Writes to a draft are serialised per repository, so
   * every service that saves drafts (editing, export records) goes through this instance.
   */
  drafts: DraftRepository;
  settings: SettingsService;
  /** Told when the renderer has saved everything after an `app:flush` event, so the host may close. */
  onFlushed: (token: string) => void;
  /**
   * Sends an event to the page (`webContents.send` in Electron, the bridge in the browser shell):
   * a long task's progress. Dropped while no page is there to hear it.
   */
  send: <E extends EventName>(event: E, payload: EventOf<E>) => void;
  /** What a service leaves behind until the app quits (a roll-up's unpacked packages) is removed then. */
  lifetime: Lifetime;
}

/** Clean-ups run once when the host quits (Electron's `will-quit`, the browser shell's close). */
export interface Lifetime {
  onQuit(cleanUp: () => void): void;
  quit(): void;
}
