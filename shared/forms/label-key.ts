/**
 * A printed label as compared when a user's text names it (a `cli new` values file's keys, a Word
 * table's column headers): without whitespace (U+3000 included: 联 系 人 = 联系人), a trailing colon
 * and the numbering prefix the paper puts before a heading (（一）案例简介, 一、背景缘由).
 */
export function labelKey(text: string): string {
  return text
    .replace(/\s+/gu, '')
    .replace(/[：:]$/u, '')
    .replace(/^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)/u, '');
}
