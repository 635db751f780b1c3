import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * A long table mounts only the rows near the screen (docs/PERFORMANCE.md, the 200-row activity
 * table): with every row's textareas on the page, each key's frame layerized and painted all
 * 1,400 of them. The rows out of view are one spacer row each side, as tall as the rows it stands
 * for, so the page scrolls the same; the row being edited and its neighbours stay mounted, so Tab
 * and Shift+Tab reach the next and previous rows wherever the page is scrolled, and so do the
 * table's first and last rows, where Tab enters it.
 */

/** Tables of up to this many rows mount every row (the seed's tables have about 30). */
export const WINDOWED_ABOVE = 60;
/** Rows mounted beyond each edge of the screen, so a scroll shows rows before the window moves. */
const OVERSCAN = 10;
/** A row's height before any row was measured: a row of three-line textareas. */
const FIRST_GUESS_PX = 110;

/** Rows `start` (inclusive) to `end` (exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** One row of the table body: a mounted row, or a spacer standing for rows `start`…`end - 1`. */
export type Slot =
  { kind: 'row'; index: number } | { kind: 'gap'; start: number; end: number; height: number };

/**
 * The rows that meet the screen, from the rows' heights, where the body's top is (relative to the
 * screen's top; negative once scrolled past) and the screen's height. An empty span when none does.
 */
export function visibleSpan(heights: readonly number[], bodyTop: number, screen: number): Span {
  let top = bodyTop;
  let start = -1;
  let end = 0;
  for (let index = 0; index < heights.length; index++) {
    const bottom = top + heights[index]!;
    if (bottom > 0 && top < screen) {
      if (start < 0) start = index;
      end = index + 1;
    }
    top = bottom;
  }
  return start < 0 ? { start: 0, end: 0 } : { start, end };
}

/**
 * The window to mount for what is visible: `visible` widened by the overscan, or `current` while
 * it still holds `visible` with half the overscan to spare at both ends, so a small scroll does
 * not render the table again.
 */
export function nextWindow(current: Span, visible: Span, count: number): Span {
  const spare = OVERSCAN / 2;
  const holds =
    current.start <= Math.max(0, visible.start - spare) &&
    current.end >= Math.min(count, visible.end + spare) &&
    current.end <= count;
  if (holds) return current;
  return { start: Math.max(0, visible.start - OVERSCAN), end: Math.min(count, visible.end + OVERSCAN) };
}

/**
 * The body's rows: those in `window` and those in `keep` (indices), and between them spacers as
 * tall as the rows they stand for.
 */
export function slotsOf(heights: readonly number[], window: Span, keep: readonly number[]): Slot[] {
  const mounted = (index: number) => (index >= window.start && index < window.end) || keep.includes(index);
  const slots: Slot[] = [];
  let gap: { start: number; height: number } | undefined;
  for (let index = 0; index < heights.length; index++) {
    if (mounted(index)) {
      if (gap) slots.push({ kind: 'gap', start: gap.start, end: index, height: gap.height });
      gap = undefined;
      slots.push({ kind: 'row', index });
    } else if (gap) gap.height += heights[index]!;
    else gap = { start: index, height: heights[index]! };
  }
  if (gap) slots.push({ kind: 'gap', start: gap.start, end: heights.length, height: gap.height });
  return slots;
}

/** Each row's height: as last measured, else the mean of those measured. */
function heightsOf(rowIds: readonly string[], measured: ReadonlyMap<string, number>): number[] {
  const known = [...measured.values()];
  const guess = known.length ? known.reduce((sum, h) => sum + h, 0) / known.length : FIRST_GUESS_PX;
  return rowIds.map((id) => measured.get(id) ?? guess);
}

interface WindowState {
  span: Span;
  measured: ReadonlyMap<string, number>;
}

/** Where the body's top is on the screen, and the heights of its mounted rows, read at once. */
interface Reading {
  top: number;
  screen: number;
  rows: [id: string, height: number][];
}

function read(body: HTMLTableSectionElement): Reading {
  const rows = [...body.querySelectorAll<HTMLTableRowElement>(':scope > tr[data-row-id]')];
  return {
    top: body.getBoundingClientRect().top,
    screen: window.innerHeight,
    // A row not laid out (its step hidden) reads 0: that is no height to remember.
    rows: rows.flatMap((row): [string, number][] =>
      row.offsetHeight > 0 ? [[row.dataset.rowId!, row.offsetHeight]] : [],
    ),
  };
}

/** The window for a reading: the same state when neither a height nor the window changed. */
function afterReading(previous: WindowState, reading: Reading, rowIds: readonly string[]): WindowState {
  const changed = reading.rows.filter(([id, height]) => previous.measured.get(id) !== height);
  const measured = changed.length ? new Map([...previous.measured, ...changed]) : previous.measured;
  const heights = heightsOf(rowIds, measured);
  const span = nextWindow(previous.span, visibleSpan(heights, reading.top, reading.screen), heights.length);
  return span === previous.span && measured === previous.measured ? previous : { span, measured };
}

/**
 * The slots of a table body of `rowIds` (`null`: mount every row), keeping the first and last
 * rows, and the row `pinned` (the one last focused or acted on) and its neighbours, mounted. Rows are measured when the page
 * scrolls or is resized and when the number of rows changes, never on a key. `body` is the
 * table body's ref; each mounted row carries `data-row-id`.
 */
export function useRowWindow(
  body: RefObject<HTMLTableSectionElement | null>,
  rowIds: readonly string[],
  pinned: string | undefined,
): Slot[] | null {
  const windowed = rowIds.length > WINDOWED_ABOVE;
  // No rows until the first reading, which comes before the first paint (the layout effect below).
  const [state, setState] = useState<WindowState>({ span: { start: 0, end: 0 }, measured: new Map() });
  const ids = useRef(rowIds);
  useLayoutEffect(() => {
    ids.current = rowIds;
  });

  // Before the first paint of a long table, and whenever rows come or go (a paste of 200 rows).
  useLayoutEffect(() => {
    const element = body.current;
    if (!windowed || !element) return;
    const reading = read(element);
    setState((previous) => afterReading(previous, reading, ids.current));
  }, [body, windowed, rowIds.length]);

  useEffect(() => {
    if (!windowed) return;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const element = body.current;
        if (!element) return;
        const reading = read(element);
        setState((previous) => afterReading(previous, reading, ids.current));
      });
    };
    // The page's own scroll only: a cell's text scrolling sideways as it is typed into fires
    // `scroll` on the cell, which does not bubble, and must not cost a reading on every key.
    addEventListener('scroll', onScroll, { passive: true });
    addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(frame);
      removeEventListener('scroll', onScroll);
      removeEventListener('resize', onScroll);
    };
  }, [body, windowed]);

  if (!windowed) return null;
  const at = pinned === undefined ? -1 : rowIds.indexOf(pinned);
  // The first and last rows too, so Tab into the table from above or Shift+Tab from below lands
  // in it, wherever the page is scrolled.
  const keep = [0, rowIds.length - 1, ...(at < 0 ? [] : [at - 1, at, at + 1])];
  return slotsOf(heightsOf(rowIds, state.measured), state.span, keep);
}
