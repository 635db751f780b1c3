import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  activityPlanDistrictForm,
  activityPlanMunicipalForm,
} from '../../../../shared/forms/activity-fields';
import type { RowsField } from '../../../../shared/forms/fields';
import { groupSpans } from '../../../../shared/forms/rows';
import { readCsv, readSheet, readXlsx, rowsFromGrid, SheetError } from '../../../../shared/forms/sheet';

const tableOf = (spec: typeof activityPlanMunicipalForm) =>
  spec.fields.find((field): field is RowsField => field.type === 'rows')!;

const column = (c: number) => String.fromCharCode(65 + c);
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An .xlsx as Excel writes one: shared strings, a number cell, an inline string, and 序号 merged
 * down two rows (the merged-away cell absent, as Excel leaves it).
 */
async function workbook(rows: (string | number | null)[][], merges: string[] = []): Promise<Uint8Array> {
  const strings: string[] = [];
  const sheetRows = rows.map((cells, r) => {
    const xml = cells
      .map((value, c) => {
        const ref = `${column(c)}${r + 1}`;
        if (value === null) return '';
        if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
        if (value.startsWith('inline:'))
          return `<c r="${ref}" t="inlineStr"><is><t>${escape(value.slice(7))}</t></is></c>`;
        strings.push(value);
        return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
      })
      .join('');
    return `<row r="${r + 1}">${xml}</row>`;
  });
  const zip = new JSZip();
  zip.file(
    'xl/workbook.xml',
    '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="汇总表" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<Relationships><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file(
    'xl/sharedStrings.xml',
    `<sst>${strings.map((text) => `<si><t xml:space="preserve">${escape(text)}</t><rPh><t>ふりがな</t></rPh></si>`).join('')}</sst>`,
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<worksheet><sheetData>${sheetRows.join('')}</sheetData>${
      merges.length
        ? `<mergeCells>${merges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
        : ''
    }</worksheet>`,
  );
  return zip.generateAsync({ type: 'uint8array' });
}

describe('rows from an .xlsx', () => {
  it('reads the first sheet under its header row, a merged 序号 continuing the row above', async () => {
    const bytes = await workbook(
      [
        ['2021年上海市“5·20世界计量日”系列宣传活动安排汇总表'],
        ['序号', '活动名称', '活动内容', '活动时间', '宣传形式', '负责单位', '备注'],
        [
          12,
          '诚信计量社会监督活动',
          '联合区消保委开展消费体察',
          '4—5月',
          '向社会公开消费体察情况',
          '金山区市场监管局',
          '—',
        ],
        [
          null,
          '诚信计量，毗邻共建',
          'inline:南北山塘老街建立“诚信计量工作服务站” & 竞答',
          '5月20日',
          '现场活动',
          null,
        ],
        [13, '计量守护健康', '发放科普资料', '5月20日', '媒体，微信', '松江区市场监管局'],
      ],
      ['A3:A4', 'F3:F4'],
    );
    const grid = await readXlsx(bytes);
    const { rows, unknownHeaders, droppedRows } = rowsFromGrid(tableOf(activityPlanDistrictForm), grid);
    expect(unknownHeaders).toEqual(['备注']);
    expect(droppedRows).toBe(0);
    expect(rows.map((row) => row.cells.name)).toEqual([
      '诚信计量社会监督活动',
      '诚信计量，毗邻共建',
      '计量守护健康',
    ]);
    expect(rows[1]!.cells.content).toBe('南北山塘老街建立“诚信计量工作服务站” & 竞答');
    expect(rows[0]!.cells.no).toBe('12');
    expect(groupSpans(rows, 'no')).toEqual([2, 1]);
    expect(rows[1]!.cells.units).toBe('');
  });

  it('refuses a file that is no workbook, and a sheet naming none of the columns', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    await expect(readXlsx(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(SheetError);
    expect(() => rowsFromGrid(tableOf(activityPlanDistrictForm), [['姓名', '性别']])).toThrow(SheetError);
    await expect(readSheet('活动.docx', new Uint8Array())).rejects.toThrow(SheetError);
  });
});

describe('rows from a .csv', () => {
  it('reads the seed’s district table saved by Excel in GB 18030, every row and group as printed', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/activity/seed-district-gbk.csv'));
    const grid = await readSheet('区级.csv', bytes);
    const { rows } = rowsFromGrid(tableOf(activityPlanDistrictForm), grid);
    expect(rows).toHaveLength(20);
    // 金山区 three activities under 12, 青浦区 three under 14.
    expect(groupSpans(rows, 'no')).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3, 1, 3, 1, 1]);
    expect(rows[0]!.cells.when).toBe('5月11日、\n5月20日');
    expect(rows[11]!.cells.units).toBe('金山区市场监管局');
  });

  it('reads UTF-8 with its BOM, and stops at the table’s room', () => {
    const text =
      '\uFEFF序号,活动名称,活动时间\r\n1,公益报时,5月17日至5月23日\r\n2,"计量科普知识竞答","5月17日至5月19日"\r\n';
    const grid = readCsv(new TextEncoder().encode(text));
    const { rows, droppedRows } = rowsFromGrid(tableOf(activityPlanMunicipalForm), grid, 1);
    expect(rows.map((row) => row.cells.name)).toEqual(['公益报时']);
    expect(droppedRows).toBe(1);
  });
});
