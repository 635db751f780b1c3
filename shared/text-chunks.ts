import { countText, isSpace, type TextCount } from './count';

/**
 * Large text handled in pieces, so a megabyte paste never holds the page for one long task
 * (docs/PERFORMANCE.md). Pieces are cut right after a character that keeps the work exact per piece:
 * a line break for the paste cleanup (which works line by line), any white space for counting
 * (white space ends every run, so the counts of the pieces add up to the count of the whole).
 */
export function cutAfter(text: string, size: number, isCut: (text: string, at: number) => boolean): string[] {
  const pieces: string[] = [];
  let from = 0;
  while (text.length - from > size) {
    let cut = from + size;
    while (cut < text.length && !isCut(text, cut - 1)) cut++;
    pieces.push(text.slice(from, cut));
    from = cut;
  }
  if (from < text.length || pieces.length === 0) pieces.push(text.slice(from));
  return pieces;
}

/** After a line break, and never between the CR and LF of one. */
export function isLineEnd(text: string, at: number): boolean {
  const unit = text.charCodeAt(at);
  if (unit === 0x0d) return text.charCodeAt(at + 1) !== 0x0a;
  return unit === 0x0a || unit === 0x2028 || unit === 0x2029 || unit === 0x85;
}

export function isSpaceAt(text: string, at: number): boolean {
  return isSpace(text.charCodeAt(at));
}

export const addCounts = (a: TextCount, b: TextCount): TextCount => ({
  words: a.words + b.words,
  chars: a.chars + b.chars,
});

/** Gives the page a turn between pieces: input and frames go first. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export const PIECE = 64 * 1024;

/** `countText` of a large text, a piece per turn. */
export async function countInPieces(text: string): Promise<TextCount> {
  let total: TextCount = { words: 0, chars: 0 };
  for (const piece of cutAfter(text, PIECE, isSpaceAt)) {
    total = addCounts(total, countText(piece));
    if (text.length > PIECE) await nextTurn();
  }
  return total;
}

/** How many units two texts share at their start, and after that at their end. */
export function commonEnds(before: string, after: string): { start: number; tail: number } {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < shorter - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start, tail };
}

/**
 * Where two versions of a text differ, widened on both sides to white space (or the ends), so
 * that the count of the whole changes by exactly the count of that region: white space ends
 * every run, so nothing outside it counts differently.
 */
export function changedRegion(
  before: string,
  after: string,
): { start: number; beforeEnd: number; afterEnd: number } {
  let { start, tail } = commonEnds(before, after);
  while (start > 0 && !isSpace(before.charCodeAt(start - 1))) start--;
  while (tail > 0 && !isSpace(before.charCodeAt(before.length - tail))) tail--;
  return { start, beforeEnd: before.length - tail, afterEnd: after.length - tail };
}

/** The count of `after`, from the count of `before` and the region that changed. */
export function recount(before: string, count: TextCount, after: string): TextCount {
  const { start, beforeEnd, afterEnd } = changedRegion(before, after);
  const removed = countText(before.slice(start, beforeEnd));
  const added = countText(after.slice(start, afterEnd));
  return {
    words: count.words - removed.words + added.words,
    chars: count.chars - removed.chars + added.chars,
  };
}

/**
 * `recount` when the splice is known (the field's undo history has it): only the region around
 * it, widened to white space, is counted, with no pass over the rest of the text at all.
 */
export function recountSplice(
  before: string,
  count: TextCount,
  after: string,
  splice: { at: number; removed: string; inserted: string },
): TextCount {
  let start = splice.at;
  while (start > 0 && !isSpace(before.charCodeAt(start - 1))) start--;
  let beforeEnd = splice.at + splice.removed.length;
  let afterEnd = splice.at + splice.inserted.length;
  while (beforeEnd < before.length && !isSpace(before.charCodeAt(beforeEnd))) {
    beforeEnd++;
    afterEnd++;
  }
  const removed = countText(before.slice(start, beforeEnd));
  const added = countText(after.slice(start, afterEnd));
  return {
    words: count.words - removed.words + added.words,
    chars: count.chars - removed.chars + added.chars,
  };
}
