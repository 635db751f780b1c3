import TSCharacters from 'opencc-js/dict/TSCharacters';

/**
 * Random Chinese text for tests and the bench: characters drawn from the CJK block's simplified
 * side (every character OpenCC would fold to another is left out, so a text is what the
 * originality check compares, character for character). With about 17,000 characters to draw from,
 * two random passages of 30 share a shingle with odds far below one in 10¹²⁰: whatever a test finds
 * was planted.
 */
const foldedAway = new Set(TSCharacters.split('|').map((pair) => pair.split(' ')[0]));

export const SINOGRAMS: readonly string[] = Array.from({ length: 0x9fa5 - 0x4e00 + 1 }, (_, i) =>
  String.fromCodePoint(0x4e00 + i),
).filter((char) => !foldedAway.has(char));

export function chineseText(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += SINOGRAMS[Math.floor(random() * SINOGRAMS.length)]!;
  return text;
}
