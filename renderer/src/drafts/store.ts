import { create } from 'zustand';
import type { DraftSummary } from '../../../shared/draft';
import type { ResponseOf } from '../../../shared/ipc';
import { invokeOrShow } from '../api';
import { defaultQuery, type ListQuery } from './filter';

type Quarantined = ResponseOf<'drafts:list'>['quarantined'][number];

interface DraftListState {
  trash: boolean;
  loaded: boolean;
  drafts: DraftSummary[];
  quarantined: Quarantined[];
  query: ListQuery;
  /** A short confirmation of the last action, read out by screen readers. */
  message: string | undefined;
  setQuery: (patch: Partial<ListQuery>) => void;
  setMessage: (message: string | undefined) => void;
  showTrash: (trash: boolean) => Promise<void>;
  reload: () => Promise<void>;
}

/** The drafts list screen's state: which list is shown, what main returned, and the user's query. */
export const useDraftList = create<DraftListState>()((set, get) => ({
  trash: false,
  loaded: false,
  drafts: [],
  quarantined: [],
  query: defaultQuery,
  message: undefined,
  setQuery: (patch) => set({ query: { ...get().query, ...patch } }),
  setMessage: (message) => set({ message }),
  showTrash: async (trash) => {
    set({ trash, loaded: false, drafts: [] });
    await get().reload();
  },
  reload: async () => {
    const trash = get().trash;
    const list = await invokeOrShow('drafts:list', { trash });
    if (get().trash !== trash) return;
    set({ loaded: true, drafts: list?.drafts ?? [], quarantined: list?.quarantined ?? get().quarantined });
  },
}));
