import { describe, expect, it } from 'vitest';
import { emptyDraft, type Draft } from '../../../../../shared/draft';
import { formOf } from '../../../../../shared/forms';
import { countIn, matchesOf, replaceAll, undoReplace } from '../../../../../renderer/src/wizard/find/replace';

const form = formOf('case');
const old = '某区市场监管局';
const fixed = '某区市场监督管理局';

/** A unit's name written in six places: cover, two parts, a caption, the signer and the opinion. */
function draftWithName(): Draft {
  const base = emptyDraft({ id: 'replace-test', form: 'case', campaignId: 'c', now: new Date(2026, 0, 5) });
  return {
    ...base,
    values: {
      ...base.values,
      unit: old,
      title: `${old}计量服务站`,
      summary: `${old}建成服务站。${old}负责运行。`,
      background: `由${old}牵头。`,
    },
    attachments: [
      {
        id: 'a1',
        role: 'image',
        file: 'attachments/a1.jpg',
        originalName: '现场.jpg',
        mime: 'image/jpeg',
        size: 1,
        sha256: '0'.repeat(64),
        caption: `${old}现场`,
      },
    ],
    declaration: { ...base.declaration, signer: '张三', opinion: `同意报送。${old}` },
  };
}

describe('find and replace across a draft', () => {
  it('counts literal occurrences, not patterns', () => {
    expect(countIn('a.b a.b', '.')).toBe(2);
    expect(countIn('aaaa', 'aa')).toBe(2);
    expect(countIn('计量', '')).toBe(0);
  });

  it('finds every place a text occurs, in the wizard’s order of steps', () => {
    const matches = matchesOf(draftWithName(), form, old);
    expect(matches.map((match) => [match.place.path, match.place.step, match.count])).toEqual([
      ['cover.title', 'cover', 1],
      ['cover.unit', 'cover', 1],
      ['fields.summary', 'summary', 2],
      ['fields.background', 'body', 1],
      ['caption.a1', 'attachments', 1],
      ['declaration.opinion', 'declaration', 1],
    ]);
  });

  it('replaces everywhere at once, and undoing restores only what it changed', () => {
    const draft = draftWithName();
    const { draft: replaced, replaced: record } = replaceAll(draft, form, old, fixed);
    expect(record.count).toBe(7);
    expect(matchesOf(replaced, form, old)).toEqual([]);
    expect(replaced.values.unit).toBe(fixed);
    expect(replaced.values.summary).toBe(`${fixed}建成服务站。${fixed}负责运行。`);
    expect(replaced.attachments[0]!.caption).toBe(`${fixed}现场`);
    expect(replaced.declaration.opinion).toBe(`同意报送。${fixed}`);
    expect(replaced.declaration.signer).toBe('张三');

    const editedAfter = { ...replaced, values: { ...replaced.values, contact: '李四' } };
    const undone = undoReplace(editedAfter, record);
    expect(undone.values.contact).toBe('李四');
    expect({ ...undone, values: { ...undone.values, contact: '' } }).toEqual(draft);
  });

  it('leaves a draft without the text as it was', () => {
    const draft = draftWithName();
    const result = replaceAll(draft, form, '不存在的单位', fixed);
    expect(result.replaced.count).toBe(0);
    expect(result.draft).toBe(draft);
  });
});
