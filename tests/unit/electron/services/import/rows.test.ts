import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { formOf, paper610, registerForm, type FormDefinition, type Row } from '../../../../../shared/forms';
import { importDocx } from '../../../../../electron/services/import/import';

/**
 * A table form's repeating rows read by their column headers, on a form made for this test (the
 * real table forms are built elsewhere): headers typed with padding, a colon and a numbering
 * prefix; an empty 序号 continues the activity above, and so does a 序号 merged down (w:vMerge),
 * while another merged cell repeats what it shows.
 */
const rowsForm: FormDefinition = {
  ...formOf('material'),
  id: 'test-import-rows',
  subtitle: '（测试活动计划）',
  kindName: '测试活动计划',
  paper610: { ...paper610(formOf('material')), sections: [] },
  fields: [
    { id: 'unit', key: 'test.unit', label: '报送单位', name: '报送单位', type: 'text', required: true },
    {
      id: 'activities',
      key: 'test.activities',
      label: '活动安排',
      name: '活动安排',
      type: 'rows',
      required: true,
      minRows: 1,
      maxRows: 4,
      groupBy: 'no',
      columns: [
        {
          id: 'no',
          key: 'test.no',
          label: '序号',
          name: '序号',
          type: 'number',
          integer: true,
          required: false,
        },
        { id: 'name', key: 'test.name', label: '活动名称', name: '活动名称', type: 'text', required: true },
        { id: 'host', key: 'test.host', label: '主办单位', name: '主办单位', type: 'text', required: true },
        {
          id: 'people',
          key: 'test.people',
          label: '参加人数',
          name: '参加人数',
          type: 'number',
          integer: true,
          required: false,
        },
      ],
    },
  ],
};
registerForm(rowsForm);

const work = await mkdtemp(path.join(tmpdir(), 'import-rows-'));
afterAll(() => rm(work, { recursive: true, force: true }));

type CellSpec = string | { text: string; merge: 'restart' | 'continue' };

const cell = (spec: CellSpec) =>
  typeof spec === 'string'
    ? new TableCell({ children: [new Paragraph(spec)] })
    : new TableCell({
        children: [new Paragraph(spec.text)],
        verticalMerge: spec.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE,
      });

async function importTable(name: string, header: string[], rows: CellSpec[][]) {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('（测试活动计划）'),
          new Paragraph('报送单位：上海市某区计量所'),
          new Table({ rows: [header, ...rows].map((cells) => new TableRow({ children: cells.map(cell) })) }),
        ],
      },
    ],
  });
  const file = path.join(work, `${name}.docx`);
  await writeFile(file, await Packer.toBuffer(doc));
  const out = path.join(work, name);
  const result = await importDocx(file, out, {
    id: `${name}-draft`,
    campaignFor: () => 'test',
    now: new Date('2022-01-15T10:00:00+08:00'),
    exclusive: true,
  });
  const saved = JSON.parse(await readFile(path.join(out, 'draft.json'), 'utf8')) as {
    values: Record<string, unknown>;
  };
  return { ...result, saved };
}

const cellsOf = (rows: unknown) => (rows as Row[]).map((row) => row.cells);

describe('Word import of a repeating-row table', () => {
  it('reads the rows by their headers, groups continued by an empty or merged 序号', async () => {
    const { draft, report, saved } = await importTable(
      'grouped',
      ['序　号', '活动名称：', '（一）主办单位', '参加 人数'],
      [
        ['1', '计量日宣传', '区质监局', '200'],
        ['', '进社区', '街道办', '50'],
        [{ text: '2', merge: 'restart' }, '校园讲座', { text: '区计量所', merge: 'restart' }, '30'],
        [{ text: '', merge: 'continue' }, '企业走访', { text: '', merge: 'continue' }, ''],
        ['', '', '', ''],
      ],
    );
    expect(draft.form).toBe('test-import-rows');
    expect(draft.values.unit).toBe('上海市某区计量所');
    const expected = [
      { no: 1, name: '计量日宣传', host: '区质监局', people: 200 },
      { no: null, name: '进社区', host: '街道办', people: 50 },
      { no: 2, name: '校园讲座', host: '区计量所', people: 30 },
      { no: null, name: '企业走访', host: '区计量所', people: null },
    ];
    expect(cellsOf(draft.values.activities)).toEqual(expected);
    expect(cellsOf(saved.values.activities)).toEqual(expected);
    expect(report.found).toContainEqual(expect.objectContaining({ id: 'activities', rows: 4 }));
    expect(report.missing).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it('reports the rows past the form’s limit with their text', async () => {
    const rows = ['甲', '乙', '丙', '丁', '戊'].map((name, i) => [String(i + 1), name, '某单位', '10']);
    const { draft, report } = await importTable('over', ['序号', '活动名称', '主办单位', '参加人数'], rows);
    expect(cellsOf(draft.values.activities).map((c) => c.name)).toEqual(['甲', '乙', '丙', '丁']);
    expect(report.problems).toEqual([{ code: 'unplaced', text: '5\t戊\t某单位\t10' }]);
  });

  it('leaves a table whose headers are not the form’s columns to the text, and names the table missing', async () => {
    const { draft, report } = await importTable(
      'other',
      ['序号', '活动名称', '经费'],
      [['1', '计量日宣传', '2万元']],
    );
    expect(draft.values.activities).toEqual([]);
    expect(report.missing).toContainEqual({ id: 'activities', key: 'test.activities', name: '活动安排' });
    expect(report.problems.map((p) => p.code)).toContain('unplaced');
  });
});
