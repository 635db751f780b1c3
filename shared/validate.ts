import { isPlausibleEmail, isPlausiblePhone } from './contact';
import { countText, limitLevel, type TextCount } from './count';
import { textOf, type Draft } from './draft';
import type { FieldIssueCode, PreflightIssue } from './issues';
import {
  formOf,
  type FieldLimit,
  type FormDefinition,
  type Section,
  type StepId,
  type TextPart,
} from './forms';

/**
 * What the wizard lists as missing on each step and what preflight reports before export.
 * One function reads the form definition, so a new form gets its checks from its data.
 */
/** A finding in the values: a preflight issue of a wizard code, always about a field. */
export type FieldIssue = Omit<PreflightIssue, 'code' | 'field'> & {
  code: FieldIssueCode;
  field: string;
};

export interface PartCount {
  part: TextPart;
  words: number;
  chars: number;
}

export interface SectionCount {
  section: Section;
  parts: PartCount[];
  /** The section's 字数 over all its parts. */
  words: number;
}

/**
 * How a field's text is counted. The wizard passes a memoised counter so that a keystroke recounts
 * only the field it changed, not the whole draft.
 */
export type FieldCounter = (text: string, partId: string) => TextCount;

export function countSection(
  draft: Pick<Draft, 'values'>,
  section: Section,
  count: FieldCounter = countText,
): SectionCount {
  const parts = section.parts.map((part) => ({ part, ...count(textOf(draft, part.id), part.id) }));
  return { section, parts, words: parts.reduce((sum, p) => sum + p.words, 0) };
}

/**
 * Whether a field holds nothing a reader would see: white space, and the zero-width and other
 * format characters (U+200B, U+FEFF, bidi marks) that a paste can bring without a visible letter.
 */
export function isBlank(text: string): boolean {
  return !/[^\s\p{Cf}\p{Cc}]/u.test(text);
}

function limitIssue(step: StepId, field: string, words: number, limit: number): FieldIssue | null {
  const level = limitLevel(words, limit);
  if (level === 'over') return { severity: 'error', code: 'over-limit', step, field, words, limit };
  return null;
}

/** A short field's text counted in its limit's unit: 字, or characters without spaces. */
export function countForLimit(text: string, limit: FieldLimit): number {
  const counted = countText(text);
  return limit.unit === 'chars' ? counted.chars : counted.words;
}

/** A short field (cover item, 报送人, opinion) against its limit, counted in its limit's unit. */
function shortFieldIssue(step: StepId, field: string, text: string, limit: FieldLimit): FieldIssue | null {
  const issue = limitIssue(step, field, countForLimit(text, limit), limit.max);
  return issue && { ...issue, unit: limit.unit };
}

export function validateDraft(
  draft: Draft,
  form: FormDefinition = formOf(draft.form),
  count: FieldCounter = countText,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const item of form.cover) {
    const value = textOf(draft, item.id).trim();
    if (isBlank(value)) issues.push({ severity: 'error', code: 'required', step: 'cover', field: item.id });
    else if (item.check === 'phone' && !isPlausiblePhone(value))
      issues.push({ severity: 'warning', code: 'phone-odd', step: 'cover', field: item.id });
    else if (item.check === 'email' && !isPlausibleEmail(value))
      issues.push({ severity: 'warning', code: 'email-odd', step: 'cover', field: item.id });
    const over = shortFieldIssue('cover', item.id, value, item.limit);
    if (over) issues.push(over);
  }
  for (const section of form.sections) {
    const counted = countSection(draft, section, count);
    for (const { part, words } of counted.parts) {
      if (part.required && isBlank(textOf(draft, part.id)))
        issues.push({ severity: 'error', code: 'required', step: section.step, field: part.id });
      const over = part.limit ? limitIssue(section.step, part.id, words, part.limit) : null;
      if (over) issues.push(over);
    }
    const over = section.totalLimit
      ? limitIssue(section.step, section.id, counted.words, section.totalLimit)
      : null;
    if (over) issues.push(over);
  }
  const printed = draft.attachments.filter((a) => a.role === 'image').length;
  const maxPrinted = form.attachments.printedImages.max;
  if (maxPrinted > 0 && printed > maxPrinted)
    issues.push({
      severity: 'error',
      code: 'too-many-images',
      step: 'attachments',
      field: 'attachments',
      limit: maxPrinted,
    });
  if (!draft.declaration.confirmed)
    issues.push({
      severity: 'error',
      code: 'declaration-unconfirmed',
      step: 'declaration',
      field: 'declaration',
    });
  if (isBlank(draft.declaration.signer))
    issues.push({ severity: 'warning', code: 'signer-missing', step: 'declaration', field: 'signer' });
  const { signerLimit, opinionLimit } = form.declaration;
  for (const over of [
    shortFieldIssue('declaration', 'signer', draft.declaration.signer.trim(), signerLimit),
    shortFieldIssue('declaration', 'opinion', draft.declaration.opinion.trim(), opinionLimit),
  ])
    if (over) issues.push(over);
  return issues;
}

export function issuesOfStep(issues: FieldIssue[], step: StepId): FieldIssue[] {
  return issues.filter((issue) => issue.step === step);
}
