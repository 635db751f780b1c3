import type { Field } from '../../../../shared/forms/fields';
import { PLAN } from '../../../../shared/forms/committee/members';
import { compositionOf, compositionText } from '../../../../shared/forms/committee/summary';
import { buildFieldsTable, fieldsTableInput, type FieldsTableInput } from './fields-table';
import type { Layout } from './types';

/**
 * The 计量技术委员会组成方案 as the bureau reads one (docs/LAYOUT.md, "Committee plan"): the generic
 * table layout, titled with the committee's own name (上海市碳计量技术委员会组成方案), and a 组成情况
 * line computed from the member table printed just above it, so the counts a reviewer checks
 * (人数, 单位数, 技术/管理, 职称) can never disagree with the rows.
 */
export const COMPOSITION_LABEL = '组成情况';

const composition: Field = {
  id: 'composition',
  key: 'committee.field.composition',
  label: COMPOSITION_LABEL,
  name: COMPOSITION_LABEL,
  required: false,
  type: 'longText',
};

/** The title: the committee's name with 组成方案, or the form's title while the name is empty. */
function titleOf(input: FieldsTableInput): string {
  const name = input.values[PLAN.name];
  return typeof name === 'string' && name.trim() !== '' ? `${name.trim()}组成方案` : input.title;
}

/** The input the generic table layout prints: the computed 组成情况 placed before the member table. */
export function committeePlanInput(input: FieldsTableInput): FieldsTableInput {
  const at = input.fields.findIndex((field) => field.id === PLAN.members);
  const fields = at < 0 ? [...input.fields, composition] : input.fields.toSpliced(at, 0, composition);
  return {
    ...input,
    title: titleOf(input),
    fields,
    values: { ...input.values, [composition.id]: compositionText(compositionOf(input.values)) },
  };
}

export function buildCommitteePlan(input: FieldsTableInput): Promise<Buffer> {
  return buildFieldsTable(committeePlanInput(input));
}

export const committeePlanLayout: Layout = {
  id: 'committee-plan',
  render: async (draft, _draftDir, options) => buildCommitteePlan(await fieldsTableInput(draft, options)),
};
