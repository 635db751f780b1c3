import { describe, expect, it } from 'vitest';
import { quoteSegments } from '../../../../../electron/services/export/fonts';

const hinted = (text: string) => ({ text, eastAsianHint: true });
const plain = (text: string) => ({ text, eastAsianHint: false });

describe('quoteSegments', () => {
  it('keeps text without curly quotes in one run without the hint', () => {
    expect(quoteSegments('计量为民，2021年——服务民生…')).toEqual([plain('计量为民，2021年——服务民生…')]);
    expect(quoteSegments('')).toEqual([]);
  });

  it('hints a quoted phrase as one run with the CJK text and ASCII around it', () => {
    expect(quoteSegments('推行“云秤”平台，共3个“站点”。')).toEqual([hinted('推行“云秤”平台，共3个“站点”。')]);
    expect(quoteSegments('‘A’')).toEqual([hinted('‘A’')]);
  });

  it('keeps characters the hint would change out of hinted runs', () => {
    expect(quoteSegments('“云秤”守护菜篮子——农贸市场')).toEqual([
      hinted('“云秤”守护菜篮子'),
      plain('——农贸市场'),
    ]);
    expect(quoteSegments('阿卜杜·热合曼说“好”')).toEqual([plain('阿卜杜·热合曼说'), hinted('“好”')]);
    expect(quoteSegments('“……”')).toEqual([hinted('“'), plain('……'), hinted('”')]);
  });

  it('never splits a character outside the BMP and loses no text', () => {
    const text = '“𠀋”说𠀋';
    const segments = quoteSegments(text);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments).toEqual([hinted('“'), plain('𠀋'), hinted('”说'), plain('𠀋')]);
  });
});
