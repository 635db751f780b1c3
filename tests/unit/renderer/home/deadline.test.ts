import { describe, expect, it } from 'vitest';
import { daysUntil, formatDate } from '../../../../renderer/src/home/deadline';

describe('deadline', () => {
  it('counts calendar days, whatever the time of day', () => {
    expect(daysUntil('2022-01-20', new Date(2022, 0, 10, 23, 59))).toBe(10);
    expect(daysUntil('2022-01-20', new Date(2022, 0, 20, 0, 1))).toBe(0);
    expect(daysUntil('2022-01-20', new Date(2022, 0, 21, 8))).toBe(-1);
  });

  it('writes the date the Chinese way', () => {
    expect(formatDate('2022-01-20', 'zh-Hans')).toBe('2022年1月20日');
  });
});
