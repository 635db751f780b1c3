import { describe, expect, it, vi } from 'vitest';

const exposed = new Map<string, unknown>();
const ipc = { invoke: vi.fn(async () => ({ ok: true, value: 1 })), on: vi.fn(), removeListener: vi.fn() };
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: ipc,
}));
await import('../../../electron/preload');

type Api = {
  invoke: (channel: string, request: unknown) => Promise<unknown>;
  on: (event: string, listener: (payload: unknown) => void) => () => void;
};
const desk = exposed.get('desk') as Api;

describe('preload', () => {
  it('exposes exactly `desk`, with `invoke` and `on`', () => {
    expect([...exposed.keys()]).toEqual(['desk']);
    expect(Object.keys(desk).sort()).toEqual(['invoke', 'on']);
  });

  it('forwards contract channels and refuses others without touching IPC', async () => {
    expect(await desk.invoke('app:info', {})).toEqual({ ok: true, value: 1 });
    expect(ipc.invoke).toHaveBeenCalledWith('app:info', {});
    ipc.invoke.mockClear();
    expect(await desk.invoke('shell:openExternal', {})).toMatchObject({ ok: false, code: 'unknown-channel' });
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('listens only to contract events, passing the payload without the IPC event', () => {
    const listener = vi.fn();
    const stop = desk.on('menu:command', listener);
    const forward = ipc.on.mock.calls[0]![1] as (event: unknown, payload: unknown) => void;
    forward({ sender: 'ipc-event' }, 'save');
    expect(listener).toHaveBeenCalledWith('save');
    stop();
    expect(ipc.removeListener).toHaveBeenCalledWith('menu:command', forward);
    expect(() => desk.on('ipc:anything', vi.fn())).toThrow(/unknown event/);
  });
});
