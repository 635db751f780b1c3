import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/ipc';
import { invokeOrShow } from '../api';
import { ensureSaved } from '../stores/draft';

export type ExportHistory = ResponseOf<'delivery:history'>;

interface HistoryState {
  draftId: string | undefined;
  history: ExportHistory | undefined;
  /** Reads the history of the draft as saved on disk, whatever is being typed saved first. */
  load: (draftId: string) => Promise<void>;
}

/**
 * The open draft's exports and what changed since the last one. One store, so that an export
 * made by any panel (Word, PDF, package) refreshes the "changed since" notice at once.
 */
export const useExportHistory = create<HistoryState>()((set, get) => ({
  draftId: undefined,
  history: undefined,
  load: async (draftId) => {
    if (get().draftId !== draftId) set({ draftId, history: undefined });
    // "Changed since the last export" compares with the disk's copy: not worked out from an older one.
    if (!(await ensureSaved())) return;
    const history = await invokeOrShow('delivery:history', { id: draftId });
    if (history && get().draftId === draftId) set({ history });
  },
}));
