import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isChannel } from '../../../shared/ipc';

const startCalls = readFileSync(join(import.meta.dirname, '../../../renderer/public/start-calls.js'), 'utf8');

/** A `window.desk` that answers every call with the channel's name, and records the calls. */
function fakeDesk() {
  const calls: [string, unknown][] = [];
  return {
    calls,
    invoke: (channel: string, request: unknown) => {
      calls.push([channel, request]);
      return Promise.resolve({ ok: true, value: { channel } });
    },
  };
}

describe('the first screen’s calls to main', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => {
    vi.unstubAllGlobals();
    globalThis.__deskStartCalls = undefined;
  });

  it('are made by the page’s first script, on channels of the contract', () => {
    const desk = fakeDesk();
    const page: Record<string, unknown> = { desk };
    page.globalThis = page;
    runInNewContext(startCalls, page);
    expect(desk.calls.map(([channel]) => channel).sort()).toEqual([
      'app:info',
      'campaigns:list',
      'settings:get',
    ]);
    for (const [channel, request] of desk.calls) {
      expect(isChannel(channel), channel).toBe(true);
      expect(request).toEqual({});
    }
    expect(Object.keys(page.__deskStartCalls as object).sort()).toEqual(['campaigns', 'info', 'settings']);
  });

  it('are not made again by the app when that script made them; their answers are taken', async () => {
    const desk = fakeDesk();
    vi.stubGlobal('window', { desk });
    const answer = <T>(value: T) => Promise.resolve({ ok: true as const, value });
    globalThis.__deskStartCalls = {
      settings: answer({ language: 'zh-Hant' }) as never,
      campaigns: answer({ campaigns: [], forms: [], setAside: [] }) as never,
      info: answer({ notices: [{ code: 'n' }] }) as never,
    };
    const { settingsAtStart, homeDataAtStart } = await import('../../../renderer/src/start-data');
    expect(desk.calls).toEqual([]);
    expect(await settingsAtStart).toEqual({ ok: true, value: { language: 'zh-Hant' } });
    expect(await homeDataAtStart).toEqual({ campaigns: [], forms: [], notices: [{ code: 'n' }] });
    expect(globalThis.__deskStartCalls).toBeUndefined();
  });

  it('are made by the app itself where the page had no such script', async () => {
    const desk = fakeDesk();
    vi.stubGlobal('window', { desk });
    const { settingsAtStart } = await import('../../../renderer/src/start-data');
    expect(desk.calls.map(([channel]) => channel).sort()).toEqual([
      'app:info',
      'campaigns:list',
      'settings:get',
    ]);
    expect(await settingsAtStart).toEqual({ ok: true, value: { channel: 'settings:get' } });
  });
});
