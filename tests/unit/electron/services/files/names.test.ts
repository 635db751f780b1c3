import { describe, expect, it } from 'vitest';
import { safePart, safeStem } from '../../../../../electron/services/files/names';

describe('safeStem', () => {
  it('joins the parts with a dash, dropping what Windows refuses and the parts left empty', () => {
    expect(safeStem(['东滨区:计量所', '  ', '云秤?'], 120)).toBe('东滨区计量所-云秤');
    expect(safeStem(['a\u0001b\u0085c'], 120)).toBe('abc');
  });

  it('never yields a reserved device name, with or without an extension after it', () => {
    expect(safeStem(['CON'], 60)).toBe('_CON');
    expect(safeStem(['nul.txt'], 60)).toBe('_nul.txt');
    expect(safeStem(['Com7'], 60)).toBe('_Com7');
    expect(safeStem(['CONSOLE'], 60)).toBe('CONSOLE');
  });

  it('cuts to the room between code points and leaves no trailing dot or space', () => {
    expect(safeStem(['😀'.repeat(10)], 4)).toBe('😀'.repeat(4));
    expect(safeStem(['题目 . . '], 60)).toBe('题目');
    expect(safeStem(['...'], 60)).toBe('');
  });
});

describe('safePart', () => {
  it('folds runs of white space into one space', () => {
    expect(safePart(' 东滨区  \u3000计量所 ')).toBe('东滨区 计量所');
  });
});
