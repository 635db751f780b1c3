import { describe, expect, it } from 'vitest';
import { parseDateText, parseMonthText } from '../../../shared/date-text';

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

describe('year-months typed as text', () => {
  it('reads 2023年7月 and its other spellings as YYYY-MM', () => {
    expect(parseMonthText('2023年7月')).toBe('2023-07');
    expect(parseMonthText(' 2023 年 07 月')).toBe('2023-07');
    expect(parseMonthText('2023-07')).toBe('2023-07');
    expect(parseMonthText('2023.7')).toBe('2023-07');
    expect(parseMonthText('2023/12')).toBe('2023-12');
  });

  it('refuses what is not a month', () => {
    expect(parseMonthText('2023年13月')).toBeNull();
    expect(parseMonthText('2023年0月')).toBeNull();
    expect(parseMonthText('2023年7月1日')).toBeNull();
    expect(parseMonthText('7月')).toBeNull();
    expect(parseMonthText('')).toBeNull();
  });
});
