import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/**
 * A text as the originality check compares it: one code point per character that carries meaning
 * (letters, digits, ideographs), with where each came from in the original, so that a finding is
 * reported by offsets into the text the user wrote.
 */
export interface Normalized {
  /** Folded code points: letters and digits only, full-width folded, lower case, 繁 → 简. */
  readonly codes: Int32Array;
  /** For each code, the UTF-16 offset of its character in the original text. */
  readonly origin: Int32Array;
  /** For each code, the UTF-16 offset just after its character in the original text. */
  readonly originEnd: Int32Array;
}

let folding: Map<number, number> | undefined;

/**
 * 繁 → 简 one character at a time, from OpenCC's own tables (Taiwan variants to OpenCC's
 * traditional, then traditional to simplified). Only character tables: a phrase table could change
 * a text's length and so its offsets. Built on first use (about 4,000 pairs).
 */
function foldTable(): Map<number, number> {
  if (folding) return folding;
  const table = new Map<number, number>();
  const read = (pairs: string) => {
    const entries = new Map<number, number>();
    for (const pair of pairs.split('|')) {
      const [from, to] = pair.split(' ');
      if (!from || !to) continue;
      const source = [...from];
      const target = [...to];
      if (source.length === 1 && target.length === 1)
        entries.set(source[0]!.codePointAt(0)!, target[0]!.codePointAt(0)!);
    }
    return entries;
  };
  const variants = read(TWVariantsRev);
  const simplified = read(TSCharacters);
  for (const [from, to] of simplified) table.set(from, to);
  for (const [from, to] of variants) table.set(from, simplified.get(to) ?? to);
  folding = table;
  return table;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The folded code point of a CJK ideograph or an ASCII character, -1 for ASCII that is not a
 * letter or digit, undefined for the rest (folded through NFKC by the caller). The fast path: a
 * submission is nearly all ideographs.
 */
function foldCommon(code: number, table: Map<number, number>): number | undefined {
  if (code >= 0x4e00 && code <= 0x9fff) return table.get(code) ?? code;
  if (code >= 0x80) return undefined;
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) return code;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  return -1;
}

/** A text folded for comparison, with the way back to its original offsets. */
export function normalize(text: string): Normalized {
  const table = foldTable();
  let codes = new Int32Array(text.length);
  let origin = new Int32Array(text.length);
  let originEnd = new Int32Array(text.length);
  let length = 0;
  const push = (value: number, at: number, end: number) => {
    if (length === codes.length) {
      // NFKC can make more than one character of one (㈱ → (株)): grow, rarely.
      const grow = (from: Int32Array) => {
        const to = new Int32Array(from.length * 2 + 8);
        to.set(from);
        return to;
      };
      codes = grow(codes);
      origin = grow(origin);
      originEnd = grow(originEnd);
    }
    codes[length] = value;
    origin[length] = at;
    originEnd[length] = end;
    length++;
  };
  for (let at = 0; at < text.length;) {
    const code = text.codePointAt(at)!;
    const width = code > 0xffff ? 2 : 1;
    const common = foldCommon(code, table);
    if (common !== undefined) {
      if (common >= 0) push(common, at, at + width);
    } else {
      // NFKC folds full-width forms, circled figures and compatibility ideographs to plain
      // characters; what is left that is not a letter or digit (punctuation of either width,
      // spaces, symbols) is dropped.
      for (const part of text
        .slice(at, at + width)
        .normalize('NFKC')
        .toLowerCase()) {
        if (!LETTER_OR_DIGIT.test(part)) continue;
        const folded = part.codePointAt(0)!;
        push(table.get(folded) ?? folded, at, at + width);
      }
    }
    at += width;
  }
  return {
    codes: codes.subarray(0, length),
    origin: origin.subarray(0, length),
    originEnd: originEnd.subarray(0, length),
  };
}
