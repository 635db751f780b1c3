import { describe, expect, it } from 'vitest';
import { isCellBlock, parseTsv } from '../../../../shared/forms/tsv';

describe('tab-separated cells from Excel and WPS', () => {
  it('reads rows and cells, without the trailing line break Excel adds', () => {
    expect(parseTsv('1\t计量进社区\t5月20日\r\n2\t开放日\t5月下旬\r\n')).toEqual([
      ['1', '计量进社区', '5月20日'],
      ['2', '开放日', '5月下旬'],
    ]);
  });

  it('keeps empty cells, so a column lands where it was copied from', () => {
    expect(parseTsv('\t活动\t\n12\t\t')).toEqual([
      ['', '活动', ''],
      ['12', '', ''],
    ]);
  });

  it('reads a quoted cell with line breaks and doubled quotes as one cell', () => {
    const text = '1\t"指导单位：市场监管局\r\n主办单位：计量院"\t"说""好"""\r\n2\t单行\t末\r\n';
    expect(parseTsv(text)).toEqual([
      ['1', '指导单位：市场监管局\n主办单位：计量院', '说"好"'],
      ['2', '单行', '末'],
    ]);
  });

  it('keeps a quote that does not open a quoted cell as text', () => {
    expect(parseTsv('他说"好"\t"未闭合')).toEqual([['他说"好"', '"未闭合']]);
    expect(parseTsv('"a"b\tc')).toEqual([['"a"b', 'c']]);
  });

  it('tells a block of cells from text for one cell', () => {
    expect(isCellBlock(parseTsv('一句话'))).toBe(false);
    expect(isCellBlock(parseTsv('一句话\r\n'))).toBe(false);
    expect(isCellBlock(parseTsv('a\tb'))).toBe(true);
    expect(isCellBlock(parseTsv('a\nb'))).toBe(true);
    expect(parseTsv('')).toEqual([]);
  });
});
