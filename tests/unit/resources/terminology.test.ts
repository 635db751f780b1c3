import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * docs/TERMINOLOGY.md is the one list of which word each language uses for a concept (zh-Hant in
 * Taiwan usage). The test reads its table, so the document and the check cannot drift apart.
 */
const repo = join(import.meta.dirname, '../../..');
const doc = readFileSync(join(repo, 'docs/TERMINOLOGY.md'), 'utf8');

interface Row {
  concept: string;
  use: Record<Language, string[]>;
  avoid: Record<Language, string[]>;
}
type Language = 'zh-Hans' | 'zh-Hant';

const terms = (cell: string) =>
  cell.trim() === '—'
    ? []
    : cell
        .split('、')
        .map((term) => term.trim())
        .filter(Boolean);

/** The table rows between a heading and the next one: `| a | b | … |`, header and rule skipped. */
function table(heading: string): string[][] {
  const section = doc.split(/^## /m).find((part) => part.startsWith(heading)) ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2)
    .map((line) => line.split('|').slice(1, -1));
}

const rows: Row[] = table('对照表').map(([concept, hansUse, hansAvoid, hantUse, hantAvoid]) => ({
  concept: concept!.trim(),
  use: { 'zh-Hans': terms(hansUse!), 'zh-Hant': terms(hantUse!) },
  avoid: { 'zh-Hans': terms(hansAvoid!), 'zh-Hant': terms(hantAvoid!) },
}));
const exceptions: Record<Language, string[]> = { 'zh-Hans': [], 'zh-Hant': [] };
for (const [hans, hant] of table('例外')) {
  exceptions['zh-Hans'].push(hans!.trim());
  exceptions['zh-Hant'].push(hant!.trim());
}

/** Terms of other standards in one text, after the row's own terms and the exceptions are taken out. */
export function mixedTerms(text: string, language: Language): string[] {
  const plain = exceptions[language].reduce((t, phrase) => t.replaceAll(phrase, ''), text);
  return rows.flatMap((row) => {
    const rest = row.use[language].reduce((t, term) => t.replaceAll(term, '\u0000'), plain);
    return row.avoid[language]
      .filter((term) => rest.includes(term))
      .map((term) => `${term} (${row.concept})`);
  });
}

function values(value: unknown, prefix: string): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    values(inner, prefix ? `${prefix}.${key}` : key),
  );
}

/** Every UI text of a language except form.json, which holds the notice's own wording. */
function localeTexts(language: Language): [string, string][] {
  const dir = join(repo, 'resources/locales', language);
  return readdirSync(dir)
    .filter((file) => file !== 'form.json')
    .flatMap((file) =>
      values(JSON.parse(readFileSync(join(dir, file), 'utf8')), file.replace(/\.json$/, '')),
    );
}

describe('terminology', () => {
  it('reads the table and its exceptions', () => {
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.find((row) => row.concept === 'export')).toEqual({
      concept: 'export',
      use: { 'zh-Hans': ['导出'], 'zh-Hant': ['匯出'] },
      avoid: { 'zh-Hans': ['汇出'], 'zh-Hant': ['導出', '輸出'] },
    });
    expect(exceptions['zh-Hant']).toContain('輸出為 PDF');
  });

  it('finds a term of the other standard, and leaves the row’s own terms alone', () => {
    expect(mixedTerms('檢查與導出', 'zh-Hant')).toEqual(['導出 (export)']);
    expect(mixedTerms('用鼠標在框內簽名，打印後寄出', 'zh-Hant')).toEqual(['打印 (print)', '鼠標 (mouse)']);
    expect(mixedTerms('請升級應用程式', 'zh-Hant')).toEqual([]);
    expect(mixedTerms('請升級應用', 'zh-Hant')).toEqual(['應用 (application)']);
    expect(mixedTerms('或在 WPS 中選擇「檔案 → 輸出為 PDF」', 'zh-Hant')).toEqual([]);
    expect(mixedTerms('用滑鼠簽名後列印', 'zh-Hans')).toEqual(['列印 (print)', '滑鼠 (mouse)']);
  });

  it.each(['zh-Hans', 'zh-Hant'] as const)('%s: every UI text keeps to its column', (language) => {
    const mixed = localeTexts(language).flatMap(([key, text]) =>
      mixedTerms(text, language).map((term) => `${key}: ${term} in “${text}”`),
    );
    expect(mixed).toEqual([]);
  });
});
