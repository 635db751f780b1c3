import { describe, expect, it } from 'vitest';
import { printStyle } from '../../../../../electron/services/export/docx';
import { buildActivitySummary } from '../../../../../electron/services/export/layouts/activity-summary';
import { breakBetween, textWidth, titlePieces } from '../../../../../electron/services/export/measure';
import { ExportOptionsSchema } from '../../../../../shared/settings';
import { unzip } from './docx-files';

const campaign = {
  documentNumber: '沪市监计量〔2021〕260号',
  noticeTitle: '上海市市场监督管理局关于开展2021年上海市“5·20世界计量日”系列宣传活动的通知',
  issuedOn: '2021-04-30',
  recipient: '市局计量处',
};

/** The title paragraph's lines as the .docx holds them: its text runs, split at its line breaks. */
async function titleLines(values: Record<string, unknown>): Promise<string[]> {
  const docx = await buildActivitySummary({
    values,
    campaign,
    style: await printStyle(ExportOptionsSchema.parse({})),
    exportNumber: 1,
    hash: '0123456789abcdef',
  });
  const xml = (await unzip(docx)).get('word/document.xml')!.toString('utf8');
  const title = /<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/su.exec(xml.slice(xml.indexOf('<w:body>')))![0];
  return title
    .split(/<w:br\/>/u)
    .map((part) => [...part.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join(''));
}

describe('the summary title breaks between words', () => {
  it('keeps 浦东新区市场监督管理局, 2021年 and “世界计量日” whole (LibreOffice broke 世界计量/日”)', async () => {
    expect(await titleLines({ unit: '浦东新区市场监督管理局' })).toEqual([
      '浦东新区市场监督管理局2021年',
      '“世界计量日”活动总结',
    ]);
  });

  it('prints a short unit’s title on one line, and a long one balanced over two', async () => {
    expect(await titleLines({ unit: '市计测院' })).toEqual(['市计测院2021年“世界计量日”活动总结']);
    expect(await titleLines({ unit: '上海市质量监督检验技术研究院' })).toEqual([
      '上海市质量监督检验技术研究院',
      '2021年“世界计量日”活动总结',
    ]);
  });

  it('breaks a typed title at its words, its quotation and bracketed name whole', async () => {
    const lines = await titleLines({ title: '关于开展2024年“世界计量日”系列活动的总结（浦东新区）' });
    expect(lines).toEqual(['关于开展2024年“世界计量日”', '系列活动的总结（浦东新区）']);
  });
});

describe('breakBetween and titlePieces', () => {
  it('uses the fewest lines, then the most even, and never overruns the width', () => {
    // Filled line by line, the first line would take 一二三四五六七 and leave 八九十.
    const lines = breakBetween(['一二三四五', '六七', '八九', '十'], 8);
    expect(lines).toEqual(['一二三四五', '六七八九十']);
    for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(8);
  });

  it('breaks a piece wider than a line as text, and gives no title one empty line', () => {
    expect(breakBetween(['计'.repeat(12)], 5)).toEqual(['计计计计计', '计计计计计', '计计']);
    expect(breakBetween([], 19)).toEqual(['']);
  });

  it('keeps a closing mark with the word before it and an opening one with the word after', () => {
    const pieces = titlePieces('计量，守护“健康”与《标准》');
    expect(pieces.join('')).toBe('计量，守护“健康”与《标准》');
    expect(pieces.some((piece) => piece.startsWith('，'))).toBe(false);
    expect(pieces).toContain('“健康”');
    expect(pieces.at(-1)).toBe('《标准》');
  });
});
