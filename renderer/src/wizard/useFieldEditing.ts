import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { useDraft, type DraftStore } from '../stores/draft';
import { countAfterSplice } from './counts';
import { EditHistory, spliceAt, spliceBetween, type EditKind, type Splice } from './edit-history';
import { useDraftFollower } from './useDraftFollower';
import { textOf } from '../../../shared/draft';

export interface FieldEditing {
  textarea: RefObject<HTMLTextAreaElement | null>;
  composing: RefObject<boolean>;
  /** The text as typed reaches the draft, recorded for undo (never while an input method composes). */
  commit: (value: string) => void;
  /** Changes the field's text by script (a paste, a cleanup undone), as one undo step. */
  splice: (splice: Splice, kind: EditKind) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
}

/**
 * The browser owns what is being typed: the textarea is uncontrolled, its text goes to the draft
 * on each committed input (docs/COUNTING.md), and the draft's text is written back only when it differs
 * from what the field last gave it (a restored snapshot). So a keystroke renders no React
 * component, and a megabyte field is not read back on every key. Undo is the field's own
 * (`EditHistory`): Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z and the Edit menu's commands replay it.
 */
export function useFieldEditing(partId: string): FieldEditing {
  const setField = useDraft((s) => s.setValue);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const composing = useRef(false);
  const committed = useRef<string | undefined>(undefined);
  const history = useRef(new EditHistory());

  const selectText = useCallback((s: DraftStore) => (s.draft ? textOf(s.draft, partId) : ''), [partId]);
  const showText = useCallback((text: string) => {
    if (text === committed.current) return;
    const element = textarea.current;
    if (!element || composing.current) return;
    if (element.value !== text) {
      element.value = text;
      history.current.clear();
    }
    committed.current = text;
  }, []);
  useDraftFollower(selectText, showText);

  const commit = useCallback(
    (value: string) => {
      const before = committed.current ?? '';
      if (value === before) return;
      const splice = spliceAt(before, value, textarea.current?.selectionStart ?? 0);
      history.current.record(splice, 'typing', performance.now());
      countAfterSplice(partId, before, value, splice);
      committed.current = value;
      setField(partId, value);
    },
    [partId, setField],
  );

  /** Writes a splice into the field and the draft; `kind` undefined replays history. */
  const write = useCallback(
    (splice: Splice, kind?: EditKind) => {
      const element = textarea.current;
      if (!element) return;
      const before = element.value;
      element.focus();
      element.setRangeText(splice.inserted, splice.at, splice.at + splice.removed.length, 'end');
      const value = element.value;
      // The textarea keeps line breaks as LF whatever was inserted: record what it holds.
      const done = spliceBetween(before, value);
      if (kind) history.current.record(done, kind, performance.now());
      countAfterSplice(partId, committed.current ?? '', value, done);
      committed.current = value;
      setField(partId, value);
    },
    [partId, setField],
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

  // The Edit menu's 撤销 / 重做 reach the page as these input events, not as keys.
  useEffect(() => {
    const element = textarea.current;
    if (!element) return;
    const onBeforeInput = (event: InputEvent) => {
      if (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo') return;
      event.preventDefault();
      if (event.inputType === 'historyUndo') undo();
      else redo();
    };
    element.addEventListener('beforeinput', onBeforeInput);
    return () => element.removeEventListener('beforeinput', onBeforeInput);
  }, [undo, redo]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTextAreaElement>) => {
      if (composing.current || event.nativeEvent.isComposing || event.altKey) return;
      if (!(event.ctrlKey || event.metaKey) || event.currentTarget.readOnly) return;
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

  return { textarea, composing, commit, splice, onKeyDown };
}
