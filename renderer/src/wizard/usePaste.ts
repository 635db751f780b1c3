import { useState, type ClipboardEvent } from 'react';
import { looksTraditional } from '../../../shared/traditional';
import { prepareCount } from './counts';
import type { Splice } from './edit-history';
import {
  changedOnPaste,
  convertToSimplified,
  preparePaste,
  PROGRESS_FROM,
  type PreparedPaste,
} from './paste';
import type { FieldEditing } from './useFieldEditing';

/** What the note beside the field says about the last paste, until the user dismisses it. */
export type PasteNote =
  | { kind: 'cleaned'; paste: PreparedPaste; at: number; traditional: boolean }
  | { kind: 'traditional'; paste: PreparedPaste; at: number }
  | { kind: 'restored' | 'converted' | 'moved' };

/** Where the pasted text is now: at its place unless typing moved it; undefined once it changed. */
function locate(value: string, text: string, at: number): number | undefined {
  if (value.startsWith(text, at)) return at;
  const found = value.indexOf(text);
  return found >= 0 && value.indexOf(text, found + 1) < 0 ? found : undefined;
}

/**
 * Paste without the browser's editing command, which lays out a megabyte one line at a time
 * (33 s for 256 KB with line breaks): the text is cleaned and counted a piece per turn, with
 * its progress shown from about 200 KB, then spliced in as one undo step. The note says what
 * the cleanup changed and offers to put back exactly what was pasted, or, for traditional
 * text, to convert it; each of those is an undo step too.
 */
export function usePaste(partId: string, editing: FieldEditing, toSimplified: boolean) {
  const [progress, setProgress] = useState<number | undefined>();
  const [note, setNote] = useState<PasteNote | undefined>();

  const onPaste = (event: ClipboardEvent<HTMLElement>) => {
    const raw = event.clipboardData.getData('text/plain');
    if (!raw) return;
    event.preventDefault();
    const { start: selectionStart, end: selectionEnd } = editing.selection();
    const large = raw.length >= PROGRESS_FROM;
    if (large) setProgress(0);
    setNote(undefined);
    void (async () => {
      try {
        const paste = await preparePaste(raw, toSimplified, large ? setProgress : undefined);
        const value = editing.text();
        const next = value.slice(0, selectionStart) + paste.text + value.slice(selectionEnd);
        if (large) await prepareCount(partId, next);
        const splice: Splice = {
          at: selectionStart,
          removed: value.slice(selectionStart, selectionEnd),
          inserted: paste.text,
        };
        editing.splice(splice, 'paste');
        const traditional = !paste.converted && looksTraditional(paste.text);
        if (changedOnPaste(paste)) setNote({ kind: 'cleaned', paste, at: selectionStart, traditional });
        else if (traditional) setNote({ kind: 'traditional', paste, at: selectionStart });
      } finally {
        setProgress(undefined);
      }
    })();
  };

  /** Replaces the pasted text where it now is, as one undo step. */
  const replacePasted = (paste: PreparedPaste, at: number, inserted: string): boolean => {
    const where = locate(editing.text(), paste.text, at);
    if (where === undefined) return false;
    editing.splice({ at: where, removed: paste.text, inserted }, 'cleanup');
    return true;
  };

  const keepOriginal = () => {
    if (note?.kind !== 'cleaned') return;
    setNote({ kind: replacePasted(note.paste, note.at, note.paste.raw) ? 'restored' : 'moved' });
  };

  const convert = async () => {
    if (note?.kind !== 'cleaned' && note?.kind !== 'traditional') return;
    const converted = await convertToSimplified(note.paste.text);
    setNote({ kind: replacePasted(note.paste, note.at, converted) ? 'converted' : 'moved' });
  };

  return { onPaste, progress, note, dismiss: () => setNote(undefined), keepOriginal, convert };
}
