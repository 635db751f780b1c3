import type { SharedPassage } from '../../../../shared/rollup';
import { COMMON_PHRASES } from './common-phrases';
import { normalize } from './normalize';
import { shingleKeys } from './shingles';

export interface OriginalityText {
  row: string;
  field: string;
  text: string;
}

export interface OriginalityOptions {
  /** Texts of earlier years: compared with the current submissions, never with one another. */
  earlier?: { source: string; field: string; text: string }[];
  /** The forms' own labels and the notice's text: a shingle inside them is never evidence. */
  ignore?: string[];
  /** The shortest finding, in characters that carry meaning (not spaces or punctuation). */
  minChars?: number;
  /** Checked between documents; aborting throws the signal's reason. */
  signal?: AbortSignal;
}

/** Ignore strings and stop phrases are matched by shingles this long (shorter ones whole). */
const MASK_SHINGLE = 8;
/** Shorter ignore strings would mask ordinary words wherever they occur. */
const MASK_SHORTEST = 4;
/** A shingle found at more places than this is boilerplate whatever the submission count. */
const MAX_PLACES = 200;

interface Doc {
  /** Distinct per submission row (≥ 0) or per earlier text (< 0): no finding within one owner. */
  owner: number;
  earlier: boolean;
  row: string;
  field: string;
  text: string;
  codes: Int32Array;
  origin: Int32Array;
  originEnd: Int32Array;
  /** 1 where a character is not evidence: inside an ignored or stop phrase, or common text. */
  mask: Uint8Array;
  keys: Float64Array;
}

/**
 * A key's low 30 bits: a small integer, which V8 keeps in a Set without allocating (a 53-bit key
 * is a heap number each time it is looked up). Used where a rare false match costs nothing: a few
 * more characters masked, or a candidate the exact keys then drop.
 */
const smallKey = (key: number) => key & 0x3fff_ffff;

/** Small shingle keys of every ignored and stop phrase, by shingle length. */
function maskKeys(phrases: readonly string[]): Map<number, Set<number>> {
  const byLength = new Map<number, Set<number>>();
  for (const phrase of phrases) {
    const { codes } = normalize(phrase);
    if (codes.length < MASK_SHORTEST) continue;
    const length = Math.min(codes.length, MASK_SHINGLE);
    let keys = byLength.get(length);
    if (!keys) byLength.set(length, (keys = new Set()));
    for (const key of shingleKeys(codes, length)) keys.add(smallKey(key));
  }
  return byLength;
}

function prepare(
  text: string,
  identity: Pick<Doc, 'owner' | 'earlier' | 'row' | 'field'>,
  masks: Map<number, Set<number>>,
  k: number,
): Doc {
  const { codes, origin, originEnd } = normalize(text);
  const mask = new Uint8Array(codes.length);
  for (const [length, keys] of masks) {
    const shingles = shingleKeys(codes, length);
    for (let at = 0; at < shingles.length; at++)
      if (keys.has(smallKey(shingles[at]!))) mask.fill(1, at, at + length);
  }
  return { ...identity, text, codes, origin, originEnd, mask, keys: shingleKeys(codes, k) };
}

/**
 * The small keys found at two places or more, by sorting all of them at once (no map of every
 * shingle): the candidates, which the exact keys then sort out.
 */
function repeatedKeys(docs: Doc[]): Set<number> {
  const all = new Int32Array(docs.reduce((sum, doc) => sum + doc.keys.length, 0));
  let filled = 0;
  for (const doc of docs) for (const key of doc.keys) all[filled++] = smallKey(key);
  all.sort();
  const repeated = new Set<number>();
  for (let at = 1; at < all.length; at++) if (all[at] === all[at - 1]) repeated.add(all[at]!);
  return repeated;
}

/**
 * Passages of at least `minChars` characters that two submissions share, or that a submission
 * shares with a text of an earlier year. Each maximal shared passage is reported once per pair of
 * places, with UTF-16 offsets into both original texts; text is compared folded (normalize.ts), so
 * spacing, punctuation, full/half width and 繁/简 do not hide a copy. Not evidence: what lies inside
 * `options.ignore` or the stop list of 公文 phrases, and shingles found in more than max(3, 10 %)
 * of the current submissions (common text, not copying). Ordered by the first place's input order
 * and offset, then the second's.
 */
export function findSharedPassages(
  texts: OriginalityText[],
  options: OriginalityOptions = {},
): SharedPassage[] {
  const { signal } = options;
  const k = Math.max(1, Math.floor(options.minChars ?? 30));
  const masks = maskKeys([...(options.ignore ?? []), ...COMMON_PHRASES]);
  const owners = new Map<string, number>();
  const docs: Doc[] = [];
  for (const { row, field, text } of texts) {
    signal?.throwIfAborted();
    if (!owners.has(row)) owners.set(row, owners.size);
    docs.push(prepare(text, { owner: owners.get(row)!, earlier: false, row, field }, masks, k));
  }
  (options.earlier ?? []).forEach(({ source, field, text }, index) => {
    signal?.throwIfAborted();
    docs.push(prepare(text, { owner: -1 - index, earlier: true, row: source, field }, masks, k));
  });
  signal?.throwIfAborted();

  const repeated = repeatedKeys(docs);
  const places = new Map<number, number[]>();
  docs.forEach((doc, index) => {
    signal?.throwIfAborted();
    for (let at = 0; at < doc.keys.length; at++) {
      const key = doc.keys[at]!;
      if (!repeated.has(smallKey(key))) continue;
      let list = places.get(key);
      if (!list) places.set(key, (list = []));
      list.push(index, at);
    }
  });

  // Seeds: pairs of places with the same shingle, grouped by pair of documents.
  const commonAbove = Math.max(3, owners.size * 0.1);
  const seeds = new Map<number, number[]>();
  for (const list of places.values()) {
    const currentOwners = new Set<number>();
    for (let i = 0; i < list.length; i += 2) {
      const doc = docs[list[i]!]!;
      if (!doc.earlier) currentOwners.add(doc.owner);
    }
    if (currentOwners.size > commonAbove || list.length / 2 > MAX_PLACES) {
      for (let i = 0; i < list.length; i += 2) docs[list[i]!]!.mask.fill(1, list[i + 1]!, list[i + 1]! + k);
      continue;
    }
    for (let i = 0; i < list.length; i += 2)
      for (let j = i + 2; j < list.length; j += 2) {
        const first = docs[list[i]!]!;
        const second = docs[list[j]!]!;
        if (first.owner === second.owner || (first.earlier && second.earlier)) continue;
        // Places are listed in document order, so the first document is the lower index.
        const pair = list[i]! * docs.length + list[j]!;
        let pairSeeds = seeds.get(pair);
        if (!pairSeeds) seeds.set(pair, (pairSeeds = []));
        pairSeeds.push(list[i + 1]!, list[j + 1]!);
      }
  }
  signal?.throwIfAborted();

  const found: { aDoc: number; bDoc: number; passage: SharedPassage }[] = [];
  for (const [pair, pairSeeds] of seeds) {
    const aDoc = Math.floor(pair / docs.length);
    const bDoc = pair % docs.length;
    for (const [start, end, offset] of maximalMatches(docs[aDoc]!, docs[bDoc]!, pairSeeds, k)) {
      found.push({ aDoc, bDoc, passage: finding(docs[aDoc]!, docs[bDoc]!, start, end, offset) });
    }
  }
  found.sort(
    (x, y) =>
      x.aDoc - y.aDoc ||
      x.passage.a.start - y.passage.a.start ||
      x.bDoc - y.bDoc ||
      x.passage.b.start - y.passage.b.start,
  );
  return found.map(({ passage }) => passage);
}

/**
 * The maximal runs of equal folded characters through each seed, one per run (seeds on the same
 * diagonal inside a run already found are skipped), kept when at least `min` of their characters
 * are evidence in both documents. Yields [start, end) in `a` and the offset of `b` (b = a + offset).
 */
function* maximalMatches(
  a: Doc,
  b: Doc,
  pairSeeds: number[],
  min: number,
): Generator<[number, number, number]> {
  const order = Array.from({ length: pairSeeds.length / 2 }, (_, i) => i);
  const offsetOf = (i: number) => pairSeeds[2 * i + 1]! - pairSeeds[2 * i]!;
  order.sort((x, y) => offsetOf(x) - offsetOf(y) || pairSeeds[2 * x]! - pairSeeds[2 * y]!);
  let runOffset = Number.NaN;
  let runEnd = -1;
  for (const i of order) {
    const seed = pairSeeds[2 * i]!;
    const offset = offsetOf(i);
    if (offset === runOffset && seed < runEnd) continue;
    let start = seed;
    while (start > 0 && start + offset > 0 && a.codes[start - 1] === b.codes[start - 1 + offset]) start--;
    let end = seed;
    while (end < a.codes.length && end + offset < b.codes.length && a.codes[end] === b.codes[end + offset])
      end++;
    runOffset = offset;
    runEnd = Math.max(end, seed + 1);
    let evidence = 0;
    for (let at = start; at < end; at++) if (!a.mask[at] && !b.mask[at + offset]) evidence++;
    if (evidence >= min) yield [start, end, offset];
  }
}

function finding(a: Doc, b: Doc, start: number, end: number, offset: number): SharedPassage {
  const aStart = a.origin[start]!;
  const aEnd = a.originEnd[end - 1]!;
  const place = { field: b.field, start: b.origin[start + offset]!, end: b.originEnd[end - 1 + offset]! };
  return {
    a: { row: a.row, field: a.field, start: aStart, end: aEnd },
    b: b.earlier ? { earlier: b.row, ...place } : { row: b.row, ...place },
    passage: a.text.slice(aStart, aEnd),
    chars: end - start,
  };
}
