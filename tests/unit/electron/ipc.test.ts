import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../shared/ipc';
import { channelNames } from '../../../shared/ipc';
import { isTrustedSender, setupIpc } from '../../../electron/ipc';

vi.mock('electron', () => ({}));

const page = 'file:///opt/app/dist/renderer/index.html';
type Invoke = (event: unknown, payload: unknown) => Promise<unknown> | unknown;

function served(handlers: Partial<Handlers>) {
  const registered = new Map<string, Invoke>();
  setupIpc(
    { handle: (channel: string, fn: Invoke) => registered.set(channel, fn) } as never,
    handlers as Handlers,
    page,
  );
  return registered;
}
const from = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

describe('ipc', () => {
  it('serves exactly the contract channels', () => {
    expect([...served({}).keys()].sort()).toEqual([...channelNames].sort());
  });

  it('trusts only the top frame of the app page', () => {
    expect(isTrustedSender(from(page) as never, page)).toBe(true);
    expect(isTrustedSender(from(`${page}#wizard`) as never, page)).toBe(true);
    expect(isTrustedSender(from('https://evil.example/index.html') as never, page)).toBe(false);
    expect(isTrustedSender(from('file:///tmp/index.html') as never, page)).toBe(false);
    expect(isTrustedSender(from(page, {}) as never, page)).toBe(false);
    expect(isTrustedSender({ senderFrame: null } as never, page)).toBe(false);
  });

  it('refuses an untrusted sender without calling the service', async () => {
    const info = vi.fn();
    const invoke = served({ 'app:info': info }).get('app:info')!;
    expect(await invoke(from('https://evil.example/'), {})).toEqual({ ok: false, code: 'forbidden-sender' });
    expect(info).not.toHaveBeenCalled();
  });

  it('answers a trusted sender through the dispatcher', async () => {
    const invoke = served({ 'settings:update': async () => ({}) as never }).get('settings:update')!;
    expect(await invoke(from(page), { language: 'fr' })).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
  });
});
