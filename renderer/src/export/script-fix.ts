import { create } from 'zustand';
import { saveNow, useDraft } from '../stores/draft';
import { fieldText, setFieldText } from './field-text';

type Convert = (text: string) => string;
let simplifier: Promise<Convert> | undefined;

/** OpenCC's traditional→simplified tables, fetched on the first conversion, not with the app. */
const simplify = (): Promise<Convert> =>
  (simplifier ??= import('opencc-js/t2cn').then((OpenCC) => OpenCC.Converter({ from: 'tw', to: 'cn' })));

interface Conversion {
  draftId: string;
  field: string;
  before: string;
  after: string;
}

interface ScriptFixState {
  /** The last conversion, kept so it can be undone while the field still holds its result. */
  last: Conversion | undefined;
  undone: string | undefined;
  /** Converts a field of the open draft to simplified characters, as the form prints. */
  toSimplified: (field: string) => Promise<void>;
  undo: () => Promise<void>;
}

/**
 * The one-click fix of the mixed-script warning (docs/DELIVERY.md), and its undo. The field changes
 * through the draft store like any edit, and is saved at once so preflight looks again.
 */
export const useScriptFix = create<ScriptFixState>()((set, get) => ({
  last: undefined,
  undone: undefined,
  toSimplified: async (field) => {
    const convert = await simplify();
    const draft = useDraft.getState().draft;
    const before = draft && fieldText(draft, field);
    if (!draft || before === undefined || draft.status === 'final') return;
    const after = convert(before);
    setFieldText(draft, field, after);
    set({ last: { draftId: draft.id, field, before, after }, undone: undefined });
    await saveNow();
  },
  undo: async () => {
    const { last } = get();
    const draft = useDraft.getState().draft;
    if (!last || draft?.id !== last.draftId || fieldText(draft, last.field) !== last.after) return;
    setFieldText(draft, last.field, last.before);
    set({ last: undefined, undone: last.field });
    await saveNow();
  },
}));

/** Whether the last conversion can still be undone: the field holds exactly what it produced. */
export function useUndoableConversion(): Conversion | undefined {
  const last = useScriptFix((s) => s.last);
  const current = useDraft((s) =>
    s.draft && s.draft.id === last?.draftId ? fieldText(s.draft, last.field) : undefined,
  );
  return last && current === last.after ? last : undefined;
}
