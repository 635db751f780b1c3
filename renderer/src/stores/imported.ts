import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/ipc';
import { invokeOrShow } from '../api';
import { useUi } from './ui';

export type StagedImport = ResponseOf<'drafts:importDocx'>;

interface DocxImportState {
  /** The import whose report is shown: staged in main, not a draft until confirmed. */
  pending: StagedImport | undefined;
  /** The new draft's id once the user confirmed. */
  created: string | undefined;
  busy: boolean;
  /** Reads a .docx chosen in main's dialog, or the base64 bytes of one dropped on the window. */
  start: (dropped?: string) => Promise<void>;
  /** Makes the staged import a new draft; resolves to its id, or undefined when main refused. */
  confirm: () => Promise<string | undefined>;
  /** Closes the report; an import not confirmed is discarded, so nothing of it stays. */
  close: () => Promise<void>;
}

/**
 * A Word import from the home screen or the draft list (button or drop): the report is shown before
 * anything is saved, and only 创建草稿 makes the draft.
 */
export const useDocxImport = create<DocxImportState>()((set, get) => ({
  pending: undefined,
  created: undefined,
  busy: false,
  start: async (dropped) => {
    if (get().busy || get().pending) return;
    set({ busy: true });
    const result = await invokeOrShow('drafts:importDocx', dropped === undefined ? {} : { dropped });
    set({ busy: false, pending: result, created: undefined });
    // The report is shown on the draft list, where the new draft will stand.
    if (result && useUi.getState().view.screen !== 'drafts') useUi.getState().go({ screen: 'drafts' });
  },
  confirm: async () => {
    const { pending, busy } = get();
    if (!pending || busy) return undefined;
    set({ busy: true });
    const result = await invokeOrShow('drafts:importConfirm', { staged: pending.staged });
    set({ busy: false, created: result?.id });
    return result?.id;
  },
  close: async () => {
    const { pending, created } = get();
    set({ pending: undefined, created: undefined });
    if (pending && !created) await invokeOrShow('drafts:importDiscard', { staged: pending.staged });
  },
}));
