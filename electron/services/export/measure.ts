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
