import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Result } from '../shared/errors';
import { channelNames, type Handlers } from '../shared/ipc';
import { dispatch } from './services/dispatch';

/** Only the top frame of our own page may call main; anything else is refused before parsing. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, pageUrl: string): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent) return false;
  const url = frame.url.split(/[?#]/)[0];
  return url === pageUrl;
}

/** Serves every contract channel through the guarded dispatcher, as the browser shell does. */
export function setupIpc(ipcMain: IpcMain, handlers: Handlers, pageUrl: string): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, (event, payload: unknown): Promise<Result<unknown>> | Result<unknown> =>
      isTrustedSender(event, pageUrl)
        ? dispatch(handlers, channel, payload)
        : { ok: false, code: 'forbidden-sender' },
    );
  }
}
