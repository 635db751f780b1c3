import { commonEnds } from '../../../shared/text-chunks';

/**
 * Undo and redo of one text field, kept by the app rather than the browser. The browser's own
 * history is per document and goes wrong once a script changes the text (a paste inserted
 * without `execCommand`, a cleanup undone): it then undoes edits onto the wrong text. So every
 * committed change is recorded here as a splice, and Ctrl+Z replays them backwards: a paste is
 * one step of its own, typing is grouped into runs, a cleanup undone is a step too.
 */
export interface Splice {
  at: number;
  removed: string;
  inserted: string;
}

export type EditKind = 'typing' | 'paste' | 'cleanup';

interface Step extends Splice {
  kind: EditKind;
  time: number;
}

/** Typing that pauses longer than this starts a new undo step. */
const GROUP_MS = 1000;
/** Steps kept; each holds only its splice, so a deep history stays small unless pastes are huge. */
const MAX_STEPS = 200;

/** The splice that turns `before` into `after`: their common prefix and suffix left out. */
export function spliceBetween(before: string, after: string): Splice {
  const { start, tail } = commonEnds(before, after);
  return {
    at: start,
    removed: before.slice(start, before.length - tail),
    inserted: after.slice(start, after.length - tail),
  };
}

/**
 * The same splice found faster, from where the caret is after the change: typing inserts just
 * before the caret and Backspace deletes there, so two comparisons of whole slices (which the
 * engine does as memory compares) confirm it, instead of a loop over a megabyte per key. Any
 * other change falls back to `spliceBetween`.
 */
export function spliceAt(before: string, after: string, caret: number): Splice {
  const grown = after.length - before.length;
  if (grown > 0 && caret >= grown && caret <= after.length) {
    const at = caret - grown;
    if (before.slice(0, at) === after.slice(0, at) && before.slice(at) === after.slice(caret))
      return { at, removed: '', inserted: after.slice(at, caret) };
  } else if (grown < 0 && caret <= after.length) {
    const end = caret - grown;
    if (before.slice(0, caret) === after.slice(0, caret) && before.slice(end) === after.slice(caret))
      return { at: caret, removed: before.slice(caret, end), inserted: '' };
  }
  return spliceBetween(before, after);
}

export function applySplice(text: string, splice: Splice): string {
  return text.slice(0, splice.at) + splice.inserted + text.slice(splice.at + splice.removed.length);
}

const inverse = (splice: Splice): Splice => ({
  at: splice.at,
  removed: splice.inserted,
  inserted: splice.removed,
});

export class EditHistory {
  private undos: Step[] = [];
  private redos: Step[] = [];

  record(splice: Splice, kind: EditKind, time: number): void {
    if (!splice.removed && !splice.inserted) return;
    this.redos = [];
    const last = this.undos.at(-1);
    if (last && kind === 'typing' && last.kind === 'typing' && time - last.time < GROUP_MS) {
      const typedOn = !splice.removed && !last.removed && splice.at === last.at + last.inserted.length;
      const deletedBack = !splice.inserted && !last.inserted && splice.at + splice.removed.length === last.at;
      if (typedOn) {
        last.inserted += splice.inserted;
        last.time = time;
        return;
      }
      if (deletedBack) {
        last.at = splice.at;
        last.removed = splice.removed + last.removed;
        last.time = time;
        return;
      }
    }
    this.undos.push({ ...splice, kind, time });
    if (this.undos.length > MAX_STEPS) this.undos.shift();
  }

  /** The splice that undoes the last step, or undefined when there is none. */
  undo(): Splice | undefined {
    const step = this.undos.pop();
    if (!step) return undefined;
    this.redos.push(step);
    return inverse(step);
  }

  redo(): Splice | undefined {
    const step = this.redos.pop();
    if (!step) return undefined;
    this.undos.push(step);
    return { at: step.at, removed: step.removed, inserted: step.inserted };
  }

  /** The text was replaced from outside (a restored version): old steps no longer fit it. */
  clear(): void {
    this.undos = [];
    this.redos = [];
  }
}
