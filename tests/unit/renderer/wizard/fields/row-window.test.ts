import { describe, expect, it } from 'vitest';
import { nextWindow, slotsOf, visibleSpan } from '../../../../../renderer/src/wizard/fields/row-window';

const heights = (count: number, height = 100) => Array.from({ length: count }, () => height);

describe('the rows a long table mounts', () => {
  it('finds the rows that meet the screen from their heights and where the body starts', () => {
    // Rows 0–9 of 100 px, the body 250 px down a 600 px screen: rows 0–3 meet it.
    expect(visibleSpan(heights(10), 250, 600)).toEqual({ start: 0, end: 4 });
    // Scrolled 1,000 px past the body's top: rows 10–15 are on the screen.
    expect(visibleSpan(heights(40), -1000, 600)).toEqual({ start: 10, end: 16 });
    // A row whose bottom edge is the screen's top is not on it.
    expect(visibleSpan(heights(40), -300, 100)).toEqual({ start: 3, end: 4 });
    // Uneven rows: 50 + 300 + 50 px, the screen from 100 to 200 px into the body.
    expect(visibleSpan([50, 300, 50], -100, 100)).toEqual({ start: 1, end: 2 });
    // The body wholly below or above the screen.
    expect(visibleSpan(heights(5), 900, 600)).toEqual({ start: 0, end: 0 });
    expect(visibleSpan(heights(5), -900, 600)).toEqual({ start: 0, end: 0 });
  });

  it('widens what is visible by ten rows each side, and keeps its window through a small scroll', () => {
    const first = nextWindow({ start: 0, end: 1 }, { start: 50, end: 56 }, 200);
    expect(first).toEqual({ start: 40, end: 66 });
    // Four rows further down, the window still holds them with rows to spare: it stays.
    expect(nextWindow(first, { start: 54, end: 60 }, 200)).toBe(first);
    // Six rows further, the spare at the bottom is gone: the window moves.
    expect(nextWindow(first, { start: 57, end: 63 }, 200)).toEqual({ start: 47, end: 73 });
    // At the table's ends the window stops there, and rows deleted from under it move it.
    expect(nextWindow(first, { start: 195, end: 200 }, 200)).toEqual({ start: 185, end: 200 });
    expect(nextWindow({ start: 185, end: 200 }, { start: 185, end: 190 }, 190)).toEqual({
      start: 175,
      end: 190,
    });
  });

  it('mounts the window and the kept rows, with spacers as tall as the rows between', () => {
    const rows = [100, 120, 100, 100, 80, 100, 100, 100];
    expect(slotsOf(rows, { start: 2, end: 4 }, [6])).toEqual([
      { kind: 'gap', start: 0, end: 2, height: 220 },
      { kind: 'row', index: 2 },
      { kind: 'row', index: 3 },
      { kind: 'gap', start: 4, end: 6, height: 180 },
      { kind: 'row', index: 6 },
      { kind: 'gap', start: 7, end: 8, height: 100 },
    ]);
    // Kept indices outside the table (the neighbours of the first or last row) mount nothing.
    expect(slotsOf(heights(3), { start: 0, end: 3 }, [-1, 3])).toEqual([
      { kind: 'row', index: 0 },
      { kind: 'row', index: 1 },
      { kind: 'row', index: 2 },
    ]);
  });
});
