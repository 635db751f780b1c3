import type { Draft } from '../../shared/draft';
import type { FormDefinition } from '../../shared/forms';
import type { PreflightIssue } from '../../shared/issues';
import type { ErrorCode } from '../../shared/errors';
import errorTexts from '../../resources/locales/zh-Hans/errors.json' with { type: 'json' };
import { issueWords } from '../services/issue-words';

export { DECLARATION_NAMES, fieldName } from '../services/issue-words';

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
