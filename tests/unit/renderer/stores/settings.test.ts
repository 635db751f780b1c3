import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Result } from '../../../../shared/errors';
import { defaultSettings, type Settings, type SettingsPatch } from '../../../../shared/settings';
import { selectExportOptions, useSettings } from '../../../../renderer/src/stores/settings';

/** Main's settings, with `settings:get` answered only when the test releases it. */
class FakeMain {
  settings: Settings = defaultSettings();
  /** Reads under way, each answered with the settings as they were when it was asked. */
  reads: (() => void)[] = [];
  updates: SettingsPatch[] = [];
  failUpdates = false;

  invoke = (channel: string, request: SettingsPatch): Promise<Result<unknown>> => {
    if (channel === 'settings:get') {
      const snapshot = structuredClone(this.settings);
      return new Promise((resolve) => this.reads.push(() => resolve({ ok: true, value: snapshot })));
    }
    if (channel === 'settings:update') {
      this.updates.push(request);
      if (this.failUpdates) return Promise.resolve({ ok: false, code: 'read-only' });
      this.settings = { ...this.settings, ...request };
      return Promise.resolve({ ok: true, value: structuredClone(this.settings) });
    }
    return Promise.resolve({ ok: false, code: 'unknown-channel' });
  };
}

let main: FakeMain;
beforeEach(() => {
  main = new FakeMain();
  vi.stubGlobal('window', { desk: { invoke: main.invoke, on: () => () => undefined } });
  useSettings.setState({ settings: undefined, changes: 0 });
});
afterEach(() => vi.unstubAllGlobals());

const state = () => useSettings.getState();

describe('the settings store', () => {
  it('gives the default print options until the settings are read, then main’s', async () => {
    main.settings.exportOptions = { ...main.settings.exportOptions, tableFontSize: 14 };
    expect(selectExportOptions(state()).tableFontSize).toBe(16);
    const reading = state().load();
    main.reads.shift()!();
    await reading;
    expect(selectExportOptions(state()).tableFontSize).toBe(14);
  });

  it('shows a change at once, and a read that was under way does not undo it', async () => {
    state().keep(defaultSettings());
    const reading = state().load();
    const kept = state().update({ pasteToSimplified: true });
    expect(state().settings?.pasteToSimplified).toBe(true);
    expect(await kept).toBe(true);
    main.reads.shift()!();
    await reading;
    expect(state().settings?.pasteToSimplified).toBe(true);
    expect(main.updates).toEqual([{ pasteToSimplified: true }]);
  });

  it('says when main could not keep a change, and goes back to what main holds', async () => {
    state().keep(defaultSettings());
    main.failUpdates = true;
    expect(await state().update({ language: 'zh-Hant' })).toBe(false);
    expect(main.reads).toHaveLength(1);
    main.reads.shift()!();
    await vi.waitFor(() => expect(state().settings?.language).toBe('zh-Hans'));
  });
});
