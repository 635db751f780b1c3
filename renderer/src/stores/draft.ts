import { create, type StateCreator } from 'zustand';
import type { Attachment, Declaration, Draft, DraftStatus } from '../../../shared/draft';
import type { CoverFieldId } from '../../../shared/forms';
import { invoke } from '../api';
import type { Failure } from './ui';

/**
 * The open draft (docs/DRAFTS.md): edits land here at once and reach the disk through `drafts:save`
 * shortly after typing stops, on blur, on step change and before the window closes. Saves never
 * block typing and never overlap: while one is under way, later edits wait and the newest
 * version goes next.
 */
export const SAVE_DELAY_MS = 800;

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

interface DocumentSlice {
  draft: Draft | undefined;
  load: { state: 'idle' | 'loading' | 'ready' | 'failed'; failure?: Failure };
  open: (id: string) => Promise<void>;
  close: () => Promise<void>;
  setCover: (id: CoverFieldId, value: string) => void;
  setField: (partId: string, value: string) => void;
  setDeclaration: (patch: Partial<Declaration>) => void;
  /** After main added or removed files: the list main returned is the truth. */
  setAttachments: (attachments: Attachment[]) => void;
  /** 定稿 locks the content; unlocking makes it editable again. */
  setStatus: (status: DraftStatus) => void;
}

interface SaveSlice {
  /** Counts edits; `savedRevision` is the edit the disk holds. */
  revision: number;
  savedRevision: number;
  saving: boolean;
  savedAt: string | undefined;
  saveFailure: Failure | undefined;
}

export type DraftStore = DocumentSlice & SaveSlice;

const createSaveSlice: StateCreator<DraftStore, [], [], SaveSlice> = () => ({
  revision: 0,
  savedRevision: 0,
  saving: false,
  savedAt: undefined,
  saveFailure: undefined,
});

const createDocumentSlice: StateCreator<DraftStore, [], [], DocumentSlice> = (set, get) => {
  /** Applies an edit to an editable draft and schedules its save. */
  const edit = (change: (draft: Draft) => Draft, { locked = false } = {}) => {
    const { draft } = get();
    if (!draft || (draft.status === 'final' && !locked)) return;
    set({ draft: change(draft), revision: get().revision + 1 });
    scheduleSave();
  };
  let opening = '';
  return {
    draft: undefined,
    load: { state: 'idle' },
    open: async (id) => {
      opening = id;
      await flushPendingSave().catch(() => undefined);
      set({
        draft: undefined,
        load: { state: 'loading' },
        revision: 0,
        savedRevision: 0,
        saveFailure: undefined,
      });
      const result = await invoke('drafts:load', { id });
      if (opening !== id) return;
      if (result.ok) set({ draft: result.value, load: { state: 'ready' }, savedAt: result.value.updatedAt });
      else set({ load: { state: 'failed', failure: { code: result.code, detail: result.detail } } });
    },
    close: async () => {
      opening = '';
      await flushPendingSave();
      set({ draft: undefined, load: { state: 'idle' }, revision: 0, savedRevision: 0, savedAt: undefined });
    },
    setCover: (id, value) => edit((d) => ({ ...d, cover: { ...d.cover, [id]: value } })),
    setField: (partId, value) => edit((d) => ({ ...d, fields: { ...d.fields, [partId]: value } })),
    setDeclaration: (patch) => edit((d) => ({ ...d, declaration: { ...d.declaration, ...patch } })),
    setAttachments: (attachments) => edit((d) => ({ ...d, attachments })),
    setStatus: (status) => {
      edit((d) => ({ ...d, status }), { locked: true });
      void flushPendingSave().catch(() => undefined);
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

let timer: ReturnType<typeof setTimeout> | undefined;
let inflight: Promise<void> | undefined;

function scheduleSave(): void {
  clearTimeout(timer);
  timer = setTimeout(() => void flushPendingSave().catch(() => undefined), SAVE_DELAY_MS);
}

/** Saves until the disk holds the newest edit; one request at a time. */
async function pump(): Promise<void> {
  for (;;) {
    const { draft, revision, savedRevision } = useDraft.getState();
    if (!draft || revision === savedRevision) return;
    useDraft.setState({ saving: true });
    const result = await invoke('drafts:save', { draft });
    if (!result.ok) {
      const saveFailure = { code: result.code, detail: result.detail };
      useDraft.setState({ saving: false, saveFailure });
      throw new Error(`save failed: ${result.code}`);
    }
    const current = useDraft.getState().draft;
    if (current?.id !== draft.id) return;
    // Main stamps updatedAt; mirroring it lets views that follow the disk (preflight) refresh.
    useDraft.setState({
      draft: { ...current, updatedAt: result.value.savedAt },
      saving: false,
      savedRevision: revision,
      savedAt: result.value.savedAt,
      saveFailure: undefined,
    });
  }
}

/**
 * Writes any pending edit now and resolves once the disk holds it; rejects if the save failed
 * (the edit stays in memory and is retried by the next save). Called on blur, step change, and
 * by App when main asks to flush before the window closes.
 */
export function flushPendingSave(): Promise<void> {
  clearTimeout(timer);
  timer = undefined;
  inflight ??= pump().finally(() => {
    inflight = undefined;
  });
  return inflight;
}
