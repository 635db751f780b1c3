import { contentHash } from '../../../../shared/draft';
import { formOf } from '../../../../shared/forms';
import type { Field } from '../../../../shared/forms/fields';
import { printStyle } from '../docx';
import type { PrintStyle } from '../style';
import { buildFieldsTable } from './fields-table';
import type { Layout } from './types';

/**
 * The 5·20 activity table as the seed's attachment prints it: the generic table layout on
 * landscape A4 (header repeated, rows whole, 序号 and 负责单位 merged down their rows), titled with
 * the campaign's activity (2021年上海市“5·20世界计量日”系列宣传活动安排汇总表) and its level
 * （市级）, the unit on a line of its own above the table instead of a table of one field.
 */
export interface ActivityPlanInput {
  form: { title: string; subtitle?: string; fields: readonly Field[]; unitField?: string };
  values: Readonly<Record<string, unknown>>;
  campaign: { noticeTitle: string };
  style: PrintStyle;
  exportNumber: number;
  hash: string;
  provisional?: boolean;
}

/**
 * The title the seed prints: the activity the notice opens (关于开展…的通知) with 安排汇总表; a
 * notice worded otherwise gets the form's own title.
 */
export function planTitle(noticeTitle: string, formTitle: string): string {
  const activity = /关于开展(.+活动)的通知$/u.exec(noticeTitle)?.[1];
  return activity ? `${activity}安排汇总表` : formTitle;
}

export async function buildActivityPlan(input: ActivityPlanInput): Promise<Buffer> {
  const { form, values } = input;
  const unit = form.fields.find((field) => field.id === form.unitField);
  const typed = unit ? values[unit.id] : undefined;
  return buildFieldsTable({
    title: planTitle(input.campaign.noticeTitle, form.title),
    ...(form.subtitle ? { subtitle: form.subtitle } : {}),
    ...(unit && typeof typed === 'string' && typed.trim()
      ? { caption: `${unit.label}：${typed.trim()}` }
      : {}),
    fields: form.fields.filter((field) => field !== unit),
    values,
    style: input.style,
    exportNumber: input.exportNumber,
    hash: input.hash,
    tableHeadings: false,
    ...(input.provisional ? { provisional: true } : {}),
  });
}

/** The activity tables (`activity-plan-municipal`, `activity-plan-district`). */
export const activityPlanLayout: Layout = {
  id: 'activity-plan',
  render: async (draft, _draftDir, options) => {
    const form = formOf(draft.form);
    const [style, hash] = await Promise.all([
      printStyle(options.exportOptions),
      options.hash ?? contentHash(draft),
    ]);
    return buildActivityPlan({
      form,
      values: draft.values,
      campaign: { noticeTitle: options.campaign?.noticeTitle ?? '' },
      style,
      exportNumber: options.exportNumber,
      hash,
      provisional: options.provisional,
    });
  },
};
