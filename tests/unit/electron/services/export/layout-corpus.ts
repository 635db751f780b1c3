import { countText } from '../../../../../shared/count';
import { textOf, type Draft } from '../../../../../shared/draft';
import { formOf, partsOf, paper610 } from '../../../../../shared/forms';
import { ExportOptionsSchema, type ExportOptions } from '../../../../../shared/settings';
import { validateDraft } from '../../../../../shared/validate';
import { loadFixture } from './docx-files';

/** One draft of the layout corpus, with what its checks need to know about it. */
export interface CorpusDraft {
  name: string;
  draft: Draft;
  dir: string;
  options: ExportOptions;
  /** Every cover value within its limit: the cover must then stand alone on page 1. */
  coverWithinLimits: boolean;
  /** The lines the user typed as headings of their own. */
  typedHeadings: string[];
}

/** Text of exactly `words` 字, cut from `pool` (which it cycles through). */
export function textOfWords(pool: string, words: number): string {
  const flat = pool.replace(/\s+/gu, '');
  let out = '';
  for (let at = 0; countText(out).words < words; at++) out += flat[at % flat.length]!;
  // A digit run counts once however long: trim back to the exact count.
  while (countText(out).words > words) out = out.slice(0, -1);
  return out;
}

/** `words` 字 as paragraphs of about `per` 字 each. */
function paragraphsOf(pool: string, words: number, per: number): string {
  const out: string[] = [];
  for (let left = words, at = 0; left > 0; left -= per, at += per)
    out.push(textOfWords(pool.slice(at % Math.max(1, pool.length - per)), Math.min(per, left)));
  return out.join('\n');
}

const OPINIONS = [0, 5, 40, 100, 100, 150, 220, 300, 450, 600, 80];
const TYPED_HEADINGS = ['（一）基本情况', '（二）存在的问题', '1.建立工作机制', '2.强化技术支撑'];

/** A part's text cut to a share of its length, so that headings fall at every height of a page. */
function cut(text: string, share: number): string {
  return text.slice(0, Math.max(8, Math.round(text.length * share)));
}

/** Typed headings put in front of the first paragraphs of a text. */
function withTypedHeadings(text: string, headings: string[]): string {
  const paragraphs = text.split('\n');
  return paragraphs.flatMap((p, i) => (headings[i] ? [headings[i], p] : [p])).join('\n');
}

/**
 * The corpus of the layout test: drafts built from the sample case and material, varied over what
 * moves the paper — opinions of 0–600字, cover values at and over their limits, bodies cut at many
 * lengths, typed headings, with and without photos and signature, both sizes and both font schemes.
 */
export async function layoutCorpus(count = 24): Promise<CorpusDraft[]> {
  const samples = { case: await loadFixture('case-full'), material: await loadFixture('material-full') };
  const pool = partsOf(formOf(samples.case.draft.form))
    .map((part) => textOf(samples.case.draft, part.id))
    .join('');
  return Array.from({ length: count }, (_, i) => {
    const kind = i % 6 === 5 ? 'material' : 'case';
    const { draft: sample, dir } = samples[kind];
    const form = formOf(kind);
    const typed = i % 3 === 0 ? TYPED_HEADINGS.slice(0, 2 + (i % 2)) : [];
    const fields = Object.fromEntries(
      partsOf(form).map((part, p) => {
        const share = (((i * 7 + p * 3) % 10) + 1) / 10;
        const text = cut(textOf(sample, part.id), share);
        return [part.id, p === 1 ? withTypedHeadings(text, typed) : text];
      }),
    );
    const atLimits = i % 4 === 0;
    const overLimits = i % 4 === 1;
    const limit = (id: string) => paper610(form).cover.find((item) => item.id === id)!.limit.max;
    const cover = {
      ...sample.values,
      ...(atLimits || overLimits
        ? {
            title: textOfWords(pool.slice(i * 13), overLimits ? limit('title') + 25 : limit('title')),
            unit: textOfWords(
              '上海市东滨区市场监督管理局计量与标准化处',
              overLimits ? limit('unit') + 12 : limit('unit'),
            ),
            address: textOfWords(
              '上海市东滨区滨江路188号东滨大厦东楼十二层1203室计量科',
              overLimits ? limit('address') + 25 : limit('address'),
            ),
            email:
              `${'metrology.service'.repeat(5)}`.slice(0, overLimits ? 60 : limit('email') - 12) +
              '@dongbin.cn',
          }
        : i % 4 === 2
          ? { title: textOfWords(textOf(sample, 'title'), 20) }
          : {}),
    };
    const opinionWords = OPINIONS[i % OPINIONS.length]!;
    const { signatureFile, ...declaration } = sample.declaration;
    const draft: Draft = {
      ...sample,
      id: `layout-${i}`,
      values: { ...cover, ...fields },
      attachments: i % 4 === 3 ? [] : sample.attachments,
      declaration: {
        ...declaration,
        ...(signatureFile && i % 5 !== 2 ? { signatureFile } : {}),
        signer: i % 7 === 6 ? '' : sample.declaration.signer,
        signDate: i % 3 === 1 ? null : sample.declaration.signDate,
        opinion: opinionWords ? paragraphsOf(pool.slice(i * 31), opinionWords, i % 2 ? 45 : 120) : '',
        opinionDate: i % 2 ? null : sample.declaration.opinionDate,
      },
    };
    const coverIssues = validateDraft(draft).filter(
      (issue) => issue.step === 'cover' && issue.code === 'over-limit',
    );
    return {
      name: `${String(i).padStart(2, '0')}-${kind}-${i % 2 ? '四号' : '三号'}-${(i >> 1) % 2 ? 'windows' : 'gb'}-opinion${opinionWords}`,
      draft,
      dir,
      options: ExportOptionsSchema.parse({
        tableFontSize: i % 2 ? 14 : 16,
        fontScheme: (i >> 1) % 2 ? 'windows' : 'gb2312',
      }),
      coverWithinLimits: coverIssues.length === 0,
      typedHeadings: typed,
    };
  });
}
