import { describe, expect, it } from 'vitest';
import {
  applySplice,
  EditHistory,
  spliceAt,
  spliceBetween,
} from '../../../../renderer/src/wizard/edit-history';

/** A field as the history sees it: each change recorded, undo and redo applied to its text. */
class Field {
  text = '';
  history = new EditHistory();
  time = 0;
  type(value: string, kind: 'typing' | 'paste' | 'cleanup' = 'typing', after = 100) {
    this.time += after;
    this.history.record(spliceBetween(this.text, value), kind, this.time);
    this.text = value;
  }
  undo() {
    const step = this.history.undo();
    if (step) this.text = applySplice(this.text, step);
  }
  redo() {
    const step = this.history.redo();
    if (step) this.text = applySplice(this.text, step);
  }
}

describe('spliceBetween', () => {
  it('finds the smallest splice and applying it gives the new text', () => {
    const cases: [string, string][] = [
      ['', '计'],
      ['计量', '计量工作'],
      ['计量工作', '计工作'],
      ['abcabc', 'abXc'],
      ['同一', '同一'],
      ['aaa', 'aaaa'],
    ];
    for (const [before, after] of cases)
      expect(applySplice(before, spliceBetween(before, after))).toBe(after);
    expect(spliceBetween('计量', '计量工作')).toEqual({ at: 2, removed: '', inserted: '工作' });
  });
});

describe('spliceAt', () => {
  it('finds a splice that gives the new text from the caret, typed, deleted or anything else', () => {
    const cases: [string, string, number][] = [
      ['计量工作', '计量的工作', 3],
      ['aaaa', 'aaaaa', 5],
      ['aaaa', 'aaaaa', 1],
      ['计量工作', '计工作', 1],
      ['计量工作', '计量', 2],
      ['abc', 'xyz', 3],
      ['abc', 'abXc', 0],
      ['', '一', 1],
    ];
    for (const [before, after, caret] of cases)
      expect(applySplice(before, spliceAt(before, after, caret)), `${before} → ${after}`).toBe(after);
    expect(spliceAt('计量工作', '计量的工作', 3)).toEqual({ at: 2, removed: '', inserted: '的' });
    expect(spliceAt('计量工作', '计工作', 1)).toEqual({ at: 1, removed: '量', inserted: '' });
  });
});

describe('EditHistory', () => {
  it('undoes a paste on its own, leaving the typing before it', () => {
    const field = new Field();
    for (const value of ['计', '计量', '计量：']) field.type(value);
    field.type('计量：' + '粘贴的一大段\n'.repeat(1000), 'paste');
    field.undo();
    expect(field.text).toBe('计量：');
    field.undo();
    expect(field.text).toBe('');
    field.redo();
    field.redo();
    expect(field.text).toBe('计量：' + '粘贴的一大段\n'.repeat(1000));
  });

  it('groups a run of typing into one step, and a pause starts a new one', () => {
    const field = new Field();
    field.type('计');
    field.type('计量');
    field.type('计量工作', 'typing', 3000);
    field.type('计量工作好');
    field.undo();
    expect(field.text).toBe('计量');
    field.undo();
    expect(field.text).toBe('');
  });

  it('groups backspacing, and a cleanup undone is a step that Ctrl+Z takes back', () => {
    const field = new Field();
    field.type('计量(liàng)', 'paste');
    field.type('计量', 'cleanup');
    field.type('计', 'typing');
    field.type('', 'typing');
    field.undo();
    expect(field.text).toBe('计量');
    field.undo();
    expect(field.text).toBe('计量(liàng)');
    field.undo();
    expect(field.text).toBe('');
  });

  it('forgets what could be redone once something new is typed, and everything on clear', () => {
    const field = new Field();
    field.type('一');
    field.undo();
    field.type('二', 'typing', 5000);
    field.redo();
    expect(field.text).toBe('二');
    field.history.clear();
    field.undo();
    expect(field.text).toBe('二');
  });
});
