import { describe, expect, it } from 'vitest';
import { countText, isEastAsian, limitLevel } from '../../../shared/count';

/** [text, 字数, 字符数（不计空格）] — what Word's 字数统计 reports for the same text (docs/COUNTING.md). */
const vectors: [string, number, number][] = [
  ['', 0, 0],
  ['   \t\n', 0, 0],
  // docs/COUNTING.md, verbatim.
  ['2021', 1, 4],
  ['2021年', 2, 5],
  ['https://a.cn/x?y=1', 1, 18],
  ['Hello、World。', 4, 12],
  ['第22个“世界计量日”', 10, 11],
  ['计量——测量……完毕', 8, 10],
  // Latin words and digit runs.
  ['Hello world', 2, 10],
  ['GB/T 9704-2012', 2, 13],
  ['a,b.c', 1, 5],
  ['3.14159', 1, 7],
  ['e-mail: a@b.cn', 2, 13],
  ['计量2021年12月', 6, 10],
  ['ISO/IEC 17025实验室', 5, 15],
  // Half-width punctuation between 字 is a run of its own; full-width punctuation is a 字.
  ['计量,测量.', 6, 6],
  ['计量，测量。', 6, 6],
  ['（一）案例简介', 7, 7],
  ['(一)案例简介', 7, 7],
  ['《计量法》', 5, 5],
  // Curly quotes are not in an East Asian block: a run of their own.
  ['“计量”', 4, 4],
  ['‘a’', 1, 3],
  // Full-width letters and digits are East Asian: each counts one.
  ['ＡＢＣ１２３', 6, 6],
  ['半角ｶﾀｶﾅ', 6, 6],
  // Kana, hangul, bopomofo.
  ['けいりょう', 5, 5],
  ['カタカナ', 4, 4],
  ['계량 측정', 4, 4],
  ['ㄐㄧˋ', 3, 3],
  // Emoji: code points, not UTF-16 units; skin tones and ZWJ sequences stay one run.
  ['👍', 1, 1],
  ['👍🏻', 1, 2],
  ['👨‍👩‍👧', 1, 5],
  ['点赞👍好', 4, 4],
  // CJK extension B (a surrogate pair) is one 字.
  ['𠀀𠀁', 2, 2],
  // U+3000 indentation and line breaks count nothing.
  ['\u3000\u3000计量工作', 4, 4],
  ['计量\n测量\r\n完毕', 6, 6],
  ['line one\nline two', 4, 14],
  ['a\u2028b\u2029c', 3, 3],
  ['计量\u00a0 测量', 4, 4],
  // Control characters and lone surrogates cannot be printed: they count nothing and join runs.
  ['ab\u0001cd', 1, 4],
  ['计\u0007量', 2, 2],
  ['a\ud800b', 1, 2],
  ['\udc00计量', 2, 2],
  // Bidi and C1 controls are never printed (shared/printable.ts): they count nothing and join runs.
  ['abc\u202edef', 1, 6],
  ['计\u2066量\u2069', 2, 2],
  ['ab\u0085cd', 2, 4],
  ['ab\u0091cd', 1, 4],
];

describe('countText', () => {
  it.each(vectors)('%j → 字数 %i, 字符数 %i', (text, words, chars) => {
    expect(countText(text)).toEqual({ words, chars });
  });

  it('has at least 30 vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(30);
  });

  it('counts a long text in one pass without allocating per character', () => {
    const text = '计量是实现单位统一、保障量值准确可靠的活动。Metrology 2021. '.repeat(20_000);
    const one = countText('计量是实现单位统一、保障量值准确可靠的活动。Metrology 2021. ');
    expect(countText(text)).toEqual({ words: one.words * 20_000, chars: one.chars * 20_000 });
  });
});

describe('isEastAsian', () => {
  it('treats U+3000 as space, not a 字, and the CJK punctuation block after it as 字', () => {
    expect(isEastAsian(0x3000)).toBe(false);
    expect(isEastAsian(0x3001)).toBe(true);
    expect(isEastAsian(0x201c)).toBe(false);
    expect(isEastAsian(0xff0c)).toBe(true);
  });
});

describe('limitLevel', () => {
  it('is ok below 90 %, near from 90 % up to the limit, over above it', () => {
    expect(limitLevel(269, 300)).toBe('ok');
    expect(limitLevel(270, 300)).toBe('near');
    expect(limitLevel(300, 300)).toBe('near');
    expect(limitLevel(301, 300)).toBe('over');
    expect(limitLevel(3001, 3000)).toBe('over');
  });
});
