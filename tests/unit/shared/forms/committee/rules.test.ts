import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../../../shared/draft';
import type { Row } from '../../../../../shared/forms/fields';
import { PLAN } from '../../../../../shared/forms/committee/members';
import { committeeRules, isFourYearTerm } from '../../../../../shared/forms/committee/rules';
import { member, rowsIn, validPlan } from './plan-values';

const rule = (id: string) => {
  const found = committeeRules.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

/** Every rule's findings over `values`, by rule id; rules that find nothing left out. */
function findings(values: Draft['values']) {
  return Object.fromEntries(
    committeeRules.map((r) => [r.id, r.check(values)] as const).filter(([, found]) => found.length > 0),
  );
}

const withRows = (values: Draft['values'], rows: Row[]): Draft['values'] => ({
  ...values,
  [PLAN.members]: rows,
});

describe('the committee plan rules', () => {
  it('find nothing in a plan that keeps every one', () => {
    expect(findings(validPlan())).toEqual({});
  });

  it('name their clause, and only （十）, said without 一般/原则上, is an error', () => {
    const clauses = Object.fromEntries(committeeRules.map((r) => [r.id, [r.clause, r.severity]]));
    expect(clauses).toEqual({
      'members-max': ['（七）', 'warning'],
      chair: ['（七）', 'warning'],
      'vice-chairs': ['（七）', 'warning'],
      'secretary-general': ['（七）', 'warning'],
      'unit-max': ['（八）', 'warning'],
      'administrative-max': ['（八）', 'warning'],
      'title-below': ['（八）', 'warning'],
      'title-unknown': ['（八）', 'warning'],
      'title-missing': ['（八）', 'warning'],
      'term-four-years': ['（十）', 'error'],
    });
  });

  it('（七） warn past 20 members at the 21st, and stop when one goes', () => {
    const plan = validPlan();
    const rows = [...rowsIn(plan), ...Array.from({ length: 5 }, () => member())];
    expect(rows).toHaveLength(21);
    expect(rule('members-max').check(withRows(plan, rows))).toEqual([
      { rowId: rows[20]!.id, params: { count: 21, max: 20 } },
    ]);
    expect(rule('members-max').check(withRows(plan, rows.slice(0, 20)))).toEqual([]);
  });

  it('（七） do not count a row left blank as a member', () => {
    const plan = validPlan();
    const blank = { id: 'blank', cells: { name: '', unit: ' ', title: '', role: '', category: '' } };
    const rows = [...rowsIn(plan), ...Array.from({ length: 4 }, () => member()), blank];
    expect(rule('members-max').check(withRows(plan, rows))).toEqual([]);
  });

  it('（七） want exactly one 主任委员: none or two is a warning, fixed by one', () => {
    const plan = validPlan();
    const rows = rowsIn(plan);
    const none = rows.map((row) =>
      row.cells.role === '主任委员' ? { ...row, cells: { ...row.cells, role: '委员' } } : row,
    );
    expect(rule('chair').check(withRows(plan, none))).toEqual([{ params: { count: 0 } }]);
    const two = withRows(plan, [
      ...rows.slice(0, 5),
      { ...rows[5]!, cells: { ...rows[5]!.cells, role: '主任委员' } },
      ...rows.slice(6),
    ]);
    expect(rule('chair').check(two)).toEqual([{ rowId: rows[5]!.id, params: { count: 2 } }]);
    expect(rule('chair').check(plan)).toEqual([]);
  });

  it('（七） want one or two 副主任委员', () => {
    const plan = validPlan();
    const rows = rowsIn(plan);
    const three = rows.map((row, i) =>
      i === 6 ? { ...row, cells: { ...row.cells, role: '副主任委员' } } : row,
    );
    expect(rule('vice-chairs').check(withRows(plan, three))).toEqual([
      { rowId: rows[6]!.id, params: { count: 3 } },
    ]);
    const one = rows.map((row, i) => (i === 2 ? { ...row, cells: { ...row.cells, role: '委员' } } : row));
    expect(rule('vice-chairs').check(withRows(plan, one))).toEqual([]);
    const none = rows.map((row) =>
      row.cells.role === '副主任委员' ? { ...row, cells: { ...row.cells, role: '委员' } } : row,
    );
    expect(rule('vice-chairs').check(withRows(plan, none))).toEqual([{ params: { count: 0 } }]);
  });

  it('（七） want one 秘书长', () => {
    const plan = validPlan();
    const rows = rowsIn(plan).filter((row) => row.cells.role !== '秘书长');
    expect(rule('secretary-general').check(withRows(plan, rows))).toEqual([{ params: { count: 0 } }]);
    expect(rule('secretary-general').check(withRows(plan, [...rows, member({ role: '秘书长' })]))).toEqual(
      [],
    );
  });

  it('（八） warn at the 4th member of one unit, names compared trimmed and width-folded', () => {
    const plan = validPlan();
    const fourth = member({ unit: '上海市计量测试技术研究院 ' });
    const third = member({ unit: '上海市计量测试技术研究院' });
    const rows = [...rowsIn(plan), third, fourth];
    expect(rule('unit-max').check(withRows(plan, rows))).toEqual([
      { rowId: fourth.id, params: { unit: '上海市计量测试技术研究院', count: 4, max: 3 } },
    ]);
    expect(rule('unit-max').check(withRows(plan, [...rowsIn(plan), third]))).toEqual([]);
    const folded = member({ unit: 'ＡＢＣ公司' });
    const abc = [
      member({ unit: 'ABC公司' }),
      member({ unit: 'ABC 公司' }),
      member({ unit: 'ABC公司' }),
      folded,
    ];
    expect(rule('unit-max').check(withRows(plan, abc))).toHaveLength(1);
  });

  it('（八） warn at a 3rd 行政管理人员, except in a 法制计量技术委员会', () => {
    const plan = validPlan();
    const third = member({ category: '行政管理人员', title: '' });
    const rows = [...rowsIn(plan), third];
    expect(rule('administrative-max').check(withRows(plan, rows))).toEqual([
      { rowId: third.id, params: { count: 3, max: 2 } },
    ]);
    expect(rule('administrative-max').check({ ...withRows(plan, rows), [PLAN.legal]: true })).toEqual([]);
    expect(rule('administrative-max').check(plan)).toEqual([]);
  });

  it('（八） warn for a 技术专业人员 below 副高级, not for 同等资历 or a 行政管理人员', () => {
    const plan = validPlan();
    const engineer = member({ name: '钱工', title: '工程师' });
    expect(rule('title-below').check(withRows(plan, [...rowsIn(plan), engineer]))).toEqual([
      { rowId: engineer.id, params: { name: '钱工', title: '工程师' } },
    ]);
    const equivalent = { ...engineer, cells: { ...engineer.cells, title: '工程师（同等资历）' } };
    expect(rule('title-below').check(withRows(plan, [...rowsIn(plan), equivalent]))).toEqual([]);
    const administrative = { ...engineer, cells: { ...engineer.cells, category: '行政管理人员' } };
    expect(rule('title-below').check(withRows(plan, [...rowsIn(plan), administrative]))).toEqual([]);
  });

  it('（八） ask the level of a title it does not know, and for a missing one', () => {
    const plan = validPlan();
    const unknown = member({ name: '孙专家', title: '首席专家' });
    expect(rule('title-unknown').check(withRows(plan, [...rowsIn(plan), unknown]))).toEqual([
      { rowId: unknown.id, params: { name: '孙专家', title: '首席专家' } },
    ]);
    const missing = member({ name: '周工', title: '' });
    expect(rule('title-missing').check(withRows(plan, [...rowsIn(plan), missing]))).toEqual([
      { rowId: missing.id, params: { name: '周工', title: '' } },
    ]);
    const fixed = { ...missing, cells: { ...missing.cells, title: '副研究员' } };
    expect(findings(withRows(plan, [...rowsIn(plan), fixed]))).toEqual({});
  });

  it('（十） fail a term that is not 4 years, and leave an empty or unread month to its field', () => {
    const plan = validPlan();
    const five = { ...plan, [PLAN.termEnd]: '2028-06' };
    expect(rule('term-four-years').check(five)).toEqual([
      { params: { start: '2023年7月', end: '2028年6月' } },
    ]);
    expect(rule('term-four-years').check({ ...plan, [PLAN.termEnd]: '2027-07' })).toEqual([]);
    expect(rule('term-four-years').check({ ...plan, [PLAN.termEnd]: null })).toEqual([]);
    expect(rule('term-four-years').check({ ...plan, [PLAN.termEnd]: '二〇二七年' })).toEqual([]);
  });
});

describe('isFourYearTerm', () => {
  it('takes a term ending the month before or the month of the start four years on', () => {
    expect(isFourYearTerm('2023-07', '2027-06')).toBe(true);
    expect(isFourYearTerm('2023-07', '2027-07')).toBe(true);
    expect(isFourYearTerm('2023-01', '2026-12')).toBe(true);
    expect(isFourYearTerm('2023-07', '2027-05')).toBe(false);
    expect(isFourYearTerm('2023-07', '2027-08')).toBe(false);
    expect(isFourYearTerm('2023-07', '2026-06')).toBe(false);
    expect(isFourYearTerm('2027-06', '2023-07')).toBe(false);
  });
});
