import { mkdirSync } from 'node:fs';
import type { Dialogs, ServiceContext } from './context';
import { openCampaign } from './delivery/campaign';
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
  /** The clock of drafts and exports; tests set one. */
  now?: () => Date;
}): ServiceContext {
  mkdirSync(options.dataDir, { recursive: true });
  const campaigns = openCampaign(options.dataDir);
  const now = options.now ?? (() => new Date());
  return {
    dataDir: options.dataDir,
    host: options.host,
    appVersion: options.appVersion,
    dialogs: options.dialogs,
    campaign: () => campaigns.current(),
    campaigns,
    now,
    drafts: new DraftRepository(options.dataDir, now, options.appVersion),
    settings: openSettings(options.dataDir, options.createStore),
    onFlushed: options.onFlushed,
  };
}
