import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDraft, type Draft } from '../../../../shared/draft';
import type { Result } from '../../../../shared/errors';
import {
  SAVE_DELAY_MS,
  flushPendingSave,
  selectSaveState,
  useDraft,
} from '../../../../renderer/src/stores/draft';

/** The main process as the store sees it: load answers at once, saves wait until released. */
class FakeMain {
  saved: Draft[] = [];
  pending: { draft: Draft; answer: (result: Result<{ savedAt: string }>) => void }[] = [];
  inFlight = 0;
  maxInFlight = 0;
  draft = emptyDraft({
    id: 'store-test',
    kind: 'case',
    campaignId: 'x',
    now: new Date('2021-12-20T09:00:00Z'),
  });

  invoke = (channel: string, request: { id?: string; draft?: Draft }): Promise<Result<unknown>> => {
    if (channel === 'drafts:load') return Promise.resolve({ ok: true, value: structuredClone(this.draft) });
    if (channel !== 'drafts:save') return Promise.resolve({ ok: false, code: 'unknown-channel' });
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    return new Promise((resolve) => {
      this.pending.push({
        draft: structuredClone(request.draft!),
        answer: (result) => {
          this.inFlight--;
          if (result.ok) this.saved.push(this.pending.shift()!.draft);
          else this.pending.shift();
          resolve(result);
        },
      });
    });
  };

  async release(ok = true): Promise<void> {
    this.pending[0]!.answer(
      ok ? { ok: true, value: { savedAt: new Date().toISOString() } } : { ok: false, code: 'disk-full' },
    );
    await vi.advanceTimersByTimeAsync(0);
  }
}

let main: FakeMain;

beforeEach(async () => {
  vi.useFakeTimers();
  main = new FakeMain();
  vi.stubGlobal('window', { desk: { invoke: main.invoke, on: () => () => undefined } });
  await useDraft.getState().open('store-test');
});

afterEach(async () => {
  const closed = useDraft.getState().close();
  await vi.advanceTimersByTimeAsync(0);
  while (main.pending.length) await main.release();
  await closed;
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const state = () => useDraft.getState();

describe('the open draft store', () => {
  it('saves once, with the newest text, after typing has paused', async () => {
    for (const text of ['计', '计量', '计量工作']) {
      state().setField('summary', text);
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS / 2);
    }
    expect(main.pending).toHaveLength(0);
    expect(selectSaveState(state())).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(main.pending).toHaveLength(1);
    expect(selectSaveState(state())).toBe('saving');
    await main.release();
    expect(main.saved.map((d) => d.fields.summary)).toEqual(['计量工作']);
    expect(selectSaveState(state())).toBe('saved');
  });

  it('never overlaps saves and sends the latest edit next', async () => {
    state().setCover('contact', '张');
    const first = flushPendingSave();
    state().setCover('contact', '张三');
    state().setCover('contact', '张三丰');
    const second = flushPendingSave();
    expect(main.pending).toHaveLength(1);
    await main.release();
    expect(main.pending).toHaveLength(1);
    await main.release();
    await Promise.all([first, second]);
    expect(main.maxInFlight).toBe(1);
    expect(main.saved.map((d) => d.cover.contact)).toEqual(['张', '张三丰']);
    expect(selectSaveState(state())).toBe('saved');
  });

  it('keeps the edit and says so when a save fails, and retries on the next flush', async () => {
    state().setField('background', '背景');
    const failing = expect(flushPendingSave()).rejects.toThrow('disk-full');
    await main.release(false);
    await failing;
    expect(selectSaveState(state())).toBe('error');
    expect(state().saveFailure).toEqual({ code: 'disk-full', detail: undefined });
    expect(state().draft!.fields.background).toBe('背景');
    const retry = flushPendingSave();
    await main.release();
    await retry;
    expect(main.saved.at(-1)!.fields.background).toBe('背景');
    expect(selectSaveState(state())).toBe('saved');
  });

  it('locks the content when finalised and opens it again when unlocked', async () => {
    state().setStatus('final');
    await main.release();
    expect(main.saved.at(-1)!.status).toBe('final');
    state().setField('summary', '改动');
    state().setDeclaration({ signer: '张三' });
    expect(state().draft!.fields.summary).toBe('');
    expect(state().draft!.declaration.signer).toBe('');
    state().setStatus('draft');
    await main.release();
    state().setField('summary', '改动');
    expect(state().draft!.fields.summary).toBe('改动');
  });

  it('does nothing on flush when nothing changed', async () => {
    await flushPendingSave();
    expect(main.pending).toHaveLength(0);
    expect(selectSaveState(state())).toBe('saved');
  });
});
