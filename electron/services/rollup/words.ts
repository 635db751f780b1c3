import errorTexts from '../../../resources/locales/zh-Hans/errors.json' with { type: 'json' };
import { formOf, isFormId } from '../../../shared/forms';
import type { PreflightIssue } from '../../../shared/issues';
import type { RollupCheck, RollupRow, SharedPassage } from '../../../shared/rollup';
import { fieldName, issueWords } from '../../cli/messages';
import type { RollupRun } from './index';

/**
 * The roll-up's exports in words (simplified Chinese, as the app's files are): the spreadsheet and
 * the .docx say a check, a flag and a finding the same way. Findings are worded as the command
 * line words them (`electron/cli/messages.ts`), an unreadable input by its error's own sentence.
 */
export const CHECK_WORDS: Record<RollupCheck, string> = {
  ok: '一致',
  mismatch: '不一致',
  unchecked: '未核对',
};
export const MANIFEST_WORDS: Record<RollupRow['manifest'], string> = {
  present: '有',
  absent: '无（旧版报送包）',
  'not-a-package': '—',
};
export const KIND_WORDS: Record<RollupRow['kind'], string> = {
  submission: '报送包',
  portable: '草稿包',
  folder: '草稿文件夹',
  docx: 'Word 文档',
  unknown: '其他文件',
};
export const yesNo = (value: boolean) => (value ? '是' : '否');

/** 签字: 是/否 for a form with a signature block, — for one without (an activity plan has none to sign). */
export function signedText(row: RollupRow): string {
  const form = row.form && isFormId(row.form) ? formOf(row.form) : undefined;
  if (!form?.fields.some((field) => field.type === 'signature')) return '—';
  return yesNo(row.signed);
}

/** Why an input could not be read: the error's sentence, and what it concerns. */
export function messageText(message: NonNullable<RollupRow['message']>): string {
  const text = errorTexts[message.code].replace(/。$/, '');
  return message.detail ? `${text}（${message.detail}）` : text;
}

/** A finding of a row: its sentence, and what it concerns after a colon. */
export function issueText(run: RollupRun, row: RollupRow, issue: PreflightIssue): string {
  const form = formOf(row.form!);
  const { text, detail } = issueWords(form, issue, run.submissions.get(row.id)?.draft);
  return detail ? `${text}：${detail}` : text;
}

/** A finding's field as the form names it (案例简介), or '' for one about the whole submission. */
export function issueField(row: RollupRow, issue: PreflightIssue): string {
  return row.form && isFormId(row.form) ? fieldName(formOf(row.form), issue.field) : (issue.field ?? '');
}

/** A row's flags in one cell: 重复 (of which row), 已损坏 (with why). */
export function flagsOf(row: RollupRow, rows: readonly RollupRow[]): string {
  if (row.message) return `已损坏：${messageText(row.message)}`;
  if (row.duplicateOf) {
    const first = rows.find((r) => r.id === row.duplicateOf);
    return `重复（与 ${first?.source ?? row.duplicateOf} 相同）`;
  }
  return '';
}

/** A row's 字数 in one cell: `案例简介 247/300，案例材料合计 2886/3000（超出）`. */
export function countsText(row: RollupRow): string {
  return row.counts.map((c) => `${c.label} ${c.count}/${c.limit}${c.over ? '（超出）' : ''}`).join('，');
}

/** One side of a shared passage: the submission's unit and title, or the earlier year's file. */
export function passageSide(
  run: RollupRun,
  side: SharedPassage['a'] | SharedPassage['b'],
): { unit: string; title: string; field: string } {
  if ('earlier' in side) return { unit: '往年材料', title: side.earlier, field: side.field };
  const row = run.rows.find((r) => r.id === side.row);
  const form = row?.form && isFormId(row.form) ? formOf(row.form) : undefined;
  return {
    unit: row?.unit ?? '',
    title: row?.title ?? row?.source ?? side.row,
    field: form ? fieldName(form, side.field) : side.field,
  };
}
