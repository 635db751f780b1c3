import { isUnprinted } from './printable';

/**
 * 字数 as Word's 字数统计 reports it (docs/COUNTING.md): every East Asian character counts one, every
 * maximal run of other non-space characters counts one, white space counts nothing.
 * 字符数（不计空格） counts code points that are not white space, as Word does.
 *
 * Control characters, bidirectional controls and lone surrogates count nothing and do not end a
 * run: the export drops them (`printable.ts`), so the counter agrees with the printed form.
 *
 * One pass over UTF-16 units with no allocation: a keystroke recounts the whole field, and
 * the budget is ≥ 10 MB/s.
 */
export interface TextCount {
  /** 字数 — what the notice's limits apply to. */
  words: number;
  /** 字符数（不计空格）, in code points. */
  chars: number;
}

/** Blocks Word treats as East Asian: each character in them is a 字 of its own. */
const EAST_ASIAN_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x11ff], // Hangul Jamo
  [0x2e80, 0x2fff], // CJK radicals, Kangxi radicals, ideographic description
  [0x3001, 0x303f], // CJK symbols and punctuation (U+3000 is a space)
  [0x3040, 0x33ff], // kana, bopomofo, Hangul compatibility jamo, kanbun, strokes, enclosed CJK, compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa960, 0xa97f], // Hangul Jamo extended-A
  [0xac00, 0xd7ff], // Hangul syllables and Jamo extended-B
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe1f], // vertical forms
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xffef], // half-width and full-width forms
  [0x1b000, 0x1b16f], // kana supplement and extended
  [0x1f200, 0x1f2ff], // enclosed ideographic supplement
  [0x20000, 0x3ffff], // CJK extensions B and beyond
];

export function isEastAsian(cp: number): boolean {
  if (cp < 0x1100) return false;
  for (const [from, to] of EAST_ASIAN_RANGES) {
    if (cp < from) return false;
    if (cp <= to) return true;
  }
  return false;
}

/** White space as Word sees it, the ideographic space U+3000 used for indentation included. */
export function isSpace(cp: number): boolean {
  if (cp <= 0x20) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d);
  if (cp < 0x85) return false;
  return (
    cp === 0x85 ||
    cp === 0xa0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0xfeff
  );
}

export { isControl } from './printable';

export function countText(text: string): TextCount {
  let words = 0;
  let chars = 0;
  let inRun = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const low = cp <= 0xdbff && i + 1 < length ? text.charCodeAt(i + 1) : 0;
      if (low < 0xdc00 || low > 0xdfff) continue;
      cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
      i++;
    }
    if (cp < 0x80) {
      // ASCII fast path: most pasted text and all digits and URLs.
      if (cp === 0x20 || (cp >= 0x09 && cp <= 0x0d)) {
        inRun = false;
      } else if (cp < 0x20 || cp === 0x7f) {
        continue;
      } else {
        chars++;
        if (!inRun) {
          words++;
          inRun = true;
        }
      }
      continue;
    }
    if (isSpace(cp)) {
      inRun = false;
      continue;
    }
    if (isUnprinted(cp)) continue;
    chars++;
    if (isEastAsian(cp)) {
      words++;
      inRun = false;
    } else if (!inRun) {
      words++;
      inRun = true;
    }
  }
  return { words, chars };
}

/** Where a count stands against its limit: the counters colour by this, never by their own rule. */
export type LimitLevel = 'ok' | 'near' | 'over';

/** "Near" starts at 90 % of the limit, early enough to plan a cut and late enough not to nag. */
export function limitLevel(words: number, limit: number): LimitLevel {
  if (words > limit) return 'over';
  if (words >= Math.floor(limit * 0.9)) return 'near';
  return 'ok';
}
