import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../../..');
const rendererDir = join(repo, 'renderer');
/** Text that needs translating has ideographs (or kana); lone CJK punctuation in a pattern does not. */
const CJK = /[\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Comments may explain in Chinese; only code and markup count. Line numbers are kept. */
function withoutComments(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function translations(language: string): Map<string, Set<string>> {
  const dir = join(repo, 'resources/locales', language);
  const keys = new Map<string, Set<string>>();
  const walk = (value: unknown, prefix: string, into: Set<string>) => {
    if (typeof value === 'string') into.add(prefix);
    else for (const [k, v] of Object.entries(value as object)) walk(v, prefix ? `${prefix}.${k}` : k, into);
  };
  for (const file of readdirSync(dir)) {
    const set = new Set<string>();
    walk(JSON.parse(readFileSync(join(dir, file), 'utf8')), '', set);
    keys.set(file.replace(/\.json$/, ''), set);
  }
  return keys;
}

/**
 * Literal `t('…')` keys of a file, each with the namespaces it may come from: a prefix names one;
 * otherwise any namespace the file's `useTranslation` calls name first (common when none does).
 * Template keys are left to the type check.
 */
function usedKeys(code: string): { namespaces: string[]; key: string }[] {
  const declared = [...code.matchAll(/useTranslation\(\s*(?:\[\s*)?(?:'([\w-]+)')?/g)].map(
    (m) => m[1] ?? 'common',
  );
  const defaults = declared.length > 0 ? declared : ['common'];
  return [...code.matchAll(/\bt\(\s*'([^']+)'/g)].map(([, raw]) => {
    const [ns, key] = raw!.includes(':') ? raw!.split(':', 2) : [undefined, raw];
    return { namespaces: ns ? [ns] : defaults, key: key! };
  });
}

const files = sources(rendererDir);

describe('renderer strings', () => {
  it('finds the renderer sources', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('holds no hard-coded CJK text outside the locale files', () => {
    const found = files.flatMap((file) =>
      withoutComments(readFileSync(file, 'utf8'))
        .split('\n')
        .flatMap((line, i) => (CJK.test(line) ? [`${relative(repo, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  it('uses only translation keys that exist in both languages', () => {
    const known = { hans: translations('zh-Hans'), hant: translations('zh-Hant') };
    const missing = files.flatMap((file) =>
      usedKeys(readFileSync(file, 'utf8'))
        .filter(
          ({ namespaces, key }) =>
            !namespaces.some((ns) => known.hans.get(ns)?.has(key) && known.hant.get(ns)?.has(key)),
        )
        .map(({ namespaces, key }) => `${relative(repo, file)}: ${namespaces.join('|')}:${key}`),
    );
    expect(missing).toEqual([]);
  });
});
