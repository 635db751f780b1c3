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
 * line can carry its own underline. A closing mark that would start a line stays on the line
 * before, which may then run past `width` by that mark: callers leave an em of slack.
 */
export function breakLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width && line && !NO_LINE_START.has(ch)) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += ch;
    used += w;
  }
  if (line || !lines.length) lines.push(line);
  return lines;
}

/** Lines a paragraph takes in a column `columnEm` wide, after its first-line indent. */
export function linesOf(text: string, columnEm: number, indentEm = 2): number {
  return Math.max(1, Math.ceil((textWidth(text.trim()) + indentEm) / Math.max(1, Math.floor(columnEm))));
}
