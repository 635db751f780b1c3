import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_PROBLEMS } from '../../../shared/campaign';
import { ERROR_CODES } from '../../../shared/errors';

const root = join(import.meta.dirname, '../../../resources/locales');
const languages = ['zh-Hans', 'zh-Hant'] as const;

function leaves(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') return out.set(prefix, value);
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    for (const [k, v] of leaves(inner, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}
const load = (language: string, file: string) =>
  leaves(JSON.parse(readFileSync(join(root, language, file), 'utf8')));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('exist for the same namespaces in both languages', () => {
    expect(readdirSync(join(root, 'zh-Hant')).sort()).toEqual(readdirSync(join(root, 'zh-Hans')).sort());
  });

  describe.each(readdirSync(join(root, 'zh-Hans')))('%s', (file) => {
    const [hans, hant] = languages.map((language) => load(language, file)) as [
      Map<string, string>,
      Map<string, string>,
    ];

    it('has the same keys in zh-Hans and zh-Hant', () => {
      expect([...hant.keys()].sort()).toEqual([...hans.keys()].sort());
    });

    it('has no empty text, and the same placeholders in both languages', () => {
      for (const [key, text] of hans) {
        expect(text.trim(), `${file} ${key}`).not.toBe('');
        expect(placeholders(hant.get(key) ?? ''), `${file} ${key}`).toEqual(placeholders(text));
      }
    });
  });

  it('explain every error code, and every problem a campaign file can have, in both languages', () => {
    const expected = [...ERROR_CODES, ...CAMPAIGN_PROBLEMS.map((code) => `problems.${code}`)];
    for (const language of languages) {
      expect([...load(language, 'errors.json').keys()].sort()).toEqual(expected.sort());
    }
  });
});
