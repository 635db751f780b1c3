import { beforeAll, describe, expect, it } from 'vitest';
import { toSimplified, toTraditional } from '../../../electron/services/export/traditional';
import { mixedScript, NAMED_CHARACTERS, type Convert } from '../../../shared/scripts';
import { loadFixture } from '../electron/services/export/docx-files';

let convert: { toSimplified: Convert; toTraditional: Convert };
beforeAll(async () => {
  convert = { toSimplified: await toSimplified(), toTraditional: await toTraditional() };
}, 60_000);

describe('mixed scripts', () => {
  it('names the traditional and the simplified characters of a mixed text, in order', () => {
    expect(mixedScript('计量创新與傳統文化', convert)).toEqual({
      traditional: ['與', '傳', '統'],
      simplified: ['计', '创'],
    });
  });

  it('names a few of each, never the whole text', () => {
    const found = mixedScript('電子計價秤線上監測與資料傳輸：社区计量服务站建设', convert)!;
    expect(found.traditional).toHaveLength(NAMED_CHARACTERS);
    expect(found.simplified.length).toBeGreaterThan(0);
    expect(found.simplified.length).toBeLessThanOrEqual(NAMED_CHARACTERS);
  });

  it('finds nothing in a text of one script, however long, nor in text without Han characters', async () => {
    for (const name of ['case-full', 'material-full']) {
      const { draft } = await loadFixture(name);
      for (const text of Object.values(draft.values).filter((value) => typeof value === 'string')) {
        expect(mixedScript(text, convert)).toBeNull();
        expect(mixedScript(convert.toTraditional(text), convert)).toBeNull();
      }
    }
    expect(mixedScript('021-64220000 abc@example.com', convert)).toBeNull();
    expect(mixedScript('', convert)).toBeNull();
  });

  it('takes the characters standard in both scripts for what they are', () => {
    expect(mixedScript('乾隆年间的著作，影响显著', convert)).toBeNull();
    expect(mixedScript('皇后與公里', convert)).toBeNull();
  });
});
