import type { Draft } from '../../shared/draft';
import { citedClause, interpolate, lookupText, type FormDefinition } from '../../shared/forms';
import type { RowsField } from '../../shared/forms/fields';
import { rowsOf } from '../../shared/forms/rows';
import formTexts from '../../resources/locales/zh-Hans/form.json' with { type: 'json' };
import { totalName } from '../../shared/validate';
import type { PreflightCode, PreflightIssue } from '../../shared/issues';
import type { ErrorCode } from '../../shared/errors';
import errorTexts from '../../resources/locales/zh-Hans/errors.json' with { type: 'json' };

/**
 * What the command line says on standard error (the README's 命令行 section): Chinese, the code in brackets, so a
 * person reads the sentence and a script matches the code — `警告：征集截止日期已过（deadline-passed）`.
 * What the message concerns (a file, a date, `3120/3000字`) follows the bracket.
 */
export type Level = '错误' | '警告' | '提示';

export function message(level: Level, text: string, code: string, detail?: string): string {
  return `${level}：${text}（${code}）${detail ? `：${detail}` : ''}`;
}

/** The app's own sentence for an error code, as its simplified-Chinese UI shows it. */
export function errorMessage(code: ErrorCode, detail?: string): string {
  return message('错误', errorTexts[code].replace(/。$/, ''), code, detail);
}

/** Preflight codes worded for a line of standard error; `{field}` is the field as the form names it. */
const PREFLIGHT_TEXTS: Record<PreflightCode, string> = {
  required: '{field}尚未填写',
  'over-limit': '{field}超出上限',
  'phone-odd': '{field}号码格式不常见，请核对',
  'email-odd': '{field}格式不常见，请核对',
  'too-many-images': '征集表中的图片超过上限',
  'declaration-unconfirmed': '尚未勾选确认声明',
  'signer-missing': '尚未填写报送人姓名',
  'date-invalid': '{field}不是有效的日期',
  'not-an-option': '{field}不在可选项中',
  'not-yes-no': '{field}应填“是”或“否”',
  'not-a-number': '{field}不是数字',
  'not-integer': '{field}应为整数',
  'below-min': '{field}小于下限',
  'above-max': '{field}超过上限',
  'too-few-rows': '{field}的行数少于要求',
  'too-many-rows': '{field}的行数超过上限',
  rule: '{field}：{rule}',
  'attachment-missing': '找不到附件文件',
  'image-broken': '图片无法读取，文件可能已损坏',
  'unsupported-file': '图片格式无法放入 Word 文档，请换用 JPG 或 PNG',
  'image-low-resolution': '图片按打印尺寸分辨率不足 150 dpi，打印可能模糊',
  'deadline-passed': '征集截止日期已过',
  'submission-due': '请按通知报送',
  'sign-date-missing': '没有填写签字日期，打印件上留空待手写',
  'not-final': '草稿尚未定稿',
  'mixed-script': '{field}中简体字与繁体字混用',
};

/**
 * The declaration block's entries as messages name them; `cli new` also takes them as keys of a
 * values file, beside the labels the form prints (报送人签字：, 所在单位/主管部门意见：).
 */
export const DECLARATION_NAMES = {
  signer: '报送人',
  signDate: '签字日期',
  opinion: '单位意见',
  opinionDate: '意见日期',
  signature: '手写签名',
} as const;

/** A field of the form by its id, as the paper names it (联系人, 案例简介, 案例材料合计). */
export function fieldName(form: FormDefinition, id: string | undefined): string {
  if (!id) return '';
  // The signature block is named by its entries (报送人, 单位意见), not by its statement.
  const field = form.fields.find((f) => f.id === id && f.type !== 'signature');
  if (field) return field.name;
  // A total, or a 610 section named the way its total is (简介合计), wherever a finding points at one.
  const total = form.totals.find((t) => t.id === id) ?? form.paper610?.sections.find((s) => s.id === id);
  if (total) return totalName(total);
  return (DECLARATION_NAMES as Record<string, string>)[id] ?? id;
}

/** Words over a limit read as `3120/3000字` (`64/50个字符` for characters), an image limit as `至多 2 张`. */
function detailOf(issue: PreflightIssue): string | undefined {
  if (issue.code === 'over-limit' && issue.words !== undefined && issue.limit !== undefined)
    return `${issue.words}/${issue.limit}${issue.unit === 'chars' ? '个字符' : '字'}`;
  if (issue.code === 'too-many-images' && issue.limit !== undefined) return `至多 ${issue.limit} 张`;
  if (issue.code === 'too-few-rows' && issue.limit !== undefined) return `至少 ${issue.limit} 行`;
  if (issue.code === 'too-many-rows' && issue.limit !== undefined) return `至多 ${issue.limit} 行`;
  if (issue.code === 'below-min' && issue.limit !== undefined) return `下限 ${issue.limit}`;
  if (issue.code === 'above-max' && issue.limit !== undefined) return `上限 ${issue.limit}`;
  if (issue.code === 'mixed-script' && issue.mixed)
    return `繁体字 ${issue.mixed.traditional.join('、')}，简体字 ${issue.mixed.simplified.join('、')}`;
  if (issue.code === 'submission-due' && !issue.detail)
    return `报${issue.recipient ?? ''}${issue.email ? `，电子邮箱 ${issue.email}` : ''}`;
  if (!issue.detail) return undefined;
  if (issue.code === 'deadline-passed' || issue.code === 'submission-due') {
    const [year, month, day] = issue.detail.split('-').map(Number);
    const date = `${year}年${month}月${day}日`;
    if (issue.code === 'deadline-passed') return date;
    return `${date}前报${issue.recipient ?? ''}${issue.email ? `，电子邮箱 ${issue.email}` : ''}`;
  }
  return issue.detail;
}

/** A rule's message in simplified Chinese, from the form's texts, with the clause it comes from. */
function ruleText(form: FormDefinition, rule: NonNullable<PreflightIssue['rule']>): string {
  const text = lookupText(form.texts?.['zh-Hans'], rule.message) ?? lookupText(formTexts, rule.message);
  return `${interpolate(text ?? rule.message, rule.params)}${citedClause(rule.clause)}`;
}

/** What a finding is about: a field, or a cell of a table (活动安排第 2 行的活动名称). */
function subjectOf(form: FormDefinition, issue: PreflightIssue, draft?: Pick<Draft, 'values'>): string {
  const name = fieldName(form, issue.field);
  if (!issue.rowId) return name;
  const rows = rowsOf(draft?.values[issue.field ?? '']);
  const row = rows.findIndex((r) => r.id === issue.rowId) + 1;
  const table = form.fields.find((f): f is RowsField => f.id === issue.field && f.type === 'rows');
  const column = table?.columns.find((c) => c.id === issue.column)?.name;
  return `${name}${row > 0 ? `第 ${row} 行` : ''}${column ? `的${column}` : ''}`;
}

/**
 * A finding in words, without its level and code: the sentence (`案例材料合计超出上限`) and what it
 * concerns (`3120/3000字`). The roll-up's 问题清单 lists findings so; standard error as below.
 */
export function issueWords(
  form: FormDefinition,
  issue: PreflightIssue,
  draft?: Pick<Draft, 'values'>,
): { text: string; detail: string | undefined } {
  const text = PREFLIGHT_TEXTS[issue.code]
    .replace('{field}', subjectOf(form, issue, draft))
    .replace('{rule}', issue.rule ? ruleText(form, issue.rule) : '');
  return { text, detail: detailOf(issue) };
}

/**
 * One finding as a line of standard error. `withField` keeps the field's id beside the code in the
 * brackets (`（required title）`), as `validate` has always printed it for scripts to match.
 */
export function preflightMessage(
  form: FormDefinition,
  issue: PreflightIssue,
  { draft, withField = false }: { draft?: Pick<Draft, 'values'>; withField?: boolean } = {},
): string {
  const { text, detail } = issueWords(form, issue, draft);
  const code = withField && issue.field ? `${issue.code} ${issue.field}` : issue.code;
  return message(issue.severity === 'error' ? '错误' : '警告', text, code, detail);
}
