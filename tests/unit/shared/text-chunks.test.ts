import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prng } from '../../../scripts/hostile-corpus';
import { countText } from '../../../shared/count';
import {
  countInPieces,
  cutAfter,
  isLineEnd,
  isSpaceAt,
  recount,
  recountSplice,
} from '../../../shared/text-chunks';

const webCopy = readFileSync('tests/fixtures/paste/seed-002-web-copy.txt', 'utf8');
/** Text whose every kind of character meets every other at a cut or an edit. */
const ALPHABET = [
  '计',
  '量',
  'a',
  'Z',
  '2',
  '，',
  '“',
  '”',
  ' ',
  '\n',
  '\u3000',
  '\t',
  '\u0001',
  '👍',
  '🏻',
  '\ud800',
  '—',
  'é',
];

function randomText(random: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += ALPHABET[Math.floor(random() * ALPHABET.length)]!;
  return out;
}

describe('cutAfter', () => {
  it('gives back the whole text, each piece cut right after a line break, CRLF kept together', () => {
    const text = webCopy.replace(/\n/g, '\r\n').repeat(5);
    const pieces = cutAfter(text, 200, isLineEnd);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(5);
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith('\r\n')).toBe(true);
  });

  it('keeps a text without any cut in one piece', () => {
    expect(cutAfter('计'.repeat(5000), 100, isLineEnd)).toEqual(['计'.repeat(5000)]);
  });
});

describe('counting large text by pieces and by changed regions', () => {
  it('counts in pieces exactly as in one pass', async () => {
    const random = prng(7);
    for (let i = 0; i < 20; i++) {
      const text = randomText(random, 200_000);
      expect(await countInPieces(text)).toEqual(countText(text));
    }
    expect(await countInPieces(webCopy.repeat(40))).toEqual(countText(webCopy.repeat(40)));
    expect(cutAfter(webCopy, 500, isSpaceAt).join('')).toBe(webCopy);
  });

  it('recounts only the changed region and agrees with a full count after every edit', () => {
    const random = prng(11);
    let text = randomText(random, 5_000);
    let count = countText(text);
    for (let edit = 0; edit < 3_000; edit++) {
      const at = Math.floor(random() * (text.length + 1));
      const removed = Math.floor(random() * 4);
      const inserted = randomText(random, Math.floor(random() * 5));
      const next = text.slice(0, at) + inserted + text.slice(at + removed);
      const bySplice = recountSplice(text, count, next, {
        at,
        removed: text.slice(at, at + removed),
        inserted,
      });
      count = recount(text, count, next);
      expect(count, `edit ${edit}`).toEqual(countText(next));
      expect(bySplice, `edit ${edit} by its splice`).toEqual(count);
      text = next;
    }
  });

  it('recounts a paste of a whole text into the middle of another', () => {
    const before = webCopy;
    const after = before.slice(0, 300) + 'x' + webCopy.repeat(3) + 'y' + before.slice(300);
    expect(recount(before, countText(before), after)).toEqual(countText(after));
  });
});
