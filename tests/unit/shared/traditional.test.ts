import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksTraditional } from '../../../shared/traditional';

const webCopy = readFileSync('tests/fixtures/paste/seed-002-web-copy.txt', 'utf8');
const simplified = Object.values(
  (
    JSON.parse(readFileSync('tests/fixtures/drafts/case-full/draft.json', 'utf8')) as {
      fields: Record<string, string>;
    }
  ).fields,
).join('\n');

describe('looksTraditional', () => {
  it('tells the traditional web copy of seed 002 from the simplified sample case', () => {
    expect(looksTraditional(webCopy)).toBe(true);
    expect(looksTraditional(simplified)).toBe(false);
  });

  it('does not take a simplified text quoting a few traditional characters for traditional', () => {
    expect(looksTraditional(`${simplified}\n引自《國際計量》一文。`)).toBe(false);
    expect(looksTraditional('计量')).toBe(false);
    expect(looksTraditional('')).toBe(false);
  });
});
