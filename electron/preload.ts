import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Result } from '../shared/errors';
import {
  events,
  isChannel,
  type Channel,
  type EventName,
  type EventOf,
  type RequestOf,
  type ResponseOf,
} from '../shared/ipc';

/**
 * The whole of what the page may ask of main: contract channels and contract events, nothing else
 * (no raw ipcRenderer). The browser shell defines the same shape, so the renderer cannot tell them apart.
 */
const api = {
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
    if (!isChannel(channel))
      return Promise.resolve({ ok: false, code: 'unknown-channel', detail: String(channel) });
    return ipcRenderer.invoke(channel, request) as Promise<Result<ResponseOf<C>>>;
  },
  /** Listens to an event from main; returns the function that stops listening. */
  on<E extends EventName>(event: E, listener: (payload: EventOf<E>) => void): () => void {
    if (!Object.hasOwn(events, event)) throw new Error(`unknown event ${String(event)}`);
    const forward = (_event: IpcRendererEvent, payload: EventOf<E>) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  },
};

contextBridge.exposeInMainWorld('desk', api);

export type DeskApi = typeof api;
