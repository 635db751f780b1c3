import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

/**
 * A deterministic corpus of hostile strings for the reliability suites (docs/RELIABILITY.md):
 * the same seed always gives the same strings, so a failure found once can be replayed.
 *
 *   npx tsx scripts/hostile-corpus.ts --count 10000 --seed 7 --out corpus.jsonl
 */

/** mulberry32: small, fast and good enough to spread test inputs; never for secrets. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (random: Random, below: number) => Math.floor(random() * below);
const pick = <T>(random: Random, items: readonly T[]): T => items[int(random, items.length)]!;
const repeat = (random: Random, times: number, make: () => string) =>
  Array.from({ length: times }, make).join('');

/** Pieces that have broken text handling somewhere: counted wrongly, torn, or turned into markup. */
const PIECES = [
  '\u202E', // RIGHT-TO-LEFT OVERRIDE
  '\u202D',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200E',
  '\u200F',
  '\u200B', // zero width space
  '\u200D', // zero width joiner
  '\uFEFF', // BOM inside text
  '\u2028',
  '\u2029',
  '\u0085',
  '\u00A0',
  '\u3000',
  '\uFFFE',
  '\uFFFF',
  '\uFFFD',
  '👨‍👩‍👧‍👦',
  '🏳️‍🌈',
  '👍🏻',
  '🇨🇳',
  '1️⃣',
  '🧑🏽‍🔬',
  'e\u0301\u0302\u0303\u0304\u0305',
  '𠀀𪚥𰻞',
  '計量(liàng)',
  '“世界计量日”',
  '——',
  '……',
  '（一）',
  '<w:t>',
  ']]>',
  '<![CDATA[',
  '&amp;',
  '&#0;',
  '"\'\\',
  '\\u0000',
  '../../etc/passwd',
  'C:\\Windows\\system32',
  'CON',
  'nul.docx',
  '%s%n%x',
  '${process.exit()}',
  '<script>alert(1)</script>',
  '\r\n',
  '\t',
];

const CJK = '计量创新案例科普素材上海市场监管局践行改革赋能高质量发展测量标准器具校准';

function randomCodePoint(random: Random): string {
  const roll = random();
  if (roll < 0.1) return String.fromCharCode(int(random, 0x20)); // C0 controls
  if (roll < 0.15) return String.fromCharCode(0x7f + int(random, 0x21)); // DEL and C1
  if (roll < 0.22) return String.fromCharCode(0xd800 + int(random, 0x800)); // a lone surrogate
  if (roll < 0.5) return CJK[int(random, CJK.length)]!;
  if (roll < 0.7) return String.fromCharCode(0x20 + int(random, 0x5f));
  if (roll < 0.9) return String.fromCharCode(int(random, 0xd800));
  return String.fromCodePoint(0x10000 + int(random, 0x100000 - 0x10000)); // astral, unassigned too
}

function fragment(random: Random): string {
  return random() < 0.4 ? pick(random, PIECES) : randomCodePoint(random);
}

/** A megabyte (in UTF-16 units, as the draft limits count) of one pattern: paste of a whole book. */
function megabyteRun(random: Random): string {
  const unit = repeat(random, 1 + int(random, 8), () => fragment(random));
  return unit.repeat(Math.ceil(2 ** 20 / unit.length)).slice(0, 2 ** 20);
}

const SHAPES: ((random: Random) => string)[] = [
  (random) => repeat(random, int(random, 40), () => fragment(random)),
  (random) => repeat(random, 200 + int(random, 3000), () => randomCodePoint(random)),
  (random) => repeat(random, 1 + int(random, 50), () => pick(random, PIECES)),
  (random) => repeat(random, int(random, 500), () => String.fromCharCode(0xd800 + int(random, 0x800))),
  (random) => repeat(random, int(random, 300), () => String.fromCharCode(int(random, 0x20))),
  (random) =>
    repeat(random, 3 + int(random, 30), () =>
      [CJK.slice(int(random, 10), 10 + int(random, 20)), pick(random, PIECES)].join(''),
    ),
];

/**
 * `count` hostile strings from `seed`. Every `megabyteEvery`-th string is a 1 MB run; the first
 * ones are the bare pieces, so each known troublemaker is tried alone at least once.
 */
export function hostileStrings(count: number, seed: number, megabyteEvery = 1000): string[] {
  const random = prng(seed);
  const strings: string[] = ['', ...PIECES];
  while (strings.length < count) {
    const index = strings.length;
    strings.push(
      index % megabyteEvery === megabyteEvery - 1 ? megabyteRun(random) : pick(random, SHAPES)(random),
    );
  }
  return strings.slice(0, count);
}

function main(): void {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
    },
  });
  const lines = hostileStrings(Number(values.count), Number(values.seed)).map((s) => JSON.stringify(s));
  const text = `${lines.join('\n')}\n`;
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
