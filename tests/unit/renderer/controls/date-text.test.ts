import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../../../renderer/src/controls/date-text';

describe('dates typed as text', () => {
  it('reads the ways an office writes a date', () => {
    expect(parseDateText('2022年1月20日')).toBe('2022-01-20');
    expect(parseDateText(' 2022 年 01 月 20 日 ')).toBe('2022-01-20');
    expect(parseDateText('2022-01-20')).toBe('2022-01-20');
    expect(parseDateText('2022.1.20')).toBe('2022-01-20');
    expect(parseDateText('2022/1/20')).toBe('2022-01-20');
  });

  it('refuses what is not a calendar day', () => {
    expect(parseDateText('2022年2月30日')).toBeNull();
    expect(parseDateText('01/20/2022')).toBeNull();
    expect(parseDateText('2022年1月')).toBeNull();
    expect(parseDateText('')).toBeNull();
  });
});
