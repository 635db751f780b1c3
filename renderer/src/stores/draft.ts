import { create, type StateCreator } from 'zustand';
import {
  withValue,
  type Attachment,
  type Declaration,
  type Draft,
  type DraftStatus,
  type FieldValue,
} from '../../../shared/draft';
import { applyRecovery, recoveryChanges, type RecoveryFile } from '../../../shared/recovery';
import { invoke } from '../api';
import { createSavePath, type SaveOutcome } from './save';
import type { Failure } from './ui';

export { SAVE_DELAY_MS, type SaveOutcome } from './save';

/**
 * The open draft (docs/DRAFTS.md): edits land here at once and reach the disk through `drafts:save`
 * shortly after typing stops, on blur, on step change and before the window closes (see
 * `save.ts`, the one save path).
 */
export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

/** Edits kept from a session whose save failed, offered before the draft can be edited again. */
export interface RecoveryOffer {
  kept: RecoveryFile;
  /** What they change: `cover.title`, `fields.summary`, …. */
  changes: string[];
}

interface DocumentSlice {
  draft: Draft | undefined;
  load: { state: 'idle' | 'loading' | 'ready' | 'failed'; failure?: Failure };
  open: (id: string) => Promise<void>;
  close: () => Promise<void>;
  /** One field's value, by its id in the form definition. */
  setValue: (id: string, value: FieldValue) => void;
  setDeclaration: (patch: Partial<Declaration>) => void;
  /** After main added or removed files: the list main returned is the truth. */
  setAttachments: (attachments: Attachment[]) => void;
  /** 定稿 locks the content; unlocking makes it editable again. */
  setStatus: (status: DraftStatus) => void;
  /** Puts the offered edits into the draft; the recovery file goes once they are saved. */
  restoreRecovery: () => void;
  /** Deletes the offered edits, as the user chose. */
  discardRecovery: () => Promise<void>;
  /** An edit across fields at once (find and replace); false when the draft is locked. */
  rewrite: (change: (draft: Draft) => Draft) => boolean;
}

interface SaveSlice {
  /** Counts edits; `savedRevision` is the edit the disk holds. */
  revision: number;
  savedRevision: number;
  saving: boolean;
  savedAt: string | undefined;
  saveFailure: Failure | undefined;
  /** Whether the edits a failed save could not write are in a recovery file on disk. */
  recovery: 'kept' | 'unkept' | undefined;
  offer: RecoveryOffer | undefined;
  /** The one save path (save.ts); its timer and the save under way live in it, one per store. */
  saveNow: () => Promise<SaveOutcome>;
  scheduleSave: () => void;
  ensureSaved: () => Promise<boolean>;
  leaveDraft: () => Promise<boolean>;
}

export type DraftStore = DocumentSlice & SaveSlice;

const createSaveSlice: StateCreator<DraftStore, [], [], SaveSlice> = (_set, _get, store) => {
  const path = createSavePath(store);
  return {
    revision: 0,
    savedRevision: 0,
    saving: false,
    savedAt: undefined,
    saveFailure: undefined,
    recovery: undefined,
    offer: undefined,
    saveNow: path.saveNow,
    scheduleSave: path.schedule,
    ensureSaved: path.ensureSaved,
    leaveDraft: path.leaveDraft,
  };
};

const closed = {
  draft: undefined,
  revision: 0,
  savedRevision: 0,
  savedAt: undefined,
  saveFailure: undefined,
  recovery: undefined,
  offer: undefined,
};

/** The kept edits worth offering: none when they match the draft on disk. */
async function offerFor(draft: Draft): Promise<RecoveryOffer | undefined> {
  const result = await invoke('drafts:recovery', { id: draft.id });
  if (!result.ok || !result.value.kept) return undefined;
  const { kept } = result.value;
  const changes = recoveryChanges(draft, kept.recovery);
  if (changes.length) return { kept, changes };
  // Nothing in them differs from the disk (the save got there after all): nothing to ask about.
  void invoke('drafts:discardRecovery', { id: draft.id });
  return undefined;
}

const createDocumentSlice: StateCreator<DraftStore, [], [], DocumentSlice> = (set, get) => {
  /** Applies an edit to an editable draft and schedules its save. */
  const edit = (change: (draft: Draft) => Draft, { locked = false } = {}) => {
    const { draft } = get();
    if (!draft || (draft.status === 'final' && !locked)) return;
    set({ draft: change(draft), revision: get().revision + 1 });
    get().scheduleSave();
  };
  let opening = '';
  return {
    draft: undefined,
    load: { state: 'idle' },
    open: async (id) => {
      opening = id;
      // The draft left behind is saved or kept in its recovery file (save.ts) before it goes.
      await get().saveNow();
      set({ ...closed, load: { state: 'loading' } });
      const result = await invoke('drafts:load', { id });
      if (opening !== id) return;
      if (!result.ok) {
        set({ load: { state: 'failed', failure: { code: result.code, detail: result.detail } } });
        return;
      }
      const offer = await offerFor(result.value);
      if (opening !== id) return;
      set({ draft: result.value, load: { state: 'ready' }, savedAt: result.value.updatedAt, offer });
    },
    close: async () => {
      opening = '';
      await get().saveNow();
      set({ ...closed, load: { state: 'idle' } });
    },
    setValue: (id, value) => edit((d) => withValue(d, id, value)),
    setDeclaration: (patch) => edit((d) => ({ ...d, declaration: { ...d.declaration, ...patch } })),
    setAttachments: (attachments) => edit((d) => ({ ...d, attachments })),
    rewrite: (change) => {
      if (get().draft?.status !== 'draft') return false;
      edit(change);
      return true;
    },
    setStatus: (status) => {
      edit((d) => ({ ...d, status }), { locked: true });
      void get().saveNow();
    },
    restoreRecovery: () => {
      const { offer } = get();
      if (!offer) return;
      // The file stays until the restored edits are on disk: marked kept, a save removes it.
      set({ offer: undefined, recovery: 'kept' });
      edit((d) => applyRecovery(d, offer.kept.recovery), { locked: true });
      void get().saveNow();
    },
    discardRecovery: async () => {
      const { offer, draft } = get();
      if (!offer || !draft) return;
      const result = await invoke('drafts:discardRecovery', { id: draft.id });
      if (result.ok) set({ offer: undefined });
      else set({ saveFailure: { code: result.code, detail: result.detail } });
    },
  };
};

export const useDraft = create<DraftStore>()((...a) => ({
  ...createDocumentSlice(...a),
  ...createSaveSlice(...a),
}));

export function selectSaveState(state: DraftStore): SaveState {
  if (state.saving) return 'saving';
  if (state.revision === state.savedRevision) return 'saved';
  return state.saveFailure ? 'error' : 'unsaved';
}

export const { saveNow, ensureSaved, leaveDraft, scheduleSave } = useDraft.getState();
