import { dayText, outsidePeriod, readActivityTime } from './activity-time';
import { defineForm, type FormSpec } from './define';
import type { ColumnField, Field, FormRule, NumberField, Row, RowsField } from './fields';
import { rowsOf } from './rows';

/**
 * The fields and rules of the 世界计量日 forms (seeds 001 and 002, DESIGN §11): the activity table in
 * its municipal and district variants, as the attachment of 沪市监计量〔2021〕260号 prints it, and
 * the activity summary both notices ask for afterwards. Labels are verbatim from the seed; where the
 * notice names no limit, the limits here are what fits the printed table or one 公文 page, as data.
 */

type Values = Readonly<Record<string, unknown>>;

const text = (
  form: string,
  id: string,
  label: string,
  extra: Partial<Omit<ColumnField & { type: 'text' }, 'type'>> = {},
): ColumnField => ({
  id,
  key: `${form}.field.${id}`,
  label,
  name: label,
  type: 'text',
  required: false,
  ...extra,
});

const longText = (form: string, id: string, label: string, limit: number, required = false) =>
  ({
    id,
    key: `${form}.field.${id}`,
    label,
    name: label,
    type: 'longText',
    limit,
    required,
  }) as const satisfies Field;

/** The rows field's id and the printed name a values file keys it by (`"活动": [...]`). */
export const ACTIVITIES = 'activities';

/**
 * The table's columns in printed order. 活动内容 and 宣传内容 are prose; 负责单位 holds several
 * lines (指导单位：… 主办单位：… 承办单位：…) and, in a row that continues a 序号, may stay empty to
 * be merged with the cell above, as the district table prints 金山区.
 */
function planColumns(form: string, withMessage: boolean): ColumnField[] {
  return [
    text(form, 'no', '序号'),
    text(form, 'name', '活动名称', { required: true, limit: { max: 60, unit: 'words' } }),
    { ...longText(form, 'content', '活动内容', 300, true) },
    text(form, 'when', '活动时间', { required: true, limit: { max: 30, unit: 'words' }, multiline: true }),
    text(form, 'channel', '宣传形式', { limit: { max: 60, unit: 'words' }, multiline: true }),
    ...(withMessage ? [longText(form, 'message', '宣传内容', 200)] : []),
    text(form, 'units', '负责单位', { required: true, limit: { max: 200, unit: 'words' }, multiline: true }),
  ];
}

/** The one table of a plan: one 序号 may span rows, and its empty 负责单位 cells merge with it. */
function planTable(form: string, withMessage: boolean): RowsField {
  return {
    id: ACTIVITIES,
    key: `${form}.field.${ACTIVITIES}`,
    label: '活动',
    name: '活动',
    type: 'rows',
    required: true,
    columns: planColumns(form, withMessage),
    minRows: 1,
    maxRows: 500,
    groupBy: 'no',
    continued: ['name', 'units'],
  };
}

const unitField = (form: string, label: string): Field => ({
  id: 'unit',
  key: `${form}.field.unit`,
  label,
  name: label,
  type: 'text',
  required: true,
  fromProfile: 'unit',
  limit: { max: 40, unit: 'words' },
});

/**
 * Each activity whose 活动时间 names a day outside the campaign's 活动时间 (一、活动时间). A warning,
 * never a block: the seed's own roll-up holds 4—5月 and 5月下旬, and the unit knows why.
 */
export function activityTimeRule(form: string, field: string, column: string): FormRule<Values> {
  /**
   * Whether each row's 活动时间 falls outside the period, kept by row: the wizard checks the rules on
   * every key, and a key in another row of a 200-row table leaves this row the same object.
   */
  const outside = new WeakMap<Row, { typed: string; from: string; to: string; outside: boolean }>();
  const isOutside = (row: Row, typed: string, period: { from: string; to: string }, year: number) => {
    const kept = outside.get(row);
    if (kept && kept.typed === typed && kept.from === period.from && kept.to === period.to)
      return kept.outside;
    const spans = readActivityTime(typed, year);
    const found = spans !== null && outsidePeriod(spans, period).length > 0;
    outside.set(row, { typed, from: period.from, to: period.to, outside: found });
    return found;
  };
  return {
    id: `${form}.activity-time`,
    clause: '一、活动时间',
    severity: 'warning',
    field,
    message: 'activity.rule.outsidePeriod',
    check: (values, context) => {
      const period = context?.campaign?.activityPeriod;
      if (!period) return [];
      const year = Number(period.from.slice(0, 4));
      return rowsOf(values[field]).flatMap((row) => {
        const typed = row.cells[column];
        if (typeof typed !== 'string') return [];
        if (!isOutside(row, typed, period, year)) return [];
        return [
          {
            rowId: row.id,
            params: { time: typed, from: dayText(period.from, year), to: dayText(period.to, year) },
          },
        ];
      });
    },
  };
}

function planSpec(id: string, key: string, level: '市级' | '区级', withMessage: boolean): FormSpec {
  return {
    id,
    key,
    layout: 'activity-plan',
    kindName: `活动安排表（${level}）`,
    title: '“5·20世界计量日”系列宣传活动安排汇总表',
    subtitle: `（${level}）`,
    fields: [unitField(key, '填报单位'), planTable(key, withMessage)],
    rules: [activityTimeRule(key, ACTIVITIES, 'when')],
    titleField: 'unit',
    unitField: 'unit',
    steps: [
      { id: 'unit', fields: ['unit'], label: '填报单位' },
      { id: 'activities', fields: [ACTIVITIES], label: '活动安排' },
    ],
  };
}

/** 「活动安排表（市级）」: the seed's first table, with 宣传内容. */
export const activityPlanMunicipalForm = defineForm(
  planSpec('activity-plan-municipal', 'activityPlanMunicipal', '市级', true),
);
/** 「活动安排表（区级）」: the same without 宣传内容. */
export const activityPlanDistrictForm = defineForm(
  planSpec('activity-plan-district', 'activityPlanDistrict', '区级', false),
);

const SUMMARY = 'activitySummary';

/** The figures the notice asks to be summed up (汇总活动、报道和组织收看情况), whole numbers ≥ 0. */
export const SUMMARY_FIGURES: readonly NumberField[] = (
  [
    ['sessions', '活动场次', '场'],
    ['participants', '参与人数', '人'],
    ['reports', '媒体报道篇数', '篇'],
    ['freeChecks', '免费检定/校准台次', '台次'],
    ['viewers', '组织收看人次', '人次'],
  ] as const
).map(([id, label, unit]) => ({
  id,
  key: `${SUMMARY}.field.${id}`,
  label,
  name: label,
  type: 'number',
  required: false,
  integer: true,
  min: 0,
  max: 10_000_000,
  unit,
}));

const summaryActivities: RowsField = {
  id: ACTIVITIES,
  key: `${SUMMARY}.field.${ACTIVITIES}`,
  label: '开展的活动',
  name: '开展的活动',
  type: 'rows',
  required: false,
  columns: [
    text(SUMMARY, 'name', '活动名称', { required: true, limit: { max: 60, unit: 'words' } }),
    text(SUMMARY, 'when', '活动时间', { limit: { max: 30, unit: 'words' } }),
    longText(SUMMARY, 'content', '活动内容', 300),
  ],
  minRows: 0,
  maxRows: 200,
  takesRowsFrom: ['activity-plan-municipal', 'activity-plan-district'],
};

/**
 * 活动场次 fewer than the activities listed: one of the two is wrong (a warning, since a unit may
 * count one activity over two days as one 场, or list one activity of many 场).
 */
const sessionsRule: FormRule<Values> = {
  id: `${SUMMARY}.sessions`,
  clause: '活动要求',
  severity: 'warning',
  field: 'sessions',
  message: 'activity.rule.sessionsBelowActivities',
  check: (values) => {
    const listed = rowsOf(values[ACTIVITIES]).length;
    const sessions = values.sessions;
    return typeof sessions === 'number' && sessions < listed ? [{ params: { sessions, listed } }] : [];
  },
};

/**
 * A 落款 date after the campaign's due date (5月24日前, 7月1日前): the summary is late, or the date
 * is a slip. Both notices set the date under 活动要求.
 */
const signedLateRule: FormRule<Values> = {
  id: `${SUMMARY}.signed-late`,
  clause: '活动要求',
  severity: 'warning',
  field: 'signedOn',
  message: 'activity.rule.signedAfterDeadline',
  check: (values, context) => {
    const deadline = context?.campaign?.deadline;
    const signed = values.signedOn;
    if (!deadline || typeof signed !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(signed) || signed <= deadline)
      return [];
    return [{ params: { date: dayText(signed), deadline: dayText(deadline) } }];
  },
};

/** 「活动总结」: what each unit reports once the activities are over (seed 001 四、4; seed 002 三、（三）). */
export const activitySummaryForm = defineForm({
  id: 'activity-summary',
  key: SUMMARY,
  layout: 'activity-summary',
  kindName: '活动总结',
  title: '“世界计量日”活动总结',
  fields: [
    unitField(SUMMARY, '报送单位'),
    {
      id: 'title',
      key: `${SUMMARY}.field.title`,
      label: '标题',
      name: '标题',
      type: 'text',
      required: false,
      limit: { max: 40, unit: 'words' },
      guidance: '留空时印作：××单位20××年“世界计量日”活动总结',
    },
    {
      id: 'contact',
      key: `${SUMMARY}.field.contact`,
      label: '联系人',
      name: '联系人',
      type: 'text',
      required: true,
      fromProfile: 'contact',
      limit: { max: 10, unit: 'words' },
    },
    {
      id: 'phone',
      key: `${SUMMARY}.field.phone`,
      label: '联系电话',
      name: '联系电话',
      type: 'text',
      required: true,
      fromProfile: 'phone',
      check: 'phone',
      limit: { max: 30, unit: 'chars' },
    },
    summaryActivities,
    ...SUMMARY_FIGURES,
    longText(SUMMARY, 'coverage', '报道情况', 800),
    longText(SUMMARY, 'viewing', '组织收看情况', 500),
    longText(SUMMARY, 'results', '成效与经验', 1500, true),
    longText(SUMMARY, 'problems', '存在问题与下一步打算', 800),
    {
      id: 'signedOn',
      key: `${SUMMARY}.field.signedOn`,
      label: '日期',
      name: '日期',
      type: 'date',
      precision: 'day',
      required: true,
    },
  ],
  rules: [activityTimeRule(SUMMARY, ACTIVITIES, 'when'), sessionsRule, signedLateRule],
  titleField: 'unit',
  unitField: 'unit',
  steps: [
    { id: 'unit', fields: ['unit', 'title', 'contact', 'phone'], label: '报送单位' },
    {
      id: 'activities',
      fields: [ACTIVITIES, ...SUMMARY_FIGURES.map((figure) => figure.id)],
      label: '活动与数据',
    },
    { id: 'body', fields: ['coverage', 'viewing', 'results', 'problems', 'signedOn'], label: '总结正文' },
  ],
});
