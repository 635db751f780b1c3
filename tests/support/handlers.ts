import type { Dialogs } from '../../electron/services/context';
import { createHandlers } from '../../electron/services/index';
import { createServiceContext } from '../../electron/services/setup';
import type { Handlers } from '../../shared/ipc';

/** Every channel's handler as the browser shell serves them, on `dataDir`, with scripted dialogs. */
export function testHandlers(dataDir: string, dialogs: Dialogs, campaignsDir?: string): Handlers {
  return createHandlers(
    createServiceContext({
      dataDir,
      ...(campaignsDir ? { campaignsDir } : {}),
      host: 'browser-shell',
      appVersion: 'test',
      dialogs,
      createStore: () => ({ store: {} }),
      onFlushed: () => undefined,
    }),
  );
}
