import type { FormDefinition } from '../../shared/forms';
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
  if (issue.code === 'mixed-script' && issue.mixed)
    return `繁体字 ${issue.mixed.traditional.join('、')}，简体字 ${issue.mixed.simplified.join('、')}`;
  if (!issue.detail) return undefined;
  if (issue.code === 'deadline-passed' || issue.code === 'submission-due') {
    const [year, month, day] = issue.detail.split('-').map(Number);
    const date = `${year}年${month}月${day}日`;
    if (issue.code === 'deadline-passed') return date;
    return `${date}前报${issue.recipient ?? ''}${issue.email ? `，电子邮箱 ${issue.email}` : ''}`;
  }
  return issue.detail;
}

export function preflightMessage(form: FormDefinition, issue: PreflightIssue): string {
  const text = PREFLIGHT_TEXTS[issue.code].replace('{field}', fieldName(form, issue.field));
  return message(issue.severity === 'error' ? '错误' : '警告', text, issue.code, detailOf(issue));
}
