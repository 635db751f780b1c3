import { useCallback, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useDraft, type DraftStore } from '../stores/draft';
import { countAfterSplice } from './counts';
import { BlockView } from './block-view';
import {
  applySplice,
  EditHistory,
  spliceAt,
  spliceBetween,
  type EditKind,
  type Splice,
} from './edit-history';
import { isLarge } from './text-blocks';
import { useDraftFollower } from './useDraftFollower';
import { textOf } from '../../../shared/draft';

export interface FieldEditing {
  /** The field as a textarea (up to `BLOCKS_FROM` characters). */
  textarea: (element: HTMLTextAreaElement | null) => void;
  /** The field as blocks (a large text): the editable element they are shown in. */
  blocks: (element: HTMLElement | null) => void;
  composing: RefObject<boolean>;
  /** The textarea's text as typed reaches the draft, recorded for undo (never while an input method composes). */
  commit: (value: string) => void;
  /** An input method's composition in the blocks ended: its result is read and committed. */
  commitBlocks: () => void;
  /** Changes the field's text by script (a paste, a cleanup undone), as one undo step. */
  splice: (splice: Splice, kind: EditKind) => void;
  /** The field's text as last committed, and its selection, whichever editor shows it. */
  text: () => string;
  selection: () => { start: number; end: number };
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * The browser owns what is being typed: the textarea is uncontrolled, its text goes to the draft
 * on each committed input (docs/COUNTING.md), and the draft's text is written back only when it differs
 * from what the field last gave it (a restored snapshot). So a keystroke renders no React
 * component, and a megabyte field is not read back on every key. A large text is shown as
 * blocks instead (`BlockView`), and a key then changes one block and the draft by its splice.
 * Undo is the field's own (`EditHistory`), the same across both editors, so the paste that made a
 * field large is undone like any other: Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z and the Edit menu's commands
 * replay it.
 */
export function useFieldEditing(partId: string): FieldEditing {
  const setField = useDraft((s) => s.setValue);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const view = useRef<BlockView | null>(null);
  const composing = useRef(false);
  const committed = useRef<string | undefined>(undefined);
  /** Where the caret goes in an editor about to be shown (the text just crossed to or from blocks). */
  const caret = useRef<number | undefined>(undefined);
  const history = useRef(new EditHistory());

  const selectText = useCallback((s: DraftStore) => (s.draft ? textOf(s.draft, partId) : ''), [partId]);
  const showText = useCallback((text: string) => {
    if (text === committed.current || composing.current) return;
    const element = textarea.current;
    if (view.current) view.current.show(text);
    else if (!element) return;
    // Too large for the textarea: the blocks about to be shown take it (bindBlocks).
    else if (isLarge(text.length, false)) element.value = '';
    else if (element.value !== text) element.value = text;
    else {
      committed.current = text;
      return;
    }
    history.current.clear();
    committed.current = text;
  }, []);
  useDraftFollower(selectText, showText);

  /** A change already made in the editor reaches the undo history, the counter and the draft. */
  const land = useCallback(
    (before: string, value: string, splice: Splice, kind: EditKind | undefined) => {
      if (kind) history.current.record(splice, kind, performance.now());
      countAfterSplice(partId, before, value, splice);
      committed.current = value;
      setField(partId, value);
    },
    [partId, setField],
  );

  const commit = useCallback(
    (value: string) => {
      const before = committed.current ?? '';
      if (value === before) return;
      land(before, value, spliceAt(before, value, textarea.current?.selectionStart ?? 0), 'typing');
    },
    [land],
  );

  /** Writes a splice into the field and the draft; `kind` undefined replays history. */
  const write = useCallback(
    (splice: Splice, kind?: EditKind) => {
      const before = committed.current ?? '';
      const element = textarea.current;
      if (
        view.current ||
        !element ||
        isLarge(before.length - splice.removed.length + splice.inserted.length, false)
      ) {
        // The blocks hold line breaks as LF, as a textarea does.
        const done = { ...splice, inserted: splice.inserted.replace(/\r\n?/g, '\n') };
        const value = applySplice(before, done);
        if (view.current) view.current.replace(done);
        // The editor about to be shown (blocks for a large text, the textarea again for a small
        // one) puts the caret after the change.
        if (!view.current || !isLarge(value.length, true)) caret.current = done.at + done.inserted.length;
        land(before, value, done, kind);
        return;
      }
      element.focus();
      element.setRangeText(splice.inserted, splice.at, splice.at + splice.removed.length, 'end');
      const value = element.value;
      // The textarea keeps line breaks as LF whatever was inserted: record what it holds.
      land(before, value, spliceBetween(before, value), kind);
    },
    [land],
  );
  const splice = useCallback((s: Splice, kind: EditKind) => write(s, kind), [write]);
  const undo = useCallback(() => {
    const step = history.current.undo();
    if (step) write(step);
  }, [write]);
  const redo = useCallback(() => {
    const step = history.current.redo();
    if (step) write(step);
  }, [write]);

  /** Detaches the textarea's listener for the Edit menu's commands. */
  const detach = useRef<(() => void) | undefined>(undefined);
  const bindTextarea = useCallback(
    (element: HTMLTextAreaElement | null) => {
      detach.current?.();
      detach.current = undefined;
      textarea.current = element;
      if (!element) return;
      // The Edit menu's 撤销 / 重做 reach the page as these input events, not as keys.
      const onBeforeInput = (event: InputEvent) => {
        if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
        event.preventDefault();
        if (event.inputType === 'historyUndo') undo();
        else redo();
      };
      element.addEventListener('beforeinput', onBeforeInput);
      detach.current = () => element.removeEventListener('beforeinput', onBeforeInput);
      // Shown again after the blocks (the text shrank): the same text, the caret where it was.
      if (committed.current === undefined) return;
      element.value = committed.current;
      if (caret.current === undefined) return;
      element.focus();
      element.setSelectionRange(caret.current, caret.current);
      caret.current = undefined;
    },
    [undo, redo],
  );

  const commitBlocks = useCallback(() => view.current?.readEdit(), []);
  const bindBlocks = useCallback(
    (element: HTMLElement | null) => {
      view.current?.dispose();
      view.current = null;
      if (!element) return;
      const blocks = new BlockView(element, {
        typed: (s) => {
          const before = committed.current ?? '';
          land(before, applySplice(before, s), s, 'typing');
        },
        edit: (s) => write(s, 'typing'),
        history: (direction) => (direction === 'undo' ? undo() : redo()),
        composing: () => composing.current,
      });
      view.current = blocks;
      blocks.show(committed.current ?? '');
      if (caret.current === undefined) return;
      element.focus();
      blocks.setCaret(caret.current);
      caret.current = undefined;
    },
    [land, write, undo, redo],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (composing.current || event.nativeEvent.isComposing || event.altKey) return;
      const target = event.currentTarget;
      const readOnly = target instanceof HTMLTextAreaElement ? target.readOnly : !target.isContentEditable;
      if (!(event.ctrlKey || event.metaKey) || readOnly) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        event.preventDefault();
        redo();
      }
    },
    [undo, redo],
  );

  const text = useCallback(() => committed.current ?? '', []);
  const selection = useCallback(() => {
    if (view.current) return view.current.selection();
    const element = textarea.current;
    return { start: element?.selectionStart ?? 0, end: element?.selectionEnd ?? 0 };
  }, []);

  return {
    textarea: bindTextarea,
    blocks: bindBlocks,
    composing,
    commit,
    commitBlocks,
    splice,
    text,
    selection,
    onKeyDown,
  };
}
