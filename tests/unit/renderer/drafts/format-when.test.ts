import { describe, expect, it } from 'vitest';
import { formatWhen } from '../../../../renderer/src/drafts/format-when';

describe('formatWhen', () => {
  it('writes the same date and 24-hour time in both scripts', () => {
    const iso = new Date(2022, 0, 12, 7, 20).toISOString();
    expect(formatWhen(iso, 'zh-Hans')).toBe('2022年1月12日 07:20');
    expect(formatWhen(iso, 'zh-Hant')).toBe('2022年1月12日 07:20');
  });
});
