import { describe, expect, it } from 'vitest';
import { formOf, type FormDefinition, type Row, type RowsField } from '../../../../shared/forms';
import { CliError } from '../../../../electron/cli/io';
import { readValuesFile } from '../../../../electron/cli/values-file';
import { labelKey } from '../../../../shared/forms/label-key';

const base = { key: 'test.rows', required: false } as const;
const activities: RowsField = {
  ...base,
  type: 'rows',
  id: 'activities',
  label: '三、活动安排',
  name: '活动安排',
  minRows: 1,
  maxRows: 10,
  columns: [
    { ...base, type: 'text', id: 'name', label: '活 动 名 称', name: '活动名称' },
    { ...base, type: 'number', id: 'count', label: '场次', name: '场次', integer: true },
    { ...base, type: 'date', id: 'month', label: '时间', name: '时间', precision: 'month' },
    { ...base, type: 'yesNo', id: 'online', label: '线上', name: '线上' },
    {
      ...base,
      type: 'choice',
      id: 'level',
      label: '级别',
      name: '级别',
      options: ['市级', '区级'],
      other: false,
    },
  ],
};
/** The case's fields with a table added: what a values file is read against. */
const form: FormDefinition = {
  ...formOf('case'),
  id: 'rows-test',
  fields: [...formOf('case').fields, activities],
};

function refusal(json: Record<string, unknown>): string {
  try {
    readValuesFile(form, json);
  } catch (error) {
    if (error instanceof CliError) return error.message;
    throw error;
  }
  throw new Error('accepted');
}

describe('the keys of a values file', () => {
  it.each([
    ['联 系 人：', '联系人'],
    ['联\u3000系\u3000人:', '联系人'],
    ['（一）案例简介', '案例简介'],
    ['一、背景缘由', '背景缘由'],
    ['三、相关证明材料', '相关证明材料'],
    ['所在单位/主管部门意见：', '所在单位/主管部门意见'],
    // Only the paper's own numbering goes: nothing else is guessed.
    ['1.背景缘由', '1.背景缘由'],
  ])('%s compares as %s', (key, compared) => {
    expect(labelKey(key)).toBe(compared);
  });
});

describe('a table in a values file', () => {
  it('takes rows keyed by the printed column headers, typed by column, each with a fresh id', () => {
    const { values } = readValuesFile(form, {
      '三、活动安排：': [
        { 活动名称: '计量进社区', '场 次': 3, 时间: '2023-05', 线上: false, 级别: '市级' },
        { '活 动 名 称：': '开放日' },
      ],
    });
    const rows = values.activities as Row[];
    expect(rows.map((row) => row.cells)).toEqual([
      { name: '计量进社区', count: 3, month: '2023-05', online: false, level: '市级' },
      { name: '开放日', count: null, month: null, online: null, level: '' },
    ]);
    expect(rows[0]!.id).not.toBe(rows[1]!.id);
  });

  it('reads a year-month and 是/否 as the office writes them', () => {
    const { values } = readValuesFile(form, {
      活动安排: [
        { 时间: '2023年5月', 线上: '是' },
        { 时间: '2023.11', 线上: '否' },
      ],
    });
    expect((values.activities as Row[]).map((row) => [row.cells.month, row.cells.online])).toEqual([
      ['2023-05', true],
      ['2023-11', false],
    ]);
  });

  it('names unknown columns by row and refuses cells of the wrong kind', () => {
    const message = refusal({
      活动安排: [
        { 活动名称: '讲座', 地点: '礼堂' },
        { 场次: 1.5, 级别: '国家级', 时间: '五月', 线上: '也许' },
      ],
    });
    expect(message).toContain('（unknown-keys）：活动安排[1].地点');
    expect(message).toContain('活动安排[2].场次（应为整数）');
    expect(message).toContain('活动安排[2].级别（应为市级、区级之一）');
    expect(message).toContain('活动安排[2].时间（应为2023年7月或 YYYY-MM 格式的年月）');
    expect(message).toContain('活动安排[2].线上（应为是、否、true 或 false）');
    expect(refusal({ 活动安排: { 活动名称: '讲座' } })).toContain('活动安排（应为各行一个对象的数组）');
  });
});

describe('a table whose 序号 spans rows', () => {
  const grouped: RowsField = {
    ...base,
    type: 'rows',
    id: 'plan',
    label: '活动',
    name: '活动',
    minRows: 1,
    maxRows: 10,
    groupBy: 'no',
    columns: [
      { ...base, type: 'text', id: 'no', label: '序号', name: '序号' },
      { ...base, type: 'text', id: 'name', label: '活动名称', name: '活动名称' },
    ],
  };
  const planForm: FormDefinition = { ...form, id: 'plan-test', fields: [...formOf('case').fields, grouped] };

  it('reads an empty or absent 序号 as the row above going on, and numbers the groups in order', () => {
    const { values } = readValuesFile(planForm, {
      活动: [
        { 序号: '11', 活动名称: '计量惠民' },
        { 序号: '12', 活动名称: '诚信计量社会监督活动' },
        { 序号: '', 活动名称: '诚信计量，毗邻共建' },
        { 活动名称: '计量科普　计量服务' },
        { 序号: '13', 活动名称: '计量守护健康' },
      ],
    });
    expect((values.plan as Row[]).map((row) => [row.cells.no, row.cells.name])).toEqual([
      ['1', '计量惠民'],
      ['2', '诚信计量社会监督活动'],
      ['', '诚信计量，毗邻共建'],
      ['', '计量科普　计量服务'],
      ['3', '计量守护健康'],
    ]);
  });
});
