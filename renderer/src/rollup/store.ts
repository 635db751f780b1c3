import { create } from 'zustand';
import type { Draft } from '../../../shared/draft';
import type { RollupProgress, RollupResult } from '../../../shared/rollup';
import { invoke, invokeOrShow, onEvent } from '../api';
import { useUi } from '../stores/ui';
import type { RowQuery, Sort } from './table';

/**
 * Where the screen is: nothing rolled up yet, a run reading (with its count), a run the user
 * cancelled (nothing kept), or the result main holds for opening rows and exporting.
 */
export type RollupStatus = 'idle' | 'running' | 'cancelled' | 'done';

interface RollupState {
  status: RollupStatus;
  progress: RollupProgress | undefined;
  /** When main began reading (its first count), for the seconds the progress shows. */
  since: number | undefined;
  result: RollupResult | undefined;
  query: RowQuery;
  sort: Sort | undefined;
  /** The row shown read-only, over the table. */
  opened: string | undefined;
  run: (what: 'folder' | 'files', earlier: boolean) => Promise<void>;
  cancel: () => Promise<void>;
  setQuery: (patch: Partial<RowQuery>) => void;
  setSort: (sort: Sort | undefined) => void;
  open: (row: string | undefined) => void;
}

/** The drafts of this result's rows, read once each: the findings show their text, a row opens read-only. */
let drafts = new Map<string, Promise<Draft | undefined>>();

export function draftOfRow(row: string): Promise<Draft | undefined> {
  let draft = drafts.get(row);
  if (!draft) {
    draft = invokeOrShow('rollup:submission', { row }).then((answer) => answer?.draft);
    drafts.set(row, draft);
  }
  return draft;
}

/** The 汇总 screen's state; the result stays while the app runs, as main keeps the run it came from. */
export const useRollup = create<RollupState>()((set, get) => ({
  status: 'idle',
  progress: undefined,
  since: undefined,
  result: undefined,
  query: { text: '', problemsOnly: false },
  sort: undefined,
  opened: undefined,
  run: async (what, earlier) => {
    const before = get().status;
    set({ status: 'running', progress: undefined, since: undefined });
    const stop = onEvent('rollup:progress', (progress) =>
      set({ progress, since: get().since ?? Date.now() }),
    );
    const answer = await invoke('rollup:run', { what, ...(earlier ? { earlier } : {}) }).finally(stop);
    if (!answer.ok && answer.code === 'cancelled') {
      // A dialog closed without a choice leaves the screen as it was.
      set({ status: before, progress: undefined, since: undefined });
      return;
    }
    if (!answer.ok) {
      // Main drops the result it held when a run starts: what was shown before is gone with it.
      useUi.getState().showError(answer);
      set({ status: 'idle', progress: undefined, since: undefined, result: undefined, opened: undefined });
      return;
    }
    drafts = new Map();
    set({ progress: undefined, since: undefined });
    if (answer.value.cancelled) set({ status: 'cancelled', result: undefined, opened: undefined });
    else set({ status: 'done', result: answer.value, opened: undefined, sort: undefined });
  },
  cancel: async () => {
    await invokeOrShow('rollup:cancel', {});
  },
  setQuery: (patch) => set({ query: { ...get().query, ...patch } }),
  setSort: (sort) => set({ sort }),
  open: (opened) => set({ opened }),
}));
