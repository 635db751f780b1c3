import { describe, expect, it } from 'vitest';
import {
  activityPlanDistrictForm,
  activityPlanMunicipalForm,
  activitySummaryForm,
} from '../../../../shared/forms/activity-fields';
import type { Draft } from '../../../../shared/draft';
import { ACTIVITY_COLUMNS, DISTRICT_COLUMNS } from '../../electron/services/export/fields-table-forms';
import type { FormRule } from '../../../../shared/forms/fields';

const campaign = { activityPeriod: { from: '2021-05-11', to: '2021-05-23' } };
const row = (id: string, when: string) => ({ id, cells: { no: '', name: '计量惠民', when } });
const ruleOf = (rules: FormRule<Draft['values']>[], suffix: string) =>
  rules.find((rule) => rule.id.endsWith(suffix))!;

describe('the activity table’s 活动时间 rule', () => {
  const rule = ruleOf(activityPlanMunicipalForm.rules, '.activity-time');
  const values = {
    activities: [
      row('a', '5月11日、12日'),
      row('b', '5月17日至5月23日'),
      row('c', '5月24日'),
      row('d', '5月下旬'),
      row('e', '6月'),
      row('f', '另行通知'),
    ],
  };

  it('warns, naming the row and the period, for each activity outside the campaign’s 活动时间', () => {
    expect(rule.severity).toBe('warning');
    expect(rule.clause).toBe('一、活动时间');
    expect(rule.check(values, { campaign })).toEqual([
      { rowId: 'c', params: { time: '5月24日', from: '5月11日', to: '5月23日' } },
      { rowId: 'e', params: { time: '6月', from: '5月11日', to: '5月23日' } },
    ]);
  });

  it('says nothing for a campaign that names no 活动时间', () => {
    expect(rule.check(values, { campaign: {} })).toEqual([]);
    expect(rule.check(values)).toEqual([]);
  });

  it('reads the year from the campaign (the 2024 call: all of May)', () => {
    const may2024 = { activityPeriod: { from: '2024-05-01', to: '2024-05-31' } };
    expect(
      rule.check({ activities: [row('x', '5月20日'), row('y', '6月1日')] }, { campaign: may2024 }),
    ).toEqual([{ rowId: 'y', params: { time: '6月1日', from: '5月1日', to: '5月31日' } }]);
  });

  it('checks the same rows again against another period, and an edited row as it is now', () => {
    const rows = [row('x', '5月20日'), row('y', '5月28日')];
    const may2021 = { campaign };
    expect(rule.check({ activities: rows }, may2021).map((f) => f.rowId)).toEqual(['y']);
    // The same row objects, a period that holds 5月28日 and not 5月20日.
    const late = { campaign: { activityPeriod: { from: '2021-05-25', to: '2021-05-31' } } };
    expect(rule.check({ activities: rows }, late).map((f) => f.rowId)).toEqual(['x']);
    // Row x edited (a new object, as the wizard makes it) to a day inside the first period.
    const edited = [{ ...rows[0]!, cells: { ...rows[0]!.cells, when: '6月1日' } }, rows[1]!];
    expect(rule.check({ activities: edited }, may2021).map((f) => f.rowId)).toEqual(['x', 'y']);
  });
});

describe('the two variants of the table', () => {
  const headers = (spec: typeof activityPlanMunicipalForm) => {
    const table = spec.fields.find((field) => field.type === 'rows');
    return table?.type === 'rows' ? table.columns.map((column) => column.label) : [];
  };

  it('print the seed’s column headers, the district one without 宣传内容', () => {
    expect(headers(activityPlanMunicipalForm)).toEqual(ACTIVITY_COLUMNS);
    expect(headers(activityPlanDistrictForm)).toEqual(DISTRICT_COLUMNS);
  });
});

describe('the summary’s 活动场次 rule', () => {
  const rule = ruleOf(activitySummaryForm.rules, '.sessions');
  const listed = { activities: [row('a', '5月20日'), row('b', '5月20日'), row('c', '5月21日')] };

  it('warns when fewer 场 are counted than activities are listed', () => {
    expect(rule.check({ ...listed, sessions: 2 })).toEqual([{ params: { sessions: 2, listed: 3 } }]);
    expect(rule.check({ ...listed, sessions: 3 })).toEqual([]);
    expect(rule.check({ ...listed, sessions: null })).toEqual([]);
  });

  it('keeps the figures whole numbers from 0, as data', () => {
    const figures = activitySummaryForm.fields.filter((field) => field.type === 'number');
    expect(figures.map((field) => field.label)).toEqual([
      '活动场次',
      '参与人数',
      '媒体报道篇数',
      '免费检定/校准台次',
      '组织收看人次',
    ]);
    for (const figure of figures) expect(figure).toMatchObject({ integer: true, min: 0 });
  });
});

describe('the summary’s 落款 date', () => {
  const rule = ruleOf(activitySummaryForm.rules, '.signed-late');
  const due = { campaign: { deadline: '2021-05-24' } };

  it('warns when it is after the campaign’s due date', () => {
    expect(rule.check({ signedOn: '2021-05-25' }, due)).toEqual([
      { params: { date: '2021年5月25日', deadline: '2021年5月24日' } },
    ]);
    expect(rule.check({ signedOn: '2021-05-24' }, due)).toEqual([]);
    expect(rule.check({ signedOn: null }, due)).toEqual([]);
    expect(rule.check({ signedOn: '2021-05-25' })).toEqual([]);
  });
});
