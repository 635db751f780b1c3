import { describe, expect, it } from 'vitest';
import { dayText, outsidePeriod, readActivityTime } from '../../../../shared/forms/activity-time';

const span = (from: string, to: string, exact: boolean) => ({ from, to, exact });
const PERIOD_2021 = { from: '2021-05-11', to: '2021-05-23' };

describe('reading 活动时间 as the seed writes it', () => {
  it.each([
    ['5月11日、12日', [span('2021-05-11', '2021-05-11', true), span('2021-05-12', '2021-05-12', true)]],
    ['5月17日至5月23日', [span('2021-05-17', '2021-05-23', true)]],
    ['5月19日至21日', [span('2021-05-19', '2021-05-21', true)]],
    ['5月20日前', [span('2021-05-20', '2021-05-20', true)]],
    ['5月20日前后', [span('2021-05-20', '2021-05-20', true)]],
    ['5月20日左右', [span('2021-05-20', '2021-05-20', true)]],
    ['5月下旬', [span('2021-05-21', '2021-05-31', false)]],
    ['5月', [span('2021-05-01', '2021-05-31', false)]],
    ['4—5月', [span('2021-04-01', '2021-05-31', false)]],
    ['4月至5月底', [span('2021-04-01', '2021-05-31', false)]],
    ['5月11日、\n5月20日', [span('2021-05-11', '2021-05-11', true), span('2021-05-20', '2021-05-20', true)]],
    ['２０２２年５月２０日', [span('2022-05-20', '2022-05-20', true)]],
  ])('%s', (text, spans) => {
    expect(readActivityTime(text, 2021)).toEqual(spans);
  });

  it('reads nothing from a text that names no days, or a day that does not exist', () => {
    expect(readActivityTime('另行通知', 2021)).toBeNull();
    expect(readActivityTime('', 2021)).toBeNull();
    expect(readActivityTime('2月30日', 2021)).toBeNull();
    expect(readActivityTime('5月23日至5月11日', 2021)).toBeNull();
    // A day with no month anywhere before it is not guessed.
    expect(readActivityTime('12日', 2021)).toBeNull();
  });
});

describe('activities outside the campaign’s 活动时间', () => {
  const outside = (text: string) => outsidePeriod(readActivityTime(text, 2021)!, PERIOD_2021);

  it('keeps days inside the period quiet', () => {
    expect(outside('5月11日、12日')).toEqual([]);
    expect(outside('5月17日至5月23日')).toEqual([]);
    expect(outside('5月20日前')).toEqual([]);
  });

  it('names an exact day or span that leaves the period', () => {
    expect(outside('5月10日')).toEqual([span('2021-05-10', '2021-05-10', true)]);
    expect(outside('5月20日至5月25日')).toEqual([span('2021-05-20', '2021-05-25', true)]);
    expect(outside('5月11日、5月24日')).toEqual([span('2021-05-24', '2021-05-24', true)]);
  });

  it('lets a vague span pass when it meets the period, and names it when it does not', () => {
    expect(outside('5月下旬')).toEqual([]);
    expect(outside('4—5月')).toEqual([]);
    expect(outside('6月')).toEqual([span('2021-06-01', '2021-06-30', false)]);
    expect(outside('5月上旬')).toEqual([span('2021-05-01', '2021-05-10', false)]);
  });

  it('words a day without the campaign’s year', () => {
    expect(dayText('2021-05-11', 2021)).toBe('5月11日');
    expect(dayText('2022-05-11', 2021)).toBe('2022年5月11日');
  });
});
