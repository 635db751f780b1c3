import { describe, expect, it } from 'vitest';
import { prng } from '../../../../scripts/hostile-corpus';
import { applySplice } from '../../../../renderer/src/wizard/edit-history';
import {
  applyBlockChange,
  BLOCK_SIZE,
  blockStarts,
  cutBlocks,
  isLarge,
  locate,
  spliceBlocks,
} from '../../../../renderer/src/wizard/text-blocks';

const lines = (count: number, width = 90) =>
  Array.from({ length: count }, (_, i) => `${i}行`.padEnd(width, '计量')).join('\n');

/** Every block but the last ends with its line break: laid out one below the other, they read as the text. */
function expectWellCut(blocks: string[], text: string) {
  expect(blocks.join('') === text).toBe(true);
  expect(blocks.slice(0, -1).filter((block) => !block.endsWith('\n'))).toEqual([]);
  expect(blocks.filter((block) => block === '')).toEqual([]);
}

describe('a large text as blocks of lines', () => {
  it('cuts after line ends near the block size, and keeps a line without a break whole', () => {
    const text = lines(2000);
    const blocks = cutBlocks(text);
    expectWellCut(blocks, text);
    expect(blocks.length).toBeGreaterThan(text.length / (2 * BLOCK_SIZE));
    blocks.slice(0, -1).forEach((block) => expect(block.length).toBeLessThan(BLOCK_SIZE + 100));
    const oneLine = '计'.repeat(5 * BLOCK_SIZE);
    expect(cutBlocks(oneLine)).toEqual([oneLine]);
    expect(cutBlocks('')).toEqual(['']);
  });

  it('finds the block of an offset: at a boundary the later block, at the end the last', () => {
    const starts = blockStarts(['ab\n', 'cd\n', 'e']);
    expect(starts).toEqual([0, 3, 6, 7]);
    expect(locate(starts, 0)).toEqual({ index: 0, inner: 0 });
    expect(locate(starts, 2)).toEqual({ index: 0, inner: 2 });
    expect(locate(starts, 3)).toEqual({ index: 1, inner: 0 });
    expect(locate(starts, 7)).toEqual({ index: 2, inner: 1 });
  });

  it('a splice changes only the blocks it touches, and the blocks still join to the spliced text', () => {
    const text = lines(3000);
    const random = prng(20211220);
    let blocks = cutBlocks(text);
    let current = text;
    for (let i = 0; i < 400; i++) {
      const at = Math.floor(random() * (current.length + 1));
      const removed = current.slice(at, at + Math.floor(random() * (i % 10 === 0 ? 9000 : 8)));
      const inserted = ['', '\n', '计量\n创新', '字', 'x\n\n'][i % 5]!;
      const splice = { at, removed, inserted };
      const change = spliceBlocks(blocks, splice);
      const untouched = blocks.length - change.count;
      blocks = [...blocks];
      applyBlockChange(blocks, change);
      current = applySplice(current, splice);
      expectWellCut(blocks, current);
      // A small splice re-cuts a block or two, never the text.
      if (removed.length < 8) expect(change.count).toBeLessThanOrEqual(2);
      expect(blocks.length - change.blocks.length).toBe(untouched);
    }
  });

  it("a line break taken from a block's end joins it with the next block; deleting all leaves one empty block", () => {
    const blocks = ['ab\n', 'cd\n', 'ef'];
    const joined = spliceBlocks(blocks, { at: 2, removed: '\n', inserted: '' });
    expect(joined).toEqual({ from: 0, count: 2, blocks: ['abcd\n'] });
    const all = [...blocks];
    applyBlockChange(all, spliceBlocks(all, { at: 0, removed: 'ab\ncd\nef', inserted: '' }));
    expect(all).toEqual(['']);
    const appended = spliceBlocks(blocks, { at: 8, removed: '', inserted: '\n' });
    expect(appended).toEqual({ from: 2, count: 1, blocks: ['ef\n'] });
  });

  it('switches to blocks from 100,000 characters and back only below 50,000', () => {
    expect(isLarge(99_999, false)).toBe(false);
    expect(isLarge(100_000, false)).toBe(true);
    expect(isLarge(60_000, true)).toBe(true);
    expect(isLarge(49_999, true)).toBe(false);
  });
});
