import { describe, expect, it } from 'vitest';
import { foldText, meetsTitleRule, titleLevel } from '../../../../../shared/forms/committee/titles';

describe('titleLevel', () => {
  it.each([
    ['研究员', 'senior'],
    ['正高级工程师', 'senior'],
    ['教授级高级工程师', 'senior'],
    ['教授', 'senior'],
    ['主任医师', 'senior'],
    ['主任药师', 'senior'],
    ['副研究员', 'deputy'],
    ['高级工程师', 'deputy'],
    ['副教授', 'deputy'],
    ['副主任医师', 'deputy'],
    ['高级实验师', 'deputy'],
    ['工程师', 'below'],
    ['助理研究员', 'below'],
    ['讲师', 'below'],
    ['助理工程师', 'below'],
  ] as const)('reads %s as %s', (title, level) => {
    expect(titleLevel(title)).toBe(level);
  });

  it('does not take a title for the one it contains (副研究员 is not 研究员, 助理研究员 not either)', () => {
    expect(titleLevel('副主任医师')).toBe('deputy');
    expect(titleLevel('助理研究员')).toBe('below');
    expect(titleLevel('正高级工程师')).toBe('senior');
  });

  it('folds widths and spaces: a title typed with padding is the same title', () => {
    expect(titleLevel(' 高级 工程师　')).toBe('deputy');
    expect(foldText('上海市计量测试技术研究院 ')).toBe(foldText('上海市计量测试技术研究院'));
    expect(foldText('ＡＢＣ（上海）')).toBe(foldText('abc(上海)'));
  });

  it('counts a cell naming several titles at its highest', () => {
    expect(titleLevel('研究员、博士生导师')).toBe('senior');
    expect(titleLevel('工程师/副教授')).toBe('deputy');
  });

  it('takes 同等资历 as the unit answering （八）', () => {
    expect(titleLevel('工程师（同等资历）')).toBe('equivalent');
    expect(meetsTitleRule(titleLevel('工程师（同等资历）'))).toBe(true);
  });

  it('knows an empty cell from an unknown title', () => {
    expect(titleLevel('  ')).toBe('none');
    expect(titleLevel('首席专家')).toBe('unknown');
    expect(meetsTitleRule('unknown')).toBe(false);
    expect(meetsTitleRule('below')).toBe(false);
    expect(meetsTitleRule('deputy')).toBe(true);
  });
});
