import { create } from 'zustand';
import type { ResponseOf } from '../../../shared/ipc';

export type DocxImport = ResponseOf<'drafts:importDocx'>;

/**
 * The last Word import, until the user has read its report: made on the home screen or the draft
 * list, shown on the draft list, where the new draft now stands.
 */
export const useImported = create<{
  last: DocxImport | undefined;
  set: (last: DocxImport | undefined) => void;
}>()((set) => ({ last: undefined, set: (last) => set({ last }) }));
