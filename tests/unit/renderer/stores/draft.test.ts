import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDraft, type Draft } from '../../../../shared/draft';
import type { Result } from '../../../../shared/errors';
import type { Recovery, RecoveryFile } from '../../../../shared/recovery';
import {
  SAVE_DELAY_MS,
  ensureSaved,
  leaveDraft,
  saveNow,
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
    form: 'case',
    campaignId: 'x',
    now: new Date('2021-12-20T09:00:00Z'),
  });

  /** The recovery file as main holds it; `keepFails` makes its write fail too. */
  kept: RecoveryFile | null = null;
  keepFails = false;
  discarded = 0;

  invoke = (
    channel: string,
    request: { id?: string; draft?: Draft; recovery?: Recovery },
  ): Promise<Result<unknown>> => {
    if (channel === 'drafts:load') return Promise.resolve({ ok: true, value: structuredClone(this.draft) });
    if (channel === 'drafts:recovery')
      return Promise.resolve({ ok: true, value: { kept: structuredClone(this.kept) } });
    if (channel === 'drafts:keepRecovery') {
      if (this.keepFails) return Promise.resolve({ ok: false, code: 'read-only' });
      this.kept = { keptAt: '2021-12-20T10:00:00.000Z', recovery: structuredClone(request.recovery!) };
      return Promise.resolve({ ok: true, value: { done: true } });
    }
    if (channel === 'drafts:discardRecovery') {
      this.kept = null;
      this.discarded++;
      return Promise.resolve({ ok: true, value: { done: true } });
    }
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
      state().setValue('summary', text);
      await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS / 2);
    }
    expect(main.pending).toHaveLength(0);
    expect(selectSaveState(state())).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS);
    expect(main.pending).toHaveLength(1);
    expect(selectSaveState(state())).toBe('saving');
    await main.release();
    expect(main.saved.map((d) => d.values.summary)).toEqual(['计量工作']);
    expect(selectSaveState(state())).toBe('saved');
  });

  it('never overlaps saves and sends the latest edit next', async () => {
    state().setValue('contact', '张');
    const first = saveNow();
    state().setValue('contact', '张三');
    state().setValue('contact', '张三丰');
    const second = saveNow();
    expect(main.pending).toHaveLength(1);
    await main.release();
    expect(main.pending).toHaveLength(1);
    await main.release();
    await Promise.all([first, second]);
    expect(main.maxInFlight).toBe(1);
    expect(main.saved.map((d) => d.values.contact)).toEqual(['张', '张三丰']);
    expect(selectSaveState(state())).toBe('saved');
  });

  it('keeps the edit and says so when a save fails, and retries on the next flush', async () => {
    state().setValue('background', '背景');
    const failing = saveNow();
    await main.release(false);
    expect(await failing).toEqual({ saved: false, failure: { code: 'disk-full', detail: undefined } });
    expect(selectSaveState(state())).toBe('error');
    expect(state().saveFailure).toEqual({ code: 'disk-full', detail: undefined });
    expect(state().draft!.values.background).toBe('背景');
    const retry = saveNow();
    await main.release();
    await retry;
    expect(main.saved.at(-1)!.values.background).toBe('背景');
    expect(selectSaveState(state())).toBe('saved');
  });

  it('locks the content when finalised and opens it again when unlocked', async () => {
    state().setStatus('final');
    await main.release();
    expect(main.saved.at(-1)!.status).toBe('final');
    state().setValue('summary', '改动');
    state().setDeclaration({ signer: '张三' });
    expect(state().draft!.values.summary).toBe('');
    expect(state().draft!.declaration.signer).toBe('');
    state().setStatus('draft');
    await main.release();
    state().setValue('summary', '改动');
    expect(state().draft!.values.summary).toBe('改动');
  });

  it('does nothing on flush when nothing changed', async () => {
    await saveNow();
    expect(main.pending).toHaveLength(0);
    expect(selectSaveState(state())).toBe('saved');
  });
});

describe('a save that fails', () => {
  it('keeps the unsaved text in a recovery file, and removes it once a retry has saved', async () => {
    state().setValue('background', '只在内存里的背景');
    state().setValue('title', '新题目');
    const failing = saveNow();
    await main.release(false);
    await failing;
    expect(state().recovery).toBe('kept');
    expect(main.kept?.recovery.values.background).toBe('只在内存里的背景');
    expect(main.kept?.recovery.values.title).toBe('新题目');
    expect(main.kept?.recovery.base).toBe(main.draft.updatedAt);
    expect(main.saved).toHaveLength(0);

    const retry = saveNow();
    await main.release();
    expect(await retry).toEqual({ saved: true });
    expect(main.saved.at(-1)!.values.background).toBe('只在内存里的背景');
    expect(main.kept).toBeNull();
    expect(state().recovery).toBeUndefined();
    expect(state().saveFailure).toBeUndefined();
  });

  it('tells callers that act on the disk copy not to go on, and lets the draft go only when it is kept', async () => {
    state().setValue('summary', '摘要');
    const ensured = ensureSaved();
    await main.release(false);
    expect(await ensured).toBe(false);
    const leaving = leaveDraft();
    await main.release(false);
    expect(await leaving).toBe(true);

    main.keepFails = true;
    state().setValue('summary', '摘要，改过');
    const stuck = leaveDraft();
    await main.release(false);
    expect(await stuck).toBe(false);
    expect(state().recovery).toBe('unkept');
    expect(state().draft!.values.summary).toBe('摘要，改过');
    main.keepFails = false;
  });

  it('offers the kept edits when the draft is opened again, and restores them as an edit that saves', async () => {
    state().setValue('background', '上次没保存的背景');
    const failing = saveNow();
    await main.release(false);
    await failing;
    await openAgain();
    expect(state().draft!.values.background).toBe('');
    expect(state().offer?.changes).toEqual(['fields.background']);

    state().restoreRecovery();
    expect(state().offer).toBeUndefined();
    expect(state().draft!.values.background).toBe('上次没保存的背景');
    await main.release();
    expect(main.saved.at(-1)!.values.background).toBe('上次没保存的背景');
    expect(main.kept).toBeNull();
  });

  it('deletes the kept edits when the user discards them', async () => {
    state().setValue('background', '不要了');
    const failing = saveNow();
    await main.release(false);
    await failing;
    await openAgain();
    expect(state().offer).toBeDefined();
    await state().discardRecovery();
    expect(state().offer).toBeUndefined();
    expect(main.kept).toBeNull();
    expect(state().draft!.values.background).toBe('');
  });

  it('does not offer kept edits that the disk already holds', async () => {
    main.kept = {
      keptAt: '2021-12-20T10:00:00.000Z',
      recovery: {
        id: main.draft.id,
        base: main.draft.updatedAt,
        values: { ...main.draft.values },
        declaration: {},
        captions: {},
      },
    };
    await openAgain();
    expect(state().offer).toBeUndefined();
    expect(main.discarded).toBe(1);
  });
});

/** Leaves the draft as a user would (its save failing on the way out) and opens it again. */
async function openAgain(): Promise<void> {
  const opening = useDraft.getState().open('store-test');
  await vi.advanceTimersByTimeAsync(0);
  while (main.pending.length) await main.release(false);
  await opening;
}
