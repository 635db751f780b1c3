import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../../electron/services/export/filename';
import { stripXmlInvalid } from '../../../../../electron/services/export/sanitize';
import { formOf } from '../../../../../shared/forms';
import { loadFixture } from './docx-files';

const { draft } = await loadFixture('case-full');
const named = (unit: string, title: string, kind: 'case' | 'material' = 'case') =>
  exportFileName({ ...draft, form: kind, values: { ...draft.values, unit, title } }, formOf(kind));

describe('exportFileName', () => {
  it('is 报送单位-题目-计量创新案例.docx, or …-计量文化科普素材.docx', () => {
    expect(named('东滨区市场监管局', '云秤')).toBe('东滨区市场监管局-云秤-计量创新案例.docx');
    expect(named('东滨区计量所', '商鞅方升', 'material')).toBe('东滨区计量所-商鞅方升-计量文化科普素材.docx');
  });

  it('drops characters Windows refuses and skips empty parts', () => {
    expect(named('a\\b/c:d*e?f"g<h>i|j\u0001', '')).toBe('abcdefghij-计量创新案例.docx');
    expect(named('', '  ')).toBe('计量创新案例.docx');
  });

  it('never yields a reserved device name or a trailing dot or space', () => {
    expect(named('CON', '')).toBe('_CON-计量创新案例.docx');
    expect(named('lpt1', '')).toBe('_lpt1-计量创新案例.docx');
  });

  it('bounds the length, cutting between code points', () => {
    const name = named('测'.repeat(100), '😀'.repeat(100));
    expect([...name].length).toBeLessThanOrEqual(120);
    expect(name).toMatch(/-计量创新案例\.docx$/);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(named('单位', `题目${' '.repeat(200)}.`)).not.toMatch(/[. ]-计量/);
  });
});

describe('stripXmlInvalid', () => {
  it('removes C0 controls but keeps tab and line breaks', () => {
    expect(stripXmlInvalid('a\u0000b\u0007c\u000Bd\u001Fe\tf\ng\rh')).toBe('abcde\tf\ng\rh');
  });

  it('removes lone surrogates and U+FFFE/U+FFFF but keeps real pairs', () => {
    expect(stripXmlInvalid('x\uD800y\uDC00z\uFFFE\uFFFF👍𠀀')).toBe('xyz👍𠀀');
  });
});
