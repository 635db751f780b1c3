import { describe, expect, it } from 'vitest';
import {
  findSharedPassages,
  type OriginalityText,
} from '../../../../../electron/services/rollup/originality/index';
import type { SharedPassage } from '../../../../../shared/rollup';
import { COMMON_PHRASES } from '../../../../../electron/services/rollup/originality/common-phrases';
import { prng } from '../../../../../scripts/hostile-corpus';
import { chineseText } from '../../../../support/chinese-text';

const random = prng(20261201);
const text = (length: number) => chineseText(random, length);

/** Where `needle` sits in `haystack`, as the finding must report it. */
function place(haystack: string, needle: string) {
  const start = haystack.indexOf(needle);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + needle.length };
}

/** `count` submissions of one field each, random text, with `plant` put into the ones it names. */
function corpus(count: number, plant: Record<number, string> = {}): OriginalityText[] {
  return Array.from({ length: count }, (_, i) => ({
    row: `r${i + 1}`,
    field: 'body',
    text: plant[i] !== undefined ? `${text(400)}${plant[i]}${text(300)}` : text(700),
  }));
}

const bSide = (finding: SharedPassage) =>
  finding.b as { row: string; field: string; start: number; end: number };

describe('findSharedPassages', () => {
  it('finds a 200字 passage shared by two submissions once, with its place on both sides', () => {
    const passage = text(200);
    const texts = corpus(6, { 1: passage, 4: passage });
    const found = findSharedPassages(texts);
    expect(found).toEqual([
      {
        a: { row: 'r2', field: 'body', ...place(texts[1]!.text, passage) },
        b: { row: 'r5', field: 'body', ...place(texts[4]!.text, passage) },
        passage,
        chars: 200,
      },
    ]);
  });

  it('reports 31 characters and not 29', () => {
    const long = text(31);
    const short = text(29);
    const texts = corpus(4, { 0: long, 1: long });
    texts[2]!.text += short;
    texts[3]!.text = short + texts[3]!.text;
    const found = findSharedPassages(texts);
    expect(found.map((finding) => [finding.a.row, bSide(finding).row, finding.chars])).toEqual([
      ['r1', 'r2', 31],
    ]);
    expect(findSharedPassages(corpus(2, { 0: short, 1: short }), { minChars: 29 })).toHaveLength(1);
  });

  it('does not count spaces and punctuation as characters of a passage', () => {
    const words = text(29);
    const spaced = `${words.slice(0, 10)}，${words.slice(10, 20)}。 ${words.slice(20)}`;
    expect(findSharedPassages(corpus(2, { 0: spaced, 1: spaced }))).toEqual([]);
  });

  it('ignores the notice quoted by both, in whole or in part', () => {
    const notice = `${text(120)}严禁抄袭${text(120)}`;
    const quoted = notice.slice(40, 200);
    const texts = corpus(3, { 0: quoted, 2: notice.slice(60, 230) });
    expect(findSharedPassages(texts, { ignore: [notice] })).toEqual([]);
    expect(findSharedPassages(texts)).toHaveLength(1);
  });

  it("does not count the form's own labels towards a finding", () => {
    const label = '一、背景缘由';
    const shared = `${label}${text(27)}`;
    const texts = corpus(2, { 0: shared, 1: shared });
    expect(findSharedPassages(texts, { ignore: [label, '二、主要做法'] })).toEqual([]);
    expect(findSharedPassages(texts)[0]?.chars).toBe(32);
  });

  it('does not report 公文 stop phrases, however many are strung together', () => {
    const boilerplate = COMMON_PHRASES.slice(0, 6).join('，');
    expect(findSharedPassages(corpus(2, { 0: boilerplate, 1: boilerplate }))).toEqual([]);
  });

  it('reports a copy that has a stop phrase inside it once, whole', () => {
    const shared = `${text(40)}${COMMON_PHRASES[0]}${text(40)}`;
    const found = findSharedPassages(corpus(2, { 0: shared, 1: shared }));
    expect(found.map((finding) => finding.passage)).toEqual([shared]);
  });

  it('treats a passage in 5 of 20 submissions as common, and one in 3 of 20 as copied', () => {
    const common = text(120);
    expect(
      findSharedPassages(corpus(20, { 2: common, 5: common, 9: common, 14: common, 19: common })),
    ).toEqual([]);
    const copied = text(120);
    const found = findSharedPassages(corpus(20, { 3: copied, 8: copied, 17: copied }));
    expect(found.map((finding) => [finding.a.row, bSide(finding).row])).toEqual([
      ['r4', 'r9'],
      ['r4', 'r18'],
      ['r9', 'r18'],
    ]);
  });

  it('compares with earlier years, never earlier years with one another', () => {
    const reused = text(80);
    const oldShared = text(80);
    const texts = corpus(3, { 1: reused });
    const earlier = [
      { source: '2023/甲.zip', field: 'body', text: `${text(50)}${reused}${oldShared}${text(50)}` },
      { source: '2022/乙.zip', field: 'body', text: `${text(90)}${oldShared}${text(10)}` },
    ];
    const found = findSharedPassages(texts, { earlier });
    expect(found).toEqual([
      {
        a: { row: 'r2', field: 'body', ...place(texts[1]!.text, reused) },
        b: { earlier: '2023/甲.zip', field: 'body', ...place(earlier[0]!.text, reused) },
        passage: reused,
        chars: 80,
      },
    ]);
  });

  it('sees through 繁體, spacing, line breaks and full-width forms, with offsets into each original', () => {
    const simplified =
      '我们在计量检定过程中发现电子计价秤的误差随温度变化而明显增大，于是组织技术人员开展专项比对试验，记录了三个月的数据。';
    const traditional =
      '我們在計量檢定過程中發現電子計價秤的誤差隨溫度變化而明顯增大, 於是組織技術人員\r\n開展專項比對試驗，記錄了３個月的數據．';
    const texts = [
      { row: 'r1', field: 'body', text: `${text(50)}${simplified.replace('三', '3')}${text(50)}` },
      { row: 'r2', field: 'body', text: `${text(50)}${traditional}${text(50)}` },
    ];
    const [finding, ...rest] = findSharedPassages(texts);
    expect(rest).toEqual([]);
    const b = bSide(finding!);
    expect(texts[1]!.text.slice(b.start, b.end)).toBe(traditional.slice(0, -1));
    expect(finding!.passage).toBe(simplified.replace('三', '3').slice(0, -1));
  });

  it('never matches a submission with itself, across its own fields or within one', () => {
    const repeated = text(100);
    const texts = [
      { row: 'r1', field: 'background', text: `${text(20)}${repeated}${text(20)}${repeated}` },
      { row: 'r1', field: 'practice', text: `${repeated}${text(30)}` },
      { row: 'r2', field: 'background', text: text(300) },
    ];
    expect(findSharedPassages(texts)).toEqual([]);
  });

  it('finds a copy between different fields, at each place it occurs', () => {
    const copied = text(60);
    const texts = [
      { row: 'r1', field: 'background', text: `${text(20)}${copied}${text(20)}${copied}${text(5)}` },
      { row: 'r2', field: 'practice', text: `${text(30)}${copied}${text(30)}` },
    ];
    const found = findSharedPassages(texts);
    expect(found.map((finding) => [finding.a.field, finding.a.start, bSide(finding).field])).toEqual([
      ['background', 20, 'practice'],
      ['background', 100, 'practice'],
    ]);
  });

  it('stops between documents when cancelled', () => {
    const controller = new AbortController();
    controller.abort(new Error('cancelled'));
    expect(() => findSharedPassages(corpus(3), { signal: controller.signal })).toThrow('cancelled');
    // Cancelled while the third document is read: the run stops there, before the next one.
    const live = new AbortController();
    let checks = 0;
    const signal = Object.assign(live.signal, {
      throwIfAborted: () => {
        if (++checks === 3) live.abort(new Error('cancelled midway'));
        AbortSignal.prototype.throwIfAborted.call(live.signal);
      },
    });
    expect(() => findSharedPassages(corpus(10), { signal })).toThrow('cancelled midway');
    expect(checks).toBe(3);
  });

  it('finds every planted passage once and nothing else in a random corpus', () => {
    const seeded = prng(7);
    const pick = (below: number) => Math.floor(seeded() * below);
    const fields = ['background', 'practice', 'result'];
    const submissions = 40;
    // Each document is a list of pieces: random filler between planted passages.
    const pieces = new Map<string, string[]>();
    const key = (row: number, field: string) => `${row}|${field}`;
    for (let row = 0; row < submissions; row++)
      for (const field of fields) pieces.set(key(row, field), [chineseText(seeded, 50 + pick(400))]);
    const planted: { a: [number, string]; b: [number, string]; passage: string }[] = [];
    for (let n = 0; n < 60; n++) {
      const a = pick(submissions);
      const b = (a + 1 + pick(submissions - 1)) % submissions;
      const passage = chineseText(seeded, 30 + pick(300));
      const places: [number, string][] = [
        [a, fields[pick(3)]!],
        [b, fields[pick(3)]!],
      ];
      for (const [row, field] of places)
        pieces.get(key(row, field))!.push(passage, chineseText(seeded, 3 + pick(60)));
      planted.push({ a: places[0]!, b: places[1]!, passage });
    }
    const texts = [...pieces].map(([id, parts]) => {
      const [row, field] = id.split('|');
      return { row: `r${Number(row) + 1}`, field: field!, text: parts.join('') };
    });
    const found = findSharedPassages(texts);
    const describe = (row: string, field: string, passage: string) => `${row}/${field}:${passage}`;
    const pairOf = (one: string, other: string) => [one, other].sort().join(' ~ ');
    expect(
      found
        .map((finding) => {
          const b = bSide(finding);
          const textOf = (row: string, field: string) =>
            texts.find((t) => t.row === row && t.field === field)!.text;
          expect(textOf(b.row, b.field).slice(b.start, b.end)).toBe(finding.passage);
          expect(textOf(finding.a.row, finding.a.field).slice(finding.a.start, finding.a.end)).toBe(
            finding.passage,
          );
          return pairOf(
            describe(finding.a.row, finding.a.field, finding.passage),
            describe(b.row, b.field, finding.passage),
          );
        })
        .sort(),
    ).toEqual(
      planted
        .map(({ a, b, passage }) =>
          pairOf(describe(`r${a[0] + 1}`, a[1], passage), describe(`r${b[0] + 1}`, b[1], passage)),
        )
        .sort(),
    );
    expect(findSharedPassages([...texts].reverse())).toHaveLength(found.length);
    expect(findSharedPassages(texts)).toEqual(found);
  });
});
