import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DraftRepository } from '../../../electron/services/drafts/repository';
import { hostileStrings } from '../../../scripts/hostile-corpus';
import { countText, type TextCount } from '../../../shared/count';
import type { Draft } from '../../../shared/draft';
import { formOf, partsOf, paper610 } from '../../../shared/forms';
import { validateDraft } from '../../../shared/validate';
import { servicesIn } from '../../faults/lib/fixtures';
import { figure, scaled, SEED } from '../../faults/lib/scale';

/**
 * A generated corpus of hostile strings (random Unicode with control characters, lone surrogates,
 * bidi overrides, ZWJ emoji, 1 MB runs) through the counter, the validator and autosave. Nothing
 * may throw, counts must obey the rules of docs/COUNTING.md, and every save must read back exactly as sent.
 */
const corpus = hostileStrings(scaled(1500, 10_000), SEED, scaled(500, 1000));

/**
 * What the counter skips, written out independently of it: lone surrogates and non-space controls,
 * judged on the text as typed (one pass, so removing a control never pairs two surrogates up).
 */
const IGNORED =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const withoutIgnored = (text: string) => text.replace(IGNORED, '');

const add = (a: TextCount, b: TextCount): TextCount => ({
  words: a.words + b.words,
  chars: a.chars + b.chars,
});

describe('hostile strings', () => {
  it('counting: never throws, whole numbers within bounds, additive across a space, blind to what it ignores', () => {
    let previous = '';
    for (const text of corpus) {
      const count = countText(text);
      expect(Number.isInteger(count.words) && Number.isInteger(count.chars)).toBe(true);
      expect(count.words).toBeGreaterThanOrEqual(0);
      expect(count.words).toBeLessThanOrEqual(count.chars);
      expect(count.chars).toBeLessThanOrEqual([...text].length);
      expect(countText(withoutIgnored(text))).toEqual(count);
      expect(countText(`${previous} ${text}`)).toEqual(add(countText(previous), count));
      previous = text;
    }
    figure('hostile/count', {
      strings: corpus.length,
      megabyteRuns: corpus.filter((s) => s.length >= 2 ** 20).length,
    });
  }, 300_000);

  it('validation: never throws, and a limit error appears exactly when the count is over the limit', () => {
    let drafts = 0;
    for (const kind of ['case', 'material'] as const) {
      const form = formOf(kind);
      const parts = partsOf(form);
      for (let i = 0; i < corpus.length; i += parts.length) {
        const fields = Object.fromEntries(
          parts.map((part, j) => [part.id, corpus[(i + j) % corpus.length]!]),
        );
        const cover = Object.fromEntries(
          paper610(form).cover.map((item, j) => [item.id, corpus[(i + j) % corpus.length]!]),
        );
        const draft = {
          form: kind,
          values: { ...cover, ...fields },
          attachments: [],
          declaration: { confirmed: false, signer: '', opinion: '' },
        } as unknown as Draft;
        const issues = validateDraft(draft);
        drafts++;
        for (const part of parts) {
          const over = part.limit !== undefined && countText(fields[part.id]!).words > part.limit;
          expect(issues.some((issue) => issue.field === part.id && issue.code.startsWith('over'))).toBe(over);
        }
      }
    }
    figure('hostile/validate', { drafts });
  }, 300_000);

  describe('autosave round trip', () => {
    let env: Awaited<ReturnType<typeof servicesIn>>;
    beforeAll(async () => {
      env = await servicesIn('hostile-save');
    });
    afterAll(() => env.cleanup());

    it('every string saved through drafts:save reads back unchanged, in this run and after a restart', async () => {
      const { value } = env.services;
      const created = await value('drafts:create', { kind: 'case' });
      const parts = partsOf(formOf(created.form)).map((part) => part.id);
      const sent: Draft[] = [];
      for (let i = 0; i < corpus.length; i += parts.length + 1) {
        const pick = (j: number) => corpus[(i + j) % corpus.length]!;
        const draft: Draft = {
          ...created,
          values: {
            ...created.values,
            title: pick(parts.length).slice(0, 500),
            ...Object.fromEntries(parts.map((part, j) => [part, pick(j)])),
          },
        };
        await value('drafts:save', { draft });
        const back = await value('drafts:load', { id: created.id });
        expect({ ...back, updatedAt: '' }).toEqual({ ...draft, updatedAt: '' });
        sent.push(draft);
      }
      const fresh = await new DraftRepository(env.dataDir, () => new Date()).open();
      const last = await fresh.load(created.id);
      expect(last.values).toEqual(sent.at(-1)!.values);
      figure('hostile/autosave', { saves: sent.length, strings: corpus.length });
    }, 600_000);
  });
});
