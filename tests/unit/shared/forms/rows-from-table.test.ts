import { describe, expect, it } from 'vitest';
import { activityPlanMunicipalForm, activitySummaryForm } from '../../../../shared/forms/activity-fields';
import type { Row, RowsField } from '../../../../shared/forms/fields';
import { hasTypedRows, rowsFromTable } from '../../../../shared/forms/rows';

const table = (form: { fields: readonly { id: string; type: string }[] }) =>
  form.fields.find((field) => field.id === 'activities') as RowsField;
const plan = table(activityPlanMunicipalForm);
const summary = table(activitySummaryForm);
const ids = () => {
  let n = 0;
  return () => `taken${++n}`;
};

const planRow = (id: string, cells: Record<string, string>): Row => ({ id, cells });

describe('a summary takes the activities of a plan draft', () => {
  it('copies 活动名称, 活动时间 and 活动内容, with new ids, and nothing of the plan’s own columns', () => {
    const { rows, droppedRows } = rowsFromTable(
      summary,
      plan,
      [
        planRow('p1', {
          no: '1',
          name: '公益报时',
          content: '在上海人民广播电台持续7天开展公益报时',
          when: '5月17日至5月23日',
          channel: '电台广播报时',
          units: '市局计量处',
        }),
      ],
      ids(),
    );
    expect(droppedRows).toBe(0);
    expect(rows).toEqual([
      {
        id: 'taken1',
        cells: {
          name: '公益报时',
          when: '5月17日至5月23日',
          content: '在上海人民广播电台持续7天开展公益报时',
        },
      },
    ]);
  });

  it('gives a row continuing a 序号 the 活动名称 merged above it, and its own when it has one', () => {
    const { rows } = rowsFromTable(
      summary,
      plan,
      [
        planRow('a', { no: '4', name: '诚信计量示范', when: '5月20日', content: '', units: '金山区' }),
        planRow('b', { no: '', name: '', when: '5月21日', content: '第二场', units: '' }),
        planRow('c', { no: '', name: '茶叶领域', when: '5月下旬', content: '', units: '' }),
      ],
      ids(),
    );
    expect(rows.map((row) => [row.cells.name, row.cells.when])).toEqual([
      ['诚信计量示范', '5月20日'],
      ['诚信计量示范', '5月21日'],
      ['茶叶领域', '5月下旬'],
    ]);
  });

  it('leaves out empty rows and stops at the summary’s row limit', () => {
    const many = Array.from({ length: summary.maxRows + 3 }, (_, i) =>
      planRow(`r${i}`, { no: String(i + 1), name: `活动${i + 1}`, when: '', content: '', units: '' }),
    );
    const { rows, droppedRows } = rowsFromTable(summary, plan, [
      planRow('empty', { no: '1', name: '', when: ' ', content: '', units: '' }),
      ...many,
    ]);
    expect(rows).toHaveLength(summary.maxRows);
    expect(rows[0]!.cells.name).toBe('活动1');
    expect(droppedRows).toBe(3);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  it('knows a table of empty rows holds nothing typed', () => {
    expect(hasTypedRows([{ id: 'x', cells: { name: '', when: '  ', content: '' } }])).toBe(false);
    expect(hasTypedRows([{ id: 'x', cells: { name: '', when: '5月', content: '' } }])).toBe(true);
    expect(hasTypedRows([])).toBe(false);
  });
});
