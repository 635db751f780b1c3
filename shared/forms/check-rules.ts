import type { Draft } from '../draft';
import { rowsOf } from './rows';
import type { FormRule, RuleFinding } from './fields';
import type { FormDefinition } from './types';

/**
 * A form's rules (`FormRule`, each with the clause of the notice it comes from) evaluated over a
 * draft's values: what `cli validate --strict` reports and the wizard shows beside the field or row
 * a finding points at.
 */
export interface RuleIssue extends RuleFinding {
  rule: FormRule<Draft['values']>;
  /** The 1-based number of the row `rowId` names in the rule's field, for messages. */
  row?: number;
}

export function checkRules(form: Pick<FormDefinition, 'rules'>, values: Draft['values']): RuleIssue[] {
  return form.rules.flatMap((rule) => {
    const rows = rowsOf(values[rule.field]);
    return rule.check(values).map((finding): RuleIssue => {
      const index = finding.rowId === undefined ? -1 : rows.findIndex((row) => row.id === finding.rowId);
      return { ...finding, rule, ...(index >= 0 ? { row: index + 1 } : {}) };
    });
  });
}

/** A message with its `{{name}}` placeholders filled from a finding's params, as i18next fills them. */
export function fillMessage(template: string, params: RuleFinding['params'] = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
