import { describe, expect, it } from 'vitest';
import { toThin } from '../../../../../electron/services/drafts/snapshots';

const at = (iso: string) => `${iso.replace(/[:.]/g, '-')}.json`;

describe('snapshot thinning', () => {
  it('keeps the newest ten, then one per day, twenty at most', () => {
    const recent = Array.from({ length: 12 }, (_, i) => at(`2021-12-20T08:${String(10 + i)}:00.000Z`));
    const older = Array.from({ length: 30 }, (_, day) => [
      at(`2021-11-${String(day + 1).padStart(2, '0')}T09:00:00.000Z`),
      at(`2021-11-${String(day + 1).padStart(2, '0')}T17:00:00.000Z`),
    ]).flat();
    const dropped = new Set(toThin([...recent, ...older]));
    const kept = [...recent, ...older]
      .filter((n) => !dropped.has(n))
      .sort()
      .reverse();
    expect(kept).toHaveLength(20);
    expect(kept.slice(0, 10)).toEqual([...recent].sort().reverse().slice(0, 10));
    // Two recent ones of 12-20 are past the newest ten; the newest of that day is kept, then one per November day.
    expect(kept[10]).toBe(recent[1]);
    expect(kept.slice(11)).toEqual(
      Array.from({ length: 9 }, (_, i) => at(`2021-11-${String(30 - i).padStart(2, '0')}T17:00:00.000Z`)),
    );
  });

  it('drops nothing while there are few', () => {
    expect(toThin([at('2021-12-20T08:00:00.000Z'), at('2021-12-19T08:00:00.000Z')])).toEqual([]);
  });
});
