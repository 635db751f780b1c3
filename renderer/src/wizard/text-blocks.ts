import { cutAfter, isLineEnd } from '../../../shared/text-chunks';
import type { Splice } from './edit-history';

/**
 * A large field's text as blocks of whole lines (docs/PERFORMANCE.md, "large paste"). Chromium lays
 * out the whole text of a textarea on every key, a few hundred ms for 2 MB; shown as blocks, a key
 * lays out only the block it changed. Every block but the last ends with a line break, so the blocks
 * laid out one below the other look exactly like the text in one piece, and the text is the blocks
 * joined.
 */

/** From this length a field is edited as blocks; below `BLOCKS_UNTIL` again as a textarea. */
export const BLOCKS_FROM = 100_000;
/** Lower than `BLOCKS_FROM`, so typing around the threshold does not switch editors on every key. */
export const BLOCKS_UNTIL = 50_000;
/** About this many UTF-16 units a block (cut at the next line end): a key lays out ~20 lines. */
export const BLOCK_SIZE = 2048;

export const isLarge = (length: number, wasLarge: boolean): boolean =>
  wasLarge ? length >= BLOCKS_UNTIL : length >= BLOCKS_FROM;

/** The text cut into blocks after line ends; a text with no line break is one block. */
export function cutBlocks(text: string): string[] {
  return cutAfter(text, BLOCK_SIZE, isLineEnd);
}

/** Where each block starts in the text, and the text's length last. */
export function blockStarts(blocks: readonly string[]): number[] {
  const starts = [0];
  for (const block of blocks) starts.push(starts.at(-1)! + block.length);
  return starts;
}

/**
 * The block an offset of the text lies in, with the offset inside it. At a block boundary it is the
 * start of the later block, except at the very end of the text.
 */
export function locate(starts: readonly number[], offset: number): { index: number; inner: number } {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { index: low, inner: offset - starts[low]! };
}

/** Which blocks a splice replaces, and the blocks that take their place. */
export interface BlockChange {
  from: number;
  /** How many blocks from `from` go. */
  count: number;
  blocks: string[];
}

/**
 * The blocks a splice touches re-cut with the splice applied; when the changed text no longer ends
 * with a line break (the splice took the one its last block ended with), the next block joins it.
 */
export function spliceBlocks(blocks: readonly string[], splice: Splice): BlockChange {
  const starts = blockStarts(blocks);
  const end = splice.at + splice.removed.length;
  const from = locate(starts, splice.at).index;
  const last = locate(starts, end);
  let to = last.inner === 0 && end > splice.at ? last.index - 1 : last.index;
  const offset = splice.at - starts[from]!;
  const region = blocks.slice(from, to + 1).join('');
  let changed = region.slice(0, offset) + splice.inserted + region.slice(offset + splice.removed.length);
  if (!changed.endsWith('\n') && to + 1 < blocks.length) changed += blocks[++to];
  return { from, count: to + 1 - from, blocks: changed ? cutBlocks(changed) : [] };
}

/** Applies a change to the blocks in place. */
export function applyBlockChange(blocks: string[], change: BlockChange): void {
  blocks.splice(change.from, change.count, ...change.blocks);
  if (blocks.length === 0) blocks.push('');
}
