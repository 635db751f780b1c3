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

  it('names unknown columns by row and refuses cells of the wrong kind', () => {
    const message = refusal({
      活动安排: [
        { 活动名称: '讲座', 地点: '礼堂' },
        { 场次: 1.5, 级别: '国家级', 时间: '2023年5月' },
      ],
    });
    expect(message).toContain('（unknown-keys）：活动安排[1].地点');
    expect(message).toContain('活动安排[2].场次（应为整数）');
    expect(message).toContain('活动安排[2].级别（应为市级、区级之一）');
    expect(message).toContain('活动安排[2].时间（应为YYYY-MM 格式的日期）');
    expect(refusal({ 活动安排: { 活动名称: '讲座' } })).toContain('活动安排（应为各行一个对象的数组）');
  });
});
