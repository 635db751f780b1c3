import { describe, expect, it } from 'vitest';
import { checkRules, fillMessage } from '../../../../shared/forms/check-rules';
import { PLAN } from '../../../../shared/forms/committee/members';
import { committeeRules } from '../../../../shared/forms/committee/rules';
import { member, rowsIn, validPlan } from './committee/plan-values';

describe('checkRules', () => {
  it('evaluates every rule of a form, each finding with its rule and the number of its row', () => {
    const plan = validPlan();
    const engineer = member({ title: '工程师', name: '钱工' });
    const values = { ...plan, [PLAN.members]: [...rowsIn(plan), engineer], [PLAN.termEnd]: '2028-06' };
    const found = checkRules({ rules: committeeRules }, values);
    expect(found.map((issue) => [issue.rule.id, issue.row])).toEqual([
      ['title-below', 17],
      ['term-four-years', undefined],
    ]);
    expect(found[0]!.params).toEqual({ name: '钱工', title: '工程师' });
  });

  it('finds nothing in a form without rules', () => {
    expect(checkRules({ rules: [] }, validPlan())).toEqual([]);
  });
});

describe('fillMessage', () => {
  it('fills placeholders as i18next does, and leaves an unknown one standing', () => {
    expect(fillMessage('现有{{count}}人，{{ unit }}', { count: 3, unit: '某院' })).toBe('现有3人，某院');
    expect(fillMessage('{{missing}}人')).toBe('{{missing}}人');
  });
});
