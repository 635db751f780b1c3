import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPaste } from '../../../shared/paste';

/** The opening of seed 002, a web copy of a notice with pinyin after many characters. */
const webCopy = readFileSync('tests/fixtures/paste/seed-002-web-copy.txt', 'utf8');
const annotation = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+[)）]/g;

describe('cleanPaste', () => {
  it('removes every inline pinyin annotation of the web copy and keeps its real brackets', () => {
    const annotations = webCopy.match(annotation)!.length;
    expect(annotations).toBeGreaterThan(30);
    const { text, pinyin } = cleanPaste(webCopy);
    expect(pinyin).toBe(annotations);
    expect(text.match(annotation)).toBeNull();
    expect(text).toContain('中國計量科學研究院,中國測試技術研究院,各大區國家計量測試中心');
    expect(text).toContain('《計量發展規劃(2021—2035年)》(以下簡稱《規劃》)');
    expect(text).toContain(
      '主題是“可持續發展”;同時,根據我國實際設立中國特別主題“計量築基新質生產力,促進可持續發展”。',
    );
    expect(text).toContain('為人民群眾提供急需的計量服務,切實把計量惠民落到實處。');
    expect(text.split('\n')).toHaveLength(webCopy.split('\n').length);
  });

  it.each([
    ['計量(liàng)', '計量'],
    ['计量（jì liàng）工作', '计量工作'],
    ['计量（ jìliàng ）', '计量'],
    ['绿(lǜ)色', '绿色'],
    ['的(de)', '的'],
  ])('removes the pinyin of %j', (pasted, cleaned) => {
    expect(cleanPaste(pasted)).toMatchObject({ text: cleaned, pinyin: 1 });
  });

  it.each([
    '计量(metrology)',
    '计量(ISO)',
    '图1(a)',
    '(liàng)开头',
    'GB (liàng)',
    '见附件(一)',
    '计量(2021)',
  ])('keeps %j, which is not an annotation of a Han character', (pasted) => {
    expect(cleanPaste(pasted)).toMatchObject({ text: pasted, pinyin: 0 });
  });

  it('normalises CRLF, CR, U+2028 and U+2029 to line feeds', () => {
    expect(cleanPaste('一\r\n二\r三\u2028四\u2029五\n六').text).toBe('一\n二\n三\n四\n五\n六');
  });

  it('trims spaces at line ends, keeps indentation, and joins Chinese characters split by spaces', () => {
    const pasted = '\u3000\u3000计 量  工作　 \n  Hello  world \t\n践行创新改革　赋能高质量发展';
    expect(cleanPaste(pasted).text).toBe(
      '\u3000\u3000计量工作\n  Hello  world\n践行创新改革　赋能高质量发展',
    );
  });

  it('keeps spaces between Chinese and Latin text', () => {
    expect(cleanPaste('采用 ISO 17025 标准').text).toBe('采用 ISO 17025 标准');
  });

  it('drops control characters other than tab and line feed, and says how many', () => {
    expect(cleanPaste('a\u0000b\u0007c\td\u000be\u001bf\u007fg\u0090h')).toMatchObject({
      text: 'abc\tdefgh',
      controls: 6,
    });
  });

  it('replaces lone surrogates by U+FFFD and keeps real pairs', () => {
    expect(cleanPaste('a\ud800b\udc00c👍🏻𠀀')).toMatchObject({ text: 'a\ufffdb\ufffdc👍🏻𠀀', surrogates: 2 });
  });

  it('keeps emoji and traditional characters as pasted', () => {
    const pasted = '計量👨‍👩‍👧 abc 測量';
    expect(cleanPaste(pasted)).toEqual({ text: pasted, controls: 0, surrogates: 0, pinyin: 0 });
  });

  it('drops bidirectional and C1 controls, which the export would drop too', () => {
    expect(cleanPaste('abc\u202edef \u2066计量\u2069\u0091\u009f。')).toEqual({
      text: 'abcdef 计量。',
      controls: 5,
      surrogates: 0,
      pinyin: 0,
    });
  });

  it('handles a megabyte of text', () => {
    const big = '计量(liàng)是实现单位统一、保障量值准确可靠的活动。\r\n'.repeat(25_000);
    const { text, pinyin } = cleanPaste(big);
    expect(pinyin).toBe(25_000);
    expect(text.length).toBe(big.length - 25_000 * 8);
  });
});
