import type { Handlers } from '../../shared/ipc';
import { appHandlers } from './app';
import type { ServiceContext } from './context';
import { campaignHandlers } from './campaigns/handlers';
import { noPageDialogs } from './dialog-handlers';
import { deliveryHandlers } from './delivery/handlers';
import { draftHandlers } from './drafts/handlers';
import { exportHandlers } from './export/handlers';
import { rollupHandlers } from './rollup/handlers';

/**
 * Every channel of the contract bound to its service. Electron's ipcMain and the browser shell's
 * bridge both serve exactly this object, through the same guarded wrapper.
 */
export function createHandlers(context: ServiceContext): Handlers {
  return {
    ...appHandlers(context),
    ...draftHandlers(context),
    ...exportHandlers(context),
    ...deliveryHandlers(context),
    ...campaignHandlers(context),
    ...rollupHandlers(context),
    ...noPageDialogs(),
  };
}
