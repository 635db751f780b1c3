import type { Result } from '../../../shared/errors';
import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc';
import { confStore } from '../../../electron/services/conf-store';
import type { Dialogs } from '../../../electron/services/context';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlers } from '../../../electron/services/index';
import { createServiceContext } from '../../../electron/services/setup';

/** File dialogs that answer from queues; an empty queue answers like a user who cancelled. */
export class ScriptedDialogs implements Dialogs {
  readonly opened: string[][] = [];
  readonly saved: (string | null)[] = [];
  readonly revealed: { path: string; what: 'file' | 'folder' }[] = [];
  /** Answers every open dialog with these paths once the queue is empty (for loops in children). */
  alwaysOpen: string[] | null = null;
  alwaysSave: string | null = null;

  async openFiles(): Promise<string[]> {
    return this.opened.shift() ?? this.alwaysOpen ?? [];
  }
  async saveFile(): Promise<string | null> {
    return this.saved.length ? this.saved.shift()! : this.alwaysSave;
  }
  async chooseFolder(): Promise<string | null> {
    return this.saved.length ? this.saved.shift()! : this.alwaysSave;
  }
  async reveal(path: string, what: 'file' | 'folder'): Promise<'opened'> {
    this.revealed.push({ path, what });
    return 'opened';
  }
}

export type Call = <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

/**
 * The main process's services on `dataDir`, reached the way both hosts reach them: every call goes
 * through the guarded dispatcher with the contract's schemas, exactly as IPC delivers it.
 */
export function startServices(dataDir: string, now?: () => Date) {
  const dialogs = new ScriptedDialogs();
  const context = createServiceContext({
    dataDir,
    host: 'browser-shell',
    appVersion: '0.0.0-faults',
    dialogs,
    createStore: confStore,
    onFlushed: () => undefined,
    ...(now ? { now } : {}),
  });
  const handlers = createHandlers(context);
  const raw = (channel: unknown, payload: unknown) => dispatch(handlers, channel, payload);
  const call: Call = (channel, request) =>
    raw(channel, request) as Promise<Result<ResponseOf<typeof channel>>>;
  /** The value of a call that must succeed; a failure is thrown with its code, to fail the test. */
  const value = async <C extends Channel>(channel: C, request: RequestOf<C>): Promise<ResponseOf<C>> => {
    const result = await call(channel, request);
    if (!result.ok) throw new Error(`${channel} failed: ${result.code} ${result.detail ?? ''}`);
    return result.value;
  };
  return { context, dialogs, handlers, raw, call, value };
}
export type Services = ReturnType<typeof startServices>;
