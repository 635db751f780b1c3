import { describe, expect, it } from 'vitest';
import { isTypedHeading } from '../../../../../electron/services/export/blocks';
import { coverSpacing, valueLines } from '../../../../../electron/services/export/cover';
import { printedCaption } from '../../../../../electron/services/export/figures';
import { breakLines, textWidth } from '../../../../../electron/services/export/measure';
import { printable } from '../../../../../electron/services/export/sanitize';
import type { PrintStyle } from '../../../../../electron/services/export/style';

const style = (textSize: 16 | 14): PrintStyle => ({
  scheme: 'gb2312',
  textSize,
  label: (text) => text,
  content: (text) => text,
});

describe('cover values on their underlines', () => {
  it('breaks a value into lines of at most 17 em, the underline being 18', () => {
    const title = '“云秤”守护菜篮子——农贸市场电子计价秤在线监测与社区计量服务站建设，以及2021年度的推广应用';
    const lines = valueLines(title);
    expect(lines.join('')).toBe(title);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(17);
    expect(lines.length).toBeLessThanOrEqual(Math.ceil(textWidth(title) / 16));
  });

  it('never starts a line with a closing mark: the character it closes moves down with it', () => {
    expect(breakLines(`${'计'.repeat(17)}。下一句`, 17)).toEqual([`${'计'.repeat(16)}`, '计。下一句']);
    expect(breakLines(`${'计'.repeat(16)}。”下`, 17)).toEqual([`${'计'.repeat(15)}`, '计。”下']);
  });

  it('breaks an address without spaces anywhere, so nothing overruns', () => {
    const email = `${'metrology.service'.repeat(3)}@dongbin.cn`;
    const lines = valueLines(email);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(17);
  });

  it('gives an empty value one underline to write on', () => {
    expect(valueLines('')).toEqual(['']);
  });

  it('spaces short values as the attachment does and tightens for values at their limits', () => {
    const roomy = coverSpacing([1, 1, 1, 1, 1, 1]);
    const atLimits = coverSpacing([4, 2, 2, 2, 3, 3]);
    expect(roomy.pitch).toBe(640);
    expect(atLimits.pitch).toBeLessThan(roomy.pitch);
    expect(atLimits.itemsBefore).toBeLessThan(roomy.itemsBefore);
  });
});

describe('typed headings', () => {
  it.each([
    '（一）基本情况',
    '一、组织保障',
    '1.建立工作机制',
    '2、强化技术支撑',
    '(3)工作成效',
    '第二部分 主要做法',
  ])('「%s」 keeps with the paragraph after it', (line) =>
    expect(isTypedHeading(line, style(16))).toBe(true),
  );

  it.each([
    '（一）建设“云秤”在线监测平台。我局会同区大数据中心和区计量所，制定了技术要求。',
    '1.2021年12月，项目获评优秀民生实事项目。',
    '计量是实现单位统一的活动',
    '（二）推行一秤一码。',
  ])('「%s」 is a paragraph, not a heading', (line) => expect(isTypedHeading(line, style(16))).toBe(false));
});

describe('captions', () => {
  it.each([
    ['图1说明', '说明'],
    ['图 1 现场', '现场'],
    ['图1：现场', '现场'],
    ['图1.现场', '现场'],
    ['图一 现场', '现场'],
    ['图一、现场', '现场'],
    ['圖2 現場', '現場'],
    ['图１　现场', '现场'],
  ])('「%s」 prints after 图N as 「%s」', (typed, printed) => expect(printedCaption(typed)).toBe(printed));

  it.each(['图书馆里的计量角', '图一览表', '居民在服务站复秤'])('「%s」 stays as typed', (typed) =>
    expect(printedCaption(typed)).toBe(typed),
  );
});

describe('what never prints', () => {
  it('drops bidirectional and C1 controls with what XML cannot hold, and keeps line breaks', () => {
    expect(printable('a\u202eb\u2066c\u2069d\u0091e\u0000f\ng\u0085h')).toBe('abcdef\ng\u0085h');
  });
});
