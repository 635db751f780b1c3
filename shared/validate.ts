import { isPlausibleEmail, isPlausiblePhone } from './contact';
import { countText, limitLevel, type TextCount } from './count';
import { textOf, type Draft } from './draft';
import type { FieldIssueCode, PreflightIssue } from './issues';
import {
  formOf,
  stepOfField,
  type FieldLimit,
  type FormDefinition,
  type PartTotal,
  type StepId,
} from './forms';
import type { ColumnField, LongTextField, Row, RowsField, RuleContext, SignatureField } from './forms/fields';
import { rowsOf } from './forms/rows';
import { isStoredDate, numberProblem, type NumberProblem } from './forms/values';

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
  field: LongTextField;
  words: number;
  chars: number;
}

export interface TotalCount {
  total: PartTotal;
  words: number;
}

/**
 * How a field's text is counted. The wizard passes a memoised counter so that a keystroke recounts
 * only the field it changed, not the whole draft.
 */
export type FieldCounter = (text: string, partId: string) => TextCount;

/** Every long text of the form counted, and every total the form limits. */
export function countParts(
  draft: Pick<Draft, 'values'>,
  form: FormDefinition,
  count: FieldCounter = countText,
): { parts: PartCount[]; totals: TotalCount[] } {
  const parts = form.fields
    .filter((field): field is LongTextField => field.type === 'longText')
    .map((field) => ({ field, ...count(textOf(draft, field.id), field.id) }));
  const words = new Map(parts.map((p) => [p.field.id, p.words]));
  const totals = form.totals.map((total) => ({
    total,
    words: total.fields.reduce((sum, id) => sum + (words.get(id) ?? 0), 0),
  }));
  return { parts, totals };
}

/** One limited count, as the lists show them: a part with its own limit, or a total. */
export interface LimitedCount {
  id: string;
  step: StepId;
  words: number;
  limit: number;
  /** Set for a total (the parts together), absent for a part's own limit. */
  total?: PartTotal;
  part?: LongTextField;
}

/**
 * The form's limits in printed order: each limited part, and each total after its last part.
 * The draft list, the package's note and the review's table read them in this order.
 */
export function limitedCounts(
  draft: Pick<Draft, 'values'>,
  form: FormDefinition,
  count: FieldCounter = countText,
  { withUnlimited = false } = {},
): (Omit<LimitedCount, 'limit'> & { limit: number | undefined })[] {
  const { parts, totals } = countParts(draft, form, count);
  return parts.flatMap(({ field, words }) => {
    const own =
      field.limit || withUnlimited
        ? [{ id: field.id, step: stepOfField(form, field.id), words, limit: field.limit, part: field }]
        : [];
    const closed = totals
      .filter(({ total }) => total.fields[total.fields.length - 1] === field.id)
      .map(({ total, words }) => ({
        id: total.id,
        step: stepOfField(form, field.id),
        words,
        limit: total.limit,
        total,
      }));
    return [...own, ...closed];
  });
}

/** A total as messages and lists name it: its label without the numbering, and 合计 (案例材料合计). */
export function totalName(total: Pick<PartTotal, 'label'>): string {
  return `${total.label.replace(/^[一二三四五六七八九十]+、/, '')}合计`;
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

/** Whether a value is unanswered: blank text, no number/date/是否 yet, no rows. */
export function isEmptyValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return isBlank(value);
  if (Array.isArray(value)) return value.length === 0;
  return false;
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

/** The declaration: confirmed, signed by name, each entry within what fits beside the stamp. */
function signatureIssues(step: StepId, field: SignatureField, draft: Draft): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!draft.declaration.confirmed)
    issues.push({ severity: 'error', code: 'declaration-unconfirmed', step, field: field.id });
  if (isBlank(draft.declaration.signer))
    issues.push({ severity: 'warning', code: 'signer-missing', step, field: 'signer' });
  for (const over of [
    shortFieldIssue(step, 'signer', draft.declaration.signer.trim(), field.signerLimit),
    shortFieldIssue(step, 'opinion', draft.declaration.opinion.trim(), field.opinionLimit),
  ])
    if (over) issues.push(over);
  return issues;
}

const NUMBER_CODES = {
  notNumber: 'not-a-number',
  notInteger: 'not-integer',
  belowMin: 'below-min',
  aboveMax: 'above-max',
} as const satisfies Record<NumberProblem, FieldIssueCode>;

/**
 * What is wrong with one value of a single-value kind (a field's or a cell's): empty where required,
 * a text that does not read as the kind, a number out of its range, a choice not offered, over a
 * limit. `where` places the finding (its step, field and, for a cell, row and column).
 */
function valueIssues(
  field: ColumnField,
  value: unknown,
  where: Pick<FieldIssue, 'step' | 'field' | 'rowId' | 'column'>,
): FieldIssue[] {
  const at = (code: FieldIssueCode, extra: Partial<FieldIssue> = {}): FieldIssue => ({
    severity: 'error',
    code,
    ...where,
    ...extra,
  });
  if (isEmptyValue(value)) return field.required ? [at('required')] : [];
  switch (field.type) {
    case 'text': {
      const text = typeof value === 'string' ? value.trim() : String(value);
      const issues: FieldIssue[] = [];
      if (field.check === 'phone' && !isPlausiblePhone(text))
        issues.push(at('phone-odd', { severity: 'warning' }));
      else if (field.check === 'email' && !isPlausibleEmail(text))
        issues.push(at('email-odd', { severity: 'warning' }));
      const over = field.limit && shortFieldIssue(where.step, where.field, text, field.limit);
      if (over) issues.push({ ...over, ...where });
      return issues;
    }
    case 'longText': {
      const words = countText(typeof value === 'string' ? value : '').words;
      const over = field.limit ? limitIssue(where.step, where.field, words, field.limit) : null;
      return over ? [{ ...over, ...where }] : [];
    }
    case 'date':
      return isStoredDate(value, field.precision) ? [] : [at('date-invalid', { detail: String(value) })];
    case 'choice':
      return field.other || field.options.includes(String(value))
        ? []
        : [at('not-an-option', { detail: String(value) })];
    case 'yesNo':
      return typeof value === 'boolean' ? [] : [at('not-yes-no', { detail: String(value) })];
    case 'number': {
      const problem = numberProblem(value, field);
      if (!problem) return [];
      const bound = problem === 'belowMin' ? field.min : problem === 'aboveMax' ? field.max : undefined;
      return [
        at(NUMBER_CODES[problem], {
          ...(typeof value === 'number' ? {} : { detail: String(value) }),
          ...(bound !== undefined && Number.isInteger(bound) && bound >= 0 ? { limit: bound } : {}),
        }),
      ];
    }
  }
}

/**
 * Each row's cell findings, kept by row: the wizard validates the whole draft on every key, and a
 * key in one cell of a 200-row table makes a new object of that row alone (rows are never changed
 * in place), so the other 199 rows' findings are taken from here. A row's findings depend on its
 * cells, its field and whether it is the first row (whose empty 序号 is not a continuation).
 */
const rowFindings = new WeakMap<
  RowsField,
  WeakMap<Row, { first: boolean; step: StepId; issues: FieldIssue[] }>
>();

/** The findings of one row's cells against their columns. */
function cellIssues(step: StepId, field: RowsField, row: Row, first: boolean): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const column of field.columns) {
    // A grouped column's empty cell continues the row above: not missing. So does a continued
    // column's (负责单位) in a row that continues its group.
    const empty = !first && isEmptyValue(row.cells[column.id]);
    if (empty && field.groupBy === column.id) continue;
    if (
      empty &&
      field.continued?.includes(column.id) &&
      field.groupBy !== undefined &&
      isEmptyValue(row.cells[field.groupBy])
    )
      continue;
    issues.push(
      ...valueIssues(column, row.cells[column.id], {
        step,
        field: field.id,
        rowId: row.id,
        column: column.id,
      }),
    );
  }
  return issues;
}

/** A table: its row count against its limits, and every cell of every row against its column. */
function rowsIssues(step: StepId, field: RowsField, value: unknown): FieldIssue[] {
  const rows = rowsOf(value);
  const issues: FieldIssue[] = [];
  if (rows.length < field.minRows)
    issues.push({
      severity: 'error',
      code: rows.length === 0 && field.required ? 'required' : 'too-few-rows',
      step,
      field: field.id,
      limit: field.minRows,
    });
  if (rows.length > field.maxRows)
    issues.push({ severity: 'error', code: 'too-many-rows', step, field: field.id, limit: field.maxRows });
  let known = rowFindings.get(field);
  if (!known) rowFindings.set(field, (known = new WeakMap()));
  rows.forEach((row, index) => {
    const first = index === 0;
    const kept = known.get(row);
    if (kept && kept.first === first && kept.step === step) {
      issues.push(...kept.issues);
      return;
    }
    const found = cellIssues(step, field, row, first);
    known.set(row, { first, step, issues: found });
    issues.push(...found);
  });
  return issues;
}

/** The findings of the definition's rules, each with its clause, severity and message. */
function ruleIssues(draft: Draft, form: FormDefinition, context: RuleContext): FieldIssue[] {
  return form.rules.flatMap((rule) =>
    rule.check(draft.values, context).map((finding) => ({
      severity: rule.severity,
      code: 'rule' as const,
      step: stepOfField(form, rule.field),
      field: rule.field,
      ...(finding.rowId ? { rowId: finding.rowId } : {}),
      rule: { id: rule.id, clause: rule.clause, message: rule.message, params: finding.params ?? {} },
    })),
  );
}

/**
 * Every finding in a draft's values, field by field in printed order, each on the step that
 * writes it. A total is checked after its last part.
 */
export function validateDraft(
  draft: Draft,
  form: FormDefinition = formOf(draft.form),
  count: FieldCounter = countText,
  /** The draft's campaign, for the rules that check against its facts (5·20 活动时间, the due date). */
  context: RuleContext = {},
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const counted = new Map(countParts(draft, form, count).parts.map((p) => [p.field.id, p.words]));
  for (const field of form.fields) {
    const step = stepOfField(form, field.id);
    switch (field.type) {
      case 'longText': {
        if (field.required && isBlank(textOf(draft, field.id)))
          issues.push({ severity: 'error', code: 'required', step, field: field.id });
        const over = field.limit ? limitIssue(step, field.id, counted.get(field.id) ?? 0, field.limit) : null;
        if (over) issues.push(over);
        for (const total of form.totals.filter((t) => t.fields[t.fields.length - 1] === field.id)) {
          const words = total.fields.reduce((sum, id) => sum + (counted.get(id) ?? 0), 0);
          const overTotal = limitIssue(step, total.id, words, total.limit);
          if (overTotal) issues.push(overTotal);
        }
        break;
      }
      case 'attachments': {
        const printed = draft.attachments.filter((a) => a.role === field.role).length;
        // The files are one list on the draft: the finding names that list, on the field's step.
        if (field.printedMax && printed > field.printedMax)
          issues.push({
            severity: 'error',
            code: 'too-many-images',
            step,
            field: 'attachments',
            limit: field.printedMax,
          });
        break;
      }
      case 'signature':
        issues.push(...signatureIssues(step, field, draft));
        break;
      case 'rows':
        issues.push(...rowsIssues(step, field, draft.values[field.id]));
        break;
      default:
        issues.push(...valueIssues(field, draft.values[field.id], { step, field: field.id }));
    }
  }
  issues.push(...ruleIssues(draft, form, context));
  return issues;
}

export function issuesOfStep(issues: FieldIssue[], step: StepId): FieldIssue[] {
  return issues.filter((issue) => issue.step === step);
}
