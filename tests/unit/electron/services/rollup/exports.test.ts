import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readValuesFile } from '../../../../../electron/cli/values-file';
import {
  writeRollupDocx,
  writeRollupXlsx,
  writeUnitIssues,
  type RollupRun,
} from '../../../../../electron/services/rollup';
import { formOf } from '../../../../../shared/forms';
import type { Row } from '../../../../../shared/forms/fields';
import { paragraphTexts, unzip } from '../export/docx-files';
import { failure } from '../../../../support/failure';
import { rollupWorld, type RollupWorld } from './world';

let world: RollupWorld;
let run: RollupRun;
const EAST = '上海市东滨区市场监督管理局';
const WEST = '上海市西岸区市场监督管理局';

async function seedRows(from: number, to: number): Promise<Row[]> {
  const json = JSON.parse(await readFile('tests/fixtures/activity/seed-district.json', 'utf8'));
  const values = readValuesFile(formOf('activity-plan-district'), json).values;
  return (values.activities as Row[]).slice(from, to);
}

beforeAll(async () => {
  world = await rollupWorld();
  await world.addSample('case-full', 'a-case');
  await world.addSample('case-full', 'b-again');
  await world.addSample('case-unfinished', 'c-unfinished');
  await world.addDraft('d-plan', 'activity-plan-district', {
    unit: '浦东新区市场监管局',
    activities: await seedRows(0, 2),
  });
  await world.addDraft('e-plan', 'activity-plan-district', {
    unit: '金山区市场监管局',
    activities: await seedRows(11, 14),
  });
  await world.put('f-bad.zip', 'PK not really a zip');
  // Another unit's case that copies every part of a-case: the originality check's findings.
  const copy = await world.addSample('case-full', 'g-copy');
  const draft = await world.readDraft(copy);
  await writeFile(
    path.join(copy, 'draft.json'),
    JSON.stringify({ ...draft, values: { ...draft.values, unit: WEST, title: '西岸区的电子秤' } }),
  );
  run = await world.run();
}, 120_000);
afterAll(() => world.cleanup());

async function readBook(file: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

const values = (sheet: ExcelJS.Worksheet) =>
  sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.slice(1).map((v) => v ?? '')] : []));

describe('the roll-up as read', () => {
  it('marks the second copy 重复, the broken file 已损坏, and finds the copied parts', () => {
    expect(run.rows.map((r) => [r.source, r.duplicateOf, r.message?.code])).toEqual([
      ['a-case', undefined, undefined],
      ['b-again', 'r1', undefined],
      ['c-unfinished', undefined, undefined],
      ['d-plan', undefined, undefined],
      ['e-plan', undefined, undefined],
      ['f-bad.zip', undefined, 'package-invalid'],
      ['g-copy', undefined, undefined],
    ]);
    const pairs = new Set(run.passages.map((p) => `${p.a.row}-${'row' in p.b ? p.b.row : p.b.earlier}`));
    expect(pairs).toContain('r1-r7');
    // A duplicate is not compared again: it would double every finding.
    expect([...pairs].some((pair) => pair.includes('r2'))).toBe(false);
    expect(run.passages.find((p) => p.a.field === 'background')!.chars).toBeGreaterThan(300);
  });
});

describe('the spreadsheet', () => {
  it('has a sheet per form, 未能读取, 问题清单 and 雷同片段, each with a frozen, filtered header', async () => {
    const target = path.join(world.root, 'rollup.xlsx');
    await writeRollupXlsx(run, target);
    const book = await readBook(target);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      '计量创新案例',
      '活动安排表（区级）',
      '未能读取',
      '问题清单',
      '雷同片段',
    ]);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
    }
    const cases = values(book.getWorksheet('计量创新案例')!);
    const header = cases[0]!;
    expect(header.slice(0, 7)).toEqual(['编号', '来源', '类型', '单位', '题目', '联系人', '联系电话']);
    expect(header).toContain('案例材料合计（字）');
    const at = (name: string) => header.indexOf(name);
    expect(cases.slice(1).map((r) => [r[at('来源')], r[at('单位')], r[at('标记')]])).toEqual([
      ['a-case', EAST, ''],
      ['b-again', EAST, '重复（与 a-case 相同）'],
      ['c-unfinished', EAST, ''],
      ['g-copy', WEST, ''],
    ]);
    expect(cases[1]![at('案例材料合计（字）')]).toBe('2886/3000');
    expect(cases[1]![at('定稿')]).toBe('是');
    expect(cases[1]![at('签字')]).toBe('是');
    // An activity plan has no signature block: nothing to sign, not 否.
    const plans = values(book.getWorksheet('活动安排表（区级）')!);
    expect(plans[1]![plans[0]!.indexOf('签字')]).toBe('—');
    // Wide enough for the Chinese title, which wraps within its column.
    const sheet = book.getWorksheet('计量创新案例')!;
    expect(sheet.getColumn(at('题目') + 1).width).toBeGreaterThanOrEqual(40);
    expect(sheet.getColumn(at('编号') + 1).width).toBeLessThan(10);

    const unreadable = values(book.getWorksheet('未能读取')!);
    expect(unreadable[1]!.slice(0, 2)).toEqual(['r6', 'f-bad.zip']);

    const issues = values(book.getWorksheet('问题清单')!);
    expect(issues[0]).toEqual(['单位', '题目', '来源', '严重程度', '问题', '栏目']);
    const unfinished = issues.filter((r) => r[2] === 'c-unfinished');
    expect(unfinished.some((r) => r[3] === '错误' && /尚未填写/.test(String(r[4])))).toBe(true);
    expect(issues.find((r) => r[2] === 'f-bad.zip')![4]).toMatch(/^无法读取：/);

    const passages = values(book.getWorksheet('雷同片段')!);
    expect(passages[0]).toEqual([
      '单位',
      '题目',
      '栏目',
      '雷同单位',
      '雷同题目',
      '雷同栏目',
      '字数',
      '雷同片段',
    ]);
    const background = passages.find((r) => r[2] === '背景缘由' && r[3] === WEST)!;
    expect(background.slice(3, 6)).toEqual([WEST, '西岸区的电子秤', '背景缘由']);
    expect(background[0]).toBe(EAST);
    expect(String(background[7])).toContain('农贸市场是百姓');
  });

  it('writes one unit’s 问题清单 on its own, and refuses a unit the roll-up does not hold', async () => {
    const target = path.join(world.root, 'east.xlsx');
    await writeUnitIssues(run, EAST, target);
    const book = await readBook(target);
    expect(book.worksheets.map((s) => s.name)).toEqual(['问题清单']);
    const lines = values(book.worksheets[0]!).slice(1);
    expect(lines.length).toBeGreaterThan(0);
    // Only the unit's own submissions, and a duplicate's findings not twice.
    expect(new Set(lines.map((r) => r[2]))).toEqual(new Set(['c-unfinished']));
    expect(
      await failure(writeUnitIssues(run, '不存在的单位', path.join(world.root, 'none.xlsx'))),
    ).toMatchObject({
      code: 'not-found',
    });
  });
});

describe('the .docx summary', () => {
  it('lists every submission, then merges the activity plans with 序号 per unit', async () => {
    const target = path.join(world.root, 'rollup.docx');
    await writeRollupDocx(run, target);
    const parts = await unzip(await readFile(target));
    const xml = parts.get('word/document.xml')!.toString();
    const texts = paragraphTexts(xml);
    expect(texts).toContain('报送材料汇总表');
    expect(texts).toContain('（共 5 份；另重复 1 份，无法读取 1 份）');
    expect(texts).toContain('2021年上海市“5·20世界计量日”系列宣传活动安排汇总表（区级）');
    const tables = xml.split('<w:tbl>').slice(1);
    expect(tables).toHaveLength(2);
    const firstCells = (table: string) =>
      table
        .split(/<w:tr[ >]/)
        .slice(1)
        .map((row) => paragraphTexts(row.split('</w:tc>')[0]!).join(''));
    expect(firstCells(tables[0]!)).toEqual(['序号', '1', '', '2', '3', '4', '', '5']);
    // Two rows of 浦东, three of 金山: one 序号 each, its rows under it.
    expect(firstCells(tables[1]!)).toEqual(['序号', '1', '', '2', '', '']);
    const plan = paragraphTexts(tables[1]!).join('\n');
    const names = [...(await seedRows(0, 2)), ...(await seedRows(11, 14))].map((row) =>
      String(row.cells.name),
    );
    const at = names.filter(Boolean).map((name) => plan.indexOf(name));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
  });
});
