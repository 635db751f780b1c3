import { textOf, type Draft } from '../../../shared/draft';
import { formOf, type FormDefinition } from '../../../shared/forms';
import type { RollupSubmission } from './index';

/**
 * What the originality check compares: each long text a submission wrote (案例简介, 背景缘由, 成效与经验),
 * by its field id. Short fields (a title, a unit) and table cells are left out: the same 负责单位 or
 * activity name in two units' tables is the city's one activity, not a copy.
 */
export function textsOf(draft: Draft): { field: string; text: string }[] {
  return formOf(draft.form)
    .fields.filter((field) => field.type === 'longText')
    .map((field) => ({ field: field.id, text: textOf(draft, field.id) }))
    .filter(({ text }) => text.trim() !== '');
}

/** Every text a form prints or shows of its own: labels, headings, guidance, the declaration. */
function formTexts(form: FormDefinition): string[] {
  return [
    form.title,
    ...(form.subtitle ? [form.subtitle] : []),
    ...form.fields.flatMap((field) => [
      field.label,
      field.name,
      ...(field.guidance ? [field.guidance] : []),
      ...('heading' in field && field.heading ? [field.heading] : []),
      ...(field.type === 'signature' ? [field.statement] : []),
    ]),
    ...(form.paper610?.sections.flatMap((section) => [
      section.label,
      ...(section.guidance ? [section.guidance] : []),
    ]) ?? []),
  ];
}

/**
 * What is never a finding: the forms' own texts and the notice's words as the campaign holds them
 * (its title and theme), which every submission may quote.
 */
export function ignoredTexts(submissions: readonly RollupSubmission[]): string[] {
  const forms = new Set(submissions.map((s) => s.draft.form));
  const campaigns = new Map(submissions.map((s) => [s.campaign.id, s.campaign]));
  return [
    ...[...forms].flatMap((id) => formTexts(formOf(id))),
    ...[...campaigns.values()].flatMap((c) => [c.noticeTitle, c.theme]),
  ];
}
