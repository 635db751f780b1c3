import { isEastAsian } from '../../../shared/count';

/**
 * Printed widths in em of the table's text size, as the exporter plans lines it must break itself
 * (the cover's underlines) and estimates rows (docs/LAYOUT.md, "Layout model"). East Asian
 * characters and the general punctuation Word draws full-width with the East Asian hint (dashes,
 * curly quotes, ellipses) are 1 em; Latin letters and digits are proportional, so each gets a width
 * on the safe side of the faces the form uses (仿宋_GB2312, Noto Serif CJK in LibreOffice).
 */
const NARROW = new Set([..."iljtf.,:;!|'`()[]{} "]);
const WIDE = new Set([...'mwMWQOGDHNU@%&#']);

export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (isEastAsian(cp) || (cp >= 0x2010 && cp <= 0x206f) || cp === 0x3000) return 1;
  if (NARROW.has(ch)) return 0.35;
  if (WIDE.has(ch)) return 0.85;
  if (cp >= 0x41 && cp <= 0x5a) return 0.7;
  return 0.6;
}

export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** Characters a Chinese line may not start with (GB/T 15834 punctuation rules, as Word's 禁则). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}']);

/**
 * Breaks text into lines of at most `width` em, as the paper would, but decided here so that each
 * line can carry its own underline. A closing mark may not start a line: the character it closes
 * moves down with it, so no line ever runs past `width`.
 */
export function breakLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  for (const ch of text) {
    if (line.length && textWidth(line.join('')) + charWidth(ch) > width) {
      // Carry down the characters the closing mark must stay with, keeping one on the line.
      let keep = line.length;
      if (NO_LINE_START.has(ch))
        do keep--;
        while (keep > 1 && NO_LINE_START.has(line[keep]!));
      lines.push(line.slice(0, Math.max(1, keep)).join(''));
      line = line.slice(Math.max(1, keep));
    }
    line.push(ch);
  }
  if (line.length || !lines.length) lines.push(line.join(''));
  return lines;
}

/** Lines a paragraph takes in a column `columnEm` wide, after its first-line indent. */
export function linesOf(text: string, columnEm: number, indentEm = 2): number {
  return Math.max(1, Math.ceil((textWidth(text.trim()) + indentEm) / Math.max(1, Math.floor(columnEm))));
}

/**
 * Breaks a title into lines of at most `width` em only between its pieces (the words the caller
 * keeps whole: a unit's name, 2021年, “世界计量日”), with the fewest lines and, among those, the
 * most even ones — the balanced lines GB/T 9704 asks of a title, never 世界计量/日”. A piece wider
 * than a line is broken as `breakLines` breaks text.
 */
export function breakBetween(pieces: readonly string[], width: number): string[] {
  const words = pieces
    .filter(Boolean)
    .flatMap((piece) => (textWidth(piece) > width ? breakLines(piece, width) : [piece]));
  // best[i]: the best breaking of the first i words, as (lines, widest line), and where its last line starts.
  const best: { lines: number; widest: number; from: number }[] = [{ lines: 0, widest: 0, from: 0 }];
  for (let end = 1; end <= words.length; end++) {
    let pick = { lines: Infinity, widest: Infinity, from: end - 1 };
    let lineWidth = 0;
    for (let start = end - 1; start >= 0; start--) {
      lineWidth += textWidth(words[start]!);
      if (lineWidth > width && start < end - 1) break;
      const before = best[start]!;
      const option = { lines: before.lines + 1, widest: Math.max(before.widest, lineWidth), from: start };
      if (option.lines < pick.lines || (option.lines === pick.lines && option.widest < pick.widest))
        pick = option;
    }
    best.push(pick);
  }
  const lines: string[] = [];
  for (let end = words.length; end > 0; end = best[end]!.from)
    lines.unshift(words.slice(best[end]!.from, end).join(''));
  return lines.length ? lines : [''];
}

/** Spans a title keeps whole: a quotation or a book title with its marks, a number with its 年/月/号. */
const WHOLE = /“[^”]*”|‘[^’]*’|《[^》]*》|（[^）]*）|〔[^〕]*〕|\d+(?:[.·]\d+)*[年月日号届]?/gu;
const OPENING = new Set([...'“‘《（〔「『【(']);

/**
 * A typed title as the pieces `breakBetween` keeps whole: the spans above, and the words of the
 * rest as the system's word breaker finds them; a closing mark stays with the word before it and
 * an opening mark with the word after it.
 */
export function titlePieces(title: string): string[] {
  const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
  const raw: string[] = [];
  let at = 0;
  for (const match of title.matchAll(WHOLE)) {
    raw.push(...[...segmenter.segment(title.slice(at, match.index))].map((s) => s.segment), match[0]);
    at = match.index + match[0].length;
  }
  raw.push(...[...segmenter.segment(title.slice(at))].map((s) => s.segment));
  const pieces: string[] = [];
  let opening = '';
  for (const piece of raw) {
    if (OPENING.has(piece)) opening += piece;
    else if (pieces.length && !opening && NO_LINE_START.has([...piece][0]!))
      pieces[pieces.length - 1] += piece;
    else {
      pieces.push(opening + piece);
      opening = '';
    }
  }
  if (opening) pieces.push(opening);
  return pieces;
}
