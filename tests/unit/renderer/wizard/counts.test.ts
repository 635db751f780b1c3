import { describe, expect, it } from 'vitest';
import { countText } from '../../../../shared/count';
import { emptyDraft, type Draft } from '../../../../shared/draft';
import { formOf, partsOf } from '../../../../shared/forms';
import { validateDraft } from '../../../../shared/validate';
import { countField, selectIssues } from '../../../../renderer/src/wizard/counts';

const draft = emptyDraft({ id: 'counts-test', form: 'case', campaignId: 'c', now: new Date(2026, 0, 5) });
const summary = partsOf(formOf('case')).find((part) => part.limit === 300)!;
const withText = (base: Draft, text: string): Draft => ({
  ...base,
  values: { ...base.values, [summary.id]: text },
});

describe('wizard counts', () => {
  it('counts a field as the counting module does, once per text', () => {
    const first = countField('计量测量 ab', summary.id);
    expect(first).toEqual(countText('计量测量 ab'));
    expect(countField('计量测量 ab', summary.id)).toBe(first);
    expect(countField('计量测量 abc', summary.id)).toEqual(countText('计量测量 abc'));
  });

  it('gives the issues of the draft, and the same list while an edit leaves them as they were', () => {
    const typed = withText(draft, '计量');
    const issues = selectIssues({ draft: typed });
    expect(issues).toEqual(validateDraft(typed));
    const more = withText(typed, '计量测量');
    expect(selectIssues({ draft: more })).toBe(issues);
    const emptied = withText(more, '');
    expect(selectIssues({ draft: emptied })).not.toBe(issues);
    expect(selectIssues({ draft: emptied })).toEqual(validateDraft(emptied));
  });

  it('gives a new list when a figure in it moves', () => {
    const over = withText(draft, '字'.repeat(summary.limit! + 1));
    const first = selectIssues({ draft: over });
    const further = withText(over, '字'.repeat(summary.limit! + 2));
    const second = selectIssues({ draft: further });
    expect(second).not.toBe(first);
    expect(second.find((issue) => issue.field === summary.id)?.words).toBe(summary.limit! + 2);
  });

  it('has no issues without a draft', () => {
    expect(selectIssues({ draft: undefined })).toEqual([]);
  });
});
