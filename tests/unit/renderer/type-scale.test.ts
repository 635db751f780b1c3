import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../../..');
const ROOT_PX = 16;
/** The smallest text the app draws: 14 px, legible for the office PCs' users at 100 % zoom. */
const SMALLEST_PX = 14;

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return stylesheets(path);
    return entry.name.endsWith('.css') ? [path] : [];
  });
}

function pixels(value: string): number | undefined {
  const match = /^([\d.]+)(px|rem|em)$/.exec(value.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  return match[2] === 'px' ? n : n * ROOT_PX;
}

describe('type scale', () => {
  it('sets no text smaller than 14 px', () => {
    const small = stylesheets(join(repo, 'renderer/src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/font-size:\s*([^;]+);/g)]
        .filter(([, value]) => (pixels(value!) ?? Infinity) < SMALLEST_PX)
        .map(([, value]) => `${relative(repo, file)}: ${value}`),
    );
    expect(small).toEqual([]);
  });

  it('reads the sizes it checks', () => {
    expect(pixels('0.78rem')).toBeLessThan(SMALLEST_PX);
    expect(pixels('14px')).toBe(SMALLEST_PX);
  });
});
