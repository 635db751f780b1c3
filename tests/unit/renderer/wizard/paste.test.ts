import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPaste } from '../../../../shared/paste';
import { PIECE } from '../../../../shared/text-chunks';
import { preparePaste } from '../../../../renderer/src/wizard/paste';

const webCopy = readFileSync('tests/fixtures/paste/seed-002-web-copy.txt', 'utf8');

describe('preparePaste', () => {
  it('cleans a large paste piece by piece to exactly what one pass gives, and says how far it is', async () => {
    const raw = webCopy.replace(/\n/g, '\r\n').repeat(Math.ceil((3 * PIECE) / webCopy.length));
    const progress: number[] = [];
    const paste = await preparePaste(raw, false, (done) => progress.push(done));
    const whole = cleanPaste(raw);
    expect(paste.text).toBe(whole.text);
    expect(paste.pinyin).toBe(whole.pinyin);
    expect(paste.raw).toBe(raw);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(1);
  });

  it('converts traditional text to simplified when the settings ask', async () => {
    const paste = await preparePaste('計量發展規劃', true);
    expect(paste.text).toBe('计量发展规划');
    expect(paste.converted).toBe(true);
    expect(paste.raw).toBe('計量發展規劃');
  });
});
