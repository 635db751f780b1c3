import { mkdirSync } from 'node:fs';
import type { Dialogs, Lifetime, ServiceContext } from './context';
import { isFormId } from '../../shared/forms';
import { builtinCampaignsDir } from './campaigns/builtin-dir';
import { openCampaigns } from './campaigns/registry';
import { DraftRepository } from './drafts/repository';
import { openSettings, type StoreFactory } from './settings';

/** One place that assembles the services' context, so Electron and the browser shell agree. */
export function createServiceContext(options: {
  dataDir: string;
  host: ServiceContext['host'];
  appVersion: string;
  dialogs: Dialogs;
  createStore: StoreFactory;
  onFlushed: (token: string) => void;
  /** How events reach the page; without one (the CLI, tests), nobody listens. */
  send?: ServiceContext['send'];
  /** The clock of drafts and exports; tests set one. */
  now?: () => Date;
  /** The built-in campaign files; tests give a folder with one more to show next year's call. */
  campaignsDir?: string;
}): ServiceContext {
  mkdirSync(options.dataDir, { recursive: true });
  const now = options.now ?? (() => new Date());
  const campaigns = openCampaigns({
    builtinDir: options.campaignsDir ?? builtinCampaignsDir(),
    dataDir: options.dataDir,
    isFormId,
    now: now(),
  });
  return {
    dataDir: options.dataDir,
    host: options.host,
    appVersion: options.appVersion,
    dialogs: options.dialogs,
    campaigns,
    now,
    drafts: new DraftRepository(options.dataDir, now, options.appVersion),
    settings: openSettings(options.dataDir, options.createStore),
    onFlushed: options.onFlushed,
    send: options.send ?? (() => undefined),
    lifetime: createLifetime(),
  };
}

function createLifetime(): Lifetime {
  const cleanUps: (() => void)[] = [];
  return {
    onQuit: (cleanUp) => void cleanUps.push(cleanUp),
    quit() {
      // Each clean-up runs even when one before it throws: quitting never stops half-way.
      for (const cleanUp of cleanUps.splice(0))
        try {
          cleanUp();
        } catch {
          // Nothing to tell: what is left is removed at the next start of the same task.
        }
    },
  };
}
