import type { z } from 'zod';
import { CampaignSchema, type Campaign, type CampaignProblem } from '../../../shared/campaign';
import { DeskError } from '../../../shared/errors';

/** `forms[1]`, `postal.address`: a problem's place as the organiser reads their file. */
function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    '',
  );
}

const OWN_CODES = new Set<string>(['not-a-date', 'bad-email', 'bad-id']);

function problemOf(issue: z.core.$ZodIssue): CampaignProblem {
  const path = pathText(issue.path) || '(root)';
  if (OWN_CODES.has(issue.message)) return { path, code: issue.message as CampaignProblem['code'] };
  if (issue.code === 'invalid_type')
    return { path, code: issue.message.endsWith('received undefined') ? 'missing' : 'wrong-type' };
  if (issue.code === 'too_small') return { path, code: 'empty' };
  if (issue.code === 'too_big') return { path, code: 'too-long' };
  if (issue.code === 'invalid_format') return { path, code: 'bad-email' };
  return { path, code: 'invalid' };
}

/**
 * A campaign file's content checked against the schema and against the forms this app has: the
 * campaign, or every problem with the field it is in (at most ten, the first a reader fixes).
 */
export function checkCampaign(
  value: unknown,
  isFormId: (id: string) => boolean,
): { campaign: Campaign } | { problems: CampaignProblem[] } {
  const parsed = CampaignSchema.safeParse(value);
  if (!parsed.success) {
    // A date that fails both its pattern and its calendar check is one problem, not two.
    const problems = parsed.error.issues.map(problemOf);
    const once = problems.filter(
      (problem, index) =>
        problems.findIndex((p) => p.path === problem.path && p.code === problem.code) === index,
    );
    return { problems: once.slice(0, 10) };
  }
  const problems = parsed.data.forms.flatMap((id, index): CampaignProblem[] => {
    if (!isFormId(id)) return [{ path: `forms[${index}]`, code: 'unknown-form', value: id }];
    if (parsed.data.forms.indexOf(id) !== index)
      return [{ path: `forms[${index}]`, code: 'duplicate-form', value: id }];
    return [];
  });
  return problems.length ? { problems } : { campaign: parsed.data };
}

/** A campaign file's text (a BOM is allowed: Notepad writes one) as JSON, or the parser's complaint. */
export function campaignJson(text: string): { value: unknown } | { problems: CampaignProblem[] } {
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch (error) {
    return { problems: [{ path: '(root)', code: 'not-json', value: (error as Error).message }] };
  }
}

const PROBLEM_TEXT: Record<CampaignProblem['code'], string> = {
  unreadable: 'cannot be read',
  'not-json': 'not JSON',
  missing: 'missing',
  'wrong-type': 'wrong type',
  empty: 'empty',
  'too-long': 'too long',
  'not-a-date': 'not a calendar date',
  'bad-email': 'not an e-mail address',
  'bad-id': 'not a file-safe id',
  'unknown-form': 'unknown form',
  'duplicate-form': 'form listed twice',
  'duplicate-id': 'another campaign file has this id',
  invalid: 'invalid',
};

/**
 * `forms[1]: unknown form "x"; deadline: not a calendar date`: the problems as one line, for the
 * error's detail (the CLI, the log); the screens translate the structured problems instead.
 */
export function problemsText(problems: CampaignProblem[]): string {
  return problems
    .map(({ path, code, value }) => `${path}: ${PROBLEM_TEXT[code]}${value ? ` "${value}"` : ''}`)
    .join('; ');
}

/** `campaign-invalid`, with the problems for the screens and their one-line text as the detail. */
export class CampaignInvalid extends DeskError {
  constructor(problems: CampaignProblem[]) {
    super('campaign-invalid', problemsText(problems), problems);
  }
}

/** The campaign, or a `campaign-invalid` error naming every problem. */
export function parseCampaign(value: unknown, isFormId: (id: string) => boolean): Campaign {
  const checked = checkCampaign(value, isFormId);
  if ('problems' in checked) throw new CampaignInvalid(checked.problems);
  return checked.campaign;
}
