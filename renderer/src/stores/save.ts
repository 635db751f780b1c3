import type { StoreApi } from 'zustand';
import type { Draft } from '../../../shared/draft';
import type { Result } from '../../../shared/errors';
import { recoveryOf } from '../../../shared/recovery';
import { invoke } from '../api';
import type { DraftStore } from './draft';
import type { Failure } from './ui';

export const SAVE_DELAY_MS = 800;

export type SaveOutcome = { saved: true } | { saved: false; failure: Failure };

/** A call that cannot answer (the page's bridge is gone) is a failure like any other, never a throw. */
async function call<T>(request: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await request();
  } catch (error) {
    return { ok: false, code: 'internal', detail: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The one save path of the open draft (docs/DRAFTS.md). Saves never block typing and never overlap:
 * while one is under way, later edits wait and the newest version goes next. A failed save is
 * never swallowed: the store holds the translated reason for the banner, the edits stay in
 * memory, and they are written to a recovery file beside the draft, offered when it is next
 * opened. Nothing here rejects; callers that act on the disk copy ask `ensureSaved` and stop
 * when it says no.
 */
export function createSavePath(store: StoreApi<DraftStore>) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inflight: Promise<SaveOutcome> | undefined;

  async function keep(draft: Draft): Promise<void> {
    const base = store.getState().savedAt ?? draft.updatedAt;
    const result = await call(() => invoke('drafts:keepRecovery', { recovery: recoveryOf(draft, base) }));
    if (store.getState().draft?.id === draft.id) store.setState({ recovery: result.ok ? 'kept' : 'unkept' });
  }

  /** Saves until the disk holds the newest edit; one request at a time. */
  async function pump(): Promise<SaveOutcome> {
    for (;;) {
      const { draft, revision, savedRevision } = store.getState();
      if (!draft || revision === savedRevision) return { saved: true };
      store.setState({ saving: true });
      const result = await call(() => invoke('drafts:save', { draft }));
      if (!result.ok) {
        const failure = { code: result.code, detail: result.detail };
        store.setState({ saving: false, saveFailure: failure });
        await keep(draft);
        return { saved: false, failure };
      }
      const current = store.getState();
      if (current.draft?.id !== draft.id) return { saved: true };
      if (current.recovery === 'kept') {
        // The disk now holds what the recovery file kept; a failure to delete it only means it
        // is offered once more, and then found to change nothing.
        await call(() => invoke('drafts:discardRecovery', { id: draft.id }));
      }
      // Main stamps updatedAt; mirroring it lets views that follow the disk (preflight) refresh.
      store.setState({
        draft: { ...store.getState().draft!, updatedAt: result.value.savedAt },
        saving: false,
        savedRevision: revision,
        savedAt: result.value.savedAt,
        saveFailure: undefined,
        recovery: undefined,
      });
    }
  }

  /** Writes any pending edit now; resolves with whether the disk holds the newest edit. */
  function saveNow(): Promise<SaveOutcome> {
    clearTimeout(timer);
    timer = undefined;
    inflight ??= pump().finally(() => {
      inflight = undefined;
    });
    return inflight;
  }

  /** Saves once typing has paused. */
  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
  }

  /**
   * For whatever reads the draft from disk (preflight, export, preview, package): true when the
   * disk holds the newest edit. False means the banner already says why; the caller must not
   * go on with the older copy.
   */
  async function ensureSaved(): Promise<boolean> {
    return (await saveNow()).saved;
  }

  /**
   * Before the draft's screen goes away: true when its edits are on disk or in its recovery
   * file. False only when neither could be written: then the edits live only in this window,
   * and leaving would lose them.
   */
  async function leaveDraft(): Promise<boolean> {
    return (await saveNow()).saved || store.getState().recovery === 'kept';
  }

  return { saveNow, schedule, ensureSaved, leaveDraft };
}
