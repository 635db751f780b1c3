import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPageDialogs } from '../electron/browser-shell/page-dialogs';
import { placeEnv } from '../electron/browser-shell/places';
import { confStore } from '../electron/services/conf-store';
import { dispatch } from '../electron/services/dispatch';
import { createHandlers } from '../electron/services/index';
import { createServiceContext } from '../electron/services/setup';
import type { Channel, RequestOf, ResponseOf } from '../shared/ipc';

/** A fresh temporary data folder, removed by `dispose`. */
export async function tempDataDir(purpose: string): Promise<{ dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `submission-desk-bench-${purpose}-`));
  return { dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The main process's services on a data folder, called as the renderer calls them: through the
 * guarded dispatcher, so each request is parsed by the contract's schema as in the app.
 * Dialogs are answered from a queue, through the browser shell's checks of what a user types.
 */
export function appServices(dataDir: string) {
  const dialogs = createPageDialogs(placeEnv(dataDir));
  const context = createServiceContext({
    dataDir,
    host: 'browser-shell',
    appVersion: 'bench',
    dialogs: dialogs.dialogs,
    createStore: confStore,
    onFlushed: () => undefined,
  });
  const handlers = createHandlers(context);
  async function call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> {
    const result = await dispatch(handlers, channel, request);
    if (!result.ok) throw new Error(`${channel} failed: ${result.code} ${result.detail ?? ''}`);
    return result.value as ResponseOf<C>;
  }
  return { call, queueDialog: dialogs.queue, context };
}
