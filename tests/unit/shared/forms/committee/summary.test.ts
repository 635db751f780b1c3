import { describe, expect, it } from 'vitest';
import { PLAN } from '../../../../../shared/forms/committee/members';
import { compositionOf, compositionText } from '../../../../../shared/forms/committee/summary';
import { member, rowsIn, validPlan } from './plan-values';

describe('the plan composition', () => {
  it('is counted from the rows: members, units (folded), categories and title levels', () => {
    const plan = validPlan();
    const composition = compositionOf(plan);
    expect(composition).toMatchObject({ members: 16, units: 15, technical: 14, administrative: 2 });
    expect(composition.levels).toMatchObject({ senior: 2, deputy: 12, none: 2, below: 0 });
    expect(compositionText(composition)).toBe(
      '委员共16人，来自15个单位；其中技术专业人员14人、行政管理人员2人；正高级职称2人、副高级职称12人、未填职称2人。',
    );
  });

  it('follows a change of the table', () => {
    const plan = validPlan();
    const rows = [...rowsIn(plan), member({ unit: '上海市计量测试技术研究院　', title: '工程师' })];
    const composition = compositionOf({ ...plan, [PLAN.members]: rows });
    expect(composition.members).toBe(17);
    expect(composition.units).toBe(15);
    expect(compositionText(composition)).toContain('中级及以下职称1人');
  });

  it('reads an empty plan as no members', () => {
    expect(compositionText(compositionOf({}))).toBe(
      '委员共0人，来自0个单位；其中技术专业人员0人、行政管理人员0人。',
    );
  });
});
