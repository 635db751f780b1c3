import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/export-options';
import { formOf, isFormId, type FormDefinition } from '../../../shared/forms';
import type { ColumnField, Row, RowsField } from '../../../shared/forms/fields';
import { rowsOf } from '../../../shared/forms/rows';
import type { RollupRow } from '../../../shared/rollup';
import { printStyle } from '../export/docx';
import { planTitle } from '../export/layouts/activity-plan';
import { buildFieldsTable } from '../export/layouts/fields-table';
import { writeFileAtomic } from '../files/atomic';
import type { RollupRun } from './index';
import { CHECK_WORDS, countsText, flagsOf, signedText, yesNo } from './words';

/**
 * The roll-up as a 公文 table (docs/ROLLUP.md): the submissions in one table, then for the
 * activity plans every unit's activities merged into the seed's table (序号 per unit, its rows
 * under it). Printed by the generic table layout with the app's faces, sizes and page, so it
 * looks like the forms it sums up; landscape where the table needs it, the header repeated.
 */
const column = (id: string, label: string, multiline = false): ColumnField => ({
  id,
  key: `rollup.${id}`,
  label,
  name: label,
  type: 'text',
  required: false,
  ...(multiline ? { multiline } : {}),
});

/** The summary's columns: the 汇总 screen's (单位 / 表单 / 题目 / 联系人 / 字数 / …). */
const SUMMARY: RowsField = {
  id: 'submissions',
  key: 'rollup.submissions',
  label: '报送材料一览',
  name: '报送材料一览',
  type: 'rows',
  required: false,
  minRows: 0,
  maxRows: Number.MAX_SAFE_INTEGER,
  columns: [
    column('no', '序号'),
    column('unit', '单位'),
    column('form', '表单'),
    column('title', '题目'),
    column('contact', '联系人', true),
    column('counts', '字数', true),
    column('images', '图片'),
    column('signed', '签字'),
    column('final', '定稿'),
    column('number', '编号', true),
    column('check', '校验', true),
    column('issues', '问题', true),
  ],
};

const counted = (row: RollupRow) => !row.message && !row.duplicateOf;

function summaryRows(run: RollupRun): Row[] {
  let no = 0;
  return run.rows.map((row) => {
    const errors = row.issues.filter((i) => i.severity === 'error').length;
    const warnings = row.issues.filter((i) => i.severity === 'warning').length;
    const flags = flagsOf(row, run.rows);
    return {
      id: row.id,
      cells: {
        no: counted(row) ? String(++no) : '',
        unit: row.unit ?? '',
        form: row.formName ?? '',
        title: row.title ?? row.source,
        contact: [row.contact, row.phone].filter(Boolean).join('\n'),
        counts: countsText(row).replaceAll('，', '\n'),
        images: row.message ? '' : String(row.images),
        signed: row.message ? '' : signedText(row),
        final: row.message ? '' : yesNo(row.final),
        number: [row.exportNumber ? `第${row.exportNumber}次` : '', row.hash ?? '']
          .filter(Boolean)
          .join('\n'),
        check: row.message ? '' : `文件${CHECK_WORDS[row.checksums]}\n校验码${CHECK_WORDS[row.printedHash]}`,
        issues: flags || (errors || warnings ? `错误 ${errors}，警告 ${warnings}` : '无'),
      },
    };
  });
}

/**
 * Every counted unit's activities of one plan form in one table, as the seed's roll-up prints
 * them: the unit's 序号 on its first row and its rows under it (their own numbers give way, so
 * the 序号 column merges down the unit), the unit named in 负责单位 where its first row names none.
 */
function mergedPlan(run: RollupRun, form: FormDefinition, table: RowsField): Row[] {
  const units = run.rows.filter((row) => counted(row) && row.form === form.id);
  return units.flatMap((row, index) => {
    const draft = run.submissions.get(row.id)?.draft;
    return rowsOf(draft?.values[table.id]).map((activity, r) => {
      const units = activity.cells.units;
      return {
        id: `${row.id}-${activity.id}`,
        cells: {
          ...activity.cells,
          no: r === 0 ? String(index + 1) : '',
          ...(r === 0 && (typeof units !== 'string' || !units.trim()) ? { units: row.unit ?? '' } : {}),
        },
      };
    });
  });
}

/** The plan forms among the rows, each with its one table, in the order the rows bring them. */
function planForms(run: RollupRun): { form: FormDefinition; table: RowsField }[] {
  const ids = [...new Set(run.rows.filter(counted).flatMap((row) => (row.form ? [row.form] : [])))];
  return ids.flatMap((id) => {
    const form = isFormId(id) ? formOf(id) : undefined;
    const table = form?.fields.find((f): f is RowsField => f.type === 'rows');
    return form?.layout === 'activity-plan' && table ? [{ form, table }] : [];
  });
}

export async function writeRollupDocx(run: RollupRun, target: string): Promise<void> {
  const style = await printStyle({ ...DEFAULT_EXPORT_OPTIONS });
  const total = run.rows.filter(counted).length;
  const duplicates = run.rows.filter((row) => row.duplicateOf).length;
  const unreadable = run.rows.filter((row) => row.message).length;
  const plans = planForms(run);
  const values: Record<string, Row[]> = { [SUMMARY.id]: summaryRows(run) };
  const fields: RowsField[] = [SUMMARY];
  for (const { form, table } of plans) {
    const first = run.rows.find((row) => counted(row) && row.form === form.id);
    const notice = (first && run.submissions.get(first.id)?.campaign.noticeTitle) ?? '';
    const field: RowsField = {
      ...table,
      id: `plan-${form.id}`,
      label: `${planTitle(notice, form.title)}${form.subtitle ?? ''}`,
    };
    fields.push(field);
    values[field.id] = mergedPlan(run, form, table);
  }
  const extra = [duplicates ? `重复 ${duplicates} 份` : '', unreadable ? `无法读取 ${unreadable} 份` : '']
    .filter(Boolean)
    .join('，');
  const bytes = await buildFieldsTable({
    title: '报送材料汇总表',
    subtitle: `（共 ${total} 份${extra ? `；另${extra}` : ''}）`,
    fields,
    values,
    style,
    tableHeadings: true,
  });
  await writeFileAtomic(target, bytes);
}
