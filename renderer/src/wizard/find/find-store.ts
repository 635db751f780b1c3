import { create } from 'zustand';
import type { FormDefinition } from '../../../../shared/forms';
import { useDraft } from '../../stores/draft';
import { replaceAll, undoReplace, type Replaced } from './replace';

interface FindState {
  open: boolean;
  /** Bumped by each Ctrl+F, so an open panel takes the focus again. */
  opened: number;
  query: string;
  replacement: string;
  /** The last replace, until undone or the query changes. */
  replaced: (Replaced & { query: string; replacement: string }) | undefined;
  show: () => void;
  hide: () => void;
  setQuery: (query: string) => void;
  setReplacement: (replacement: string) => void;
  replace: (form: FormDefinition) => void;
  undo: () => void;
}

/** Find and replace across the open draft's texts (a unit's name fixed in six places at once). */
export const useFind = create<FindState>()((set, get) => ({
  open: false,
  opened: 0,
  query: '',
  replacement: '',
  replaced: undefined,
  show: () => set({ open: true, opened: get().opened + 1 }),
  hide: () => set({ open: false }),
  setQuery: (query) => set({ query }),
  setReplacement: (replacement) => set({ replacement }),
  replace: (form) => {
    const { query, replacement } = get();
    const draft = useDraft.getState().draft;
    if (!draft || query === '') return;
    const result = replaceAll(draft, form, query, replacement);
    if (result.replaced.count === 0) return;
    if (useDraft.getState().rewrite(() => result.draft))
      set({ replaced: { ...result.replaced, query, replacement } });
  },
  undo: () => {
    const { replaced } = get();
    if (replaced && useDraft.getState().rewrite((draft) => undoReplace(draft, replaced)))
      set({ replaced: undefined });
  },
}));

/** A new draft starts with the panel closed and nothing to undo. */
export const resetFind = () =>
  useFind.setState({ open: false, query: '', replacement: '', replaced: undefined });
