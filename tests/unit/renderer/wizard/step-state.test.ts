import { describe, expect, it } from 'vitest';
import { emptyDraft } from '../../../../shared/draft';
import { formOf, stepIds } from '../../../../shared/forms';
import { issuesOfStep, validateDraft } from '../../../../shared/validate';
import { emptyOptionalSteps, stepState, toneOf } from '../../../../renderer/src/wizard/step-state';

const fresh = (kind: 'case' | 'material') =>
  emptyDraft({ id: `state-${kind}`, form: kind, campaignId: 'c', now: new Date(2026, 11, 1) });

describe('step states', () => {
  it('shows a new, empty case as work to do: nothing red, the optional steps not done', () => {
    const draft = fresh('case');
    const form = formOf('case');
    const issues = validateDraft(draft);
    expect(issues.map(toneOf)).not.toContain('error');
    const optional = emptyOptionalSteps(form, draft);
    expect(optional).toEqual(['attachments', 'proof']);
    const states = stepIds(form)
      .filter((step) => step !== 'review')
      .map((step) => stepState(issuesOfStep(issues, step), optional.includes(step)));
    expect(states).toEqual(['todo', 'todo', 'todo', 'optional', 'optional', 'todo']);
  });

  it('keeps red for what must be changed, and a used optional step is done', () => {
    const draft = fresh('case');
    const over = {
      ...draft,
      values: { ...draft.values, summary: '字'.repeat(301), proof: '获2021年度上海市计量工作先进集体。' },
    };
    const issues = validateDraft(over);
    expect(stepState(issuesOfStep(issues, 'summary'), false)).toBe('error');
    expect(emptyOptionalSteps(formOf('case'), over)).toEqual(['attachments']);
    expect(stepState(issuesOfStep(issues, 'proof'), false)).toBe('done');
  });

  it('reads a warning as something to check', () => {
    expect(toneOf({ severity: 'warning', code: 'phone-odd' })).toBe('warning');
    expect(toneOf({ severity: 'error', code: 'attachment-missing' })).toBe('error');
    expect(toneOf({ severity: 'error', code: 'declaration-unconfirmed' })).toBe('todo');
  });

  it('never calls the material body optional', () => {
    expect(emptyOptionalSteps(formOf('material'), fresh('material'))).toEqual(['attachments']);
  });
});
