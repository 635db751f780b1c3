import { committeeRules } from './committee/rules';
import { CATEGORIES, MEMBER, PLAN, ROLES } from './committee/members';
import { defineForm } from './define';
import type { ColumnField, Field } from './fields';

/**
 * 计量技术委员会组成方案: what a unit setting up a 上海市计量技术委员会 sends to the bureau under
 * 《关于加强上海市计量技术委员会建设的指导意见》 (沪市监计量〔2023〕252号, （七） 「新建计量技术委员会
 * 的组成方案应报市市场监督管理局」). The guidance prints no form, so the labels are its own words
 * where it has them (（六）的专业领域, （八）的行政管理人员, （九）的秘书处承担单位, （十）的工作章程);
 * its rules are in `./committee/rules.ts`.
 */

/** （六）: the 「十大计量」 and the fields it names beyond them; anything else is typed as 其他. */
export const DOMAINS = [
  '长度',
  '热学',
  '力学',
  '电磁',
  '无线电',
  '时间频率',
  '声学',
  '光学',
  '电离辐射',
  '化学',
  '生态环境',
  '医疗健康',
  '生物计量',
  '先进制造',
  '新能源',
  '新材料',
  '新一代信息技术',
  '碳达峰碳中和',
] as const;

/** （六）: a committee, a 分技术委员会 under one, or a 专项工作组 under one. */
export const KINDS = ['计量技术委员会', '分技术委员会', '专项工作组'] as const;

/** （七）（八）: who recommends members, and the enterprises the guidance wants on committees. */
export const UNIT_TYPES = [
  '计量技术机构',
  '科研院所',
  '高等院校',
  '高新技术企业',
  '专业社团',
  '外商投资企业',
  '民营企业',
  '中小微企业',
] as const;

/** A field's or a column's common part; its locale key under `committee.field` or `committee.member`. */
const entry = (group: 'field' | 'member') => (id: string, label: string) => ({
  id,
  key: `committee.${group}.${id}`,
  label,
  name: label,
  required: false,
});
const field = entry('field');
const column = entry('member');

const columns: ColumnField[] = [
  { ...column(MEMBER.name, '姓名'), type: 'text', required: true, limit: { max: 10, unit: 'words' } },
  { ...column(MEMBER.gender, '性别'), type: 'choice', options: ['男', '女'], other: false },
  { ...column(MEMBER.born, '出生年月'), type: 'date', precision: 'month' },
  { ...column(MEMBER.unit, '工作单位'), type: 'text', required: true, limit: { max: 40, unit: 'words' } },
  { ...column(MEMBER.post, '职务'), type: 'text', limit: { max: 20, unit: 'words' } },
  {
    ...column(MEMBER.title, '职称'),
    type: 'text',
    limit: { max: 20, unit: 'words' },
    guidance: '行政管理人员可不填；具有同等资历的，填写如“工程师（同等资历）”，并在说明中写明',
  },
  { ...column(MEMBER.role, '委员会职务'), type: 'choice', options: ROLES, other: false, required: true },
  {
    ...column(MEMBER.category, '人员类别'),
    type: 'choice',
    options: CATEGORIES,
    other: false,
    required: true,
  },
  { ...column(MEMBER.unitType, '单位性质'), type: 'choice', options: UNIT_TYPES, other: true },
  { ...column(MEMBER.speciality, '专业'), type: 'text', limit: { max: 20, unit: 'words' } },
  { ...column(MEMBER.contact, '联系方式'), type: 'text', check: 'phone', limit: { max: 40, unit: 'chars' } },
];

/** In printed order: the 说明 stands with the facts, and the member table (landscape) comes last. */
const fields: Field[] = [
  { ...field(PLAN.name, '委员会名称'), type: 'text', required: true, limit: { max: 40, unit: 'words' } },
  { ...field(PLAN.domain, '专业领域'), type: 'choice', options: DOMAINS, other: true, required: true },
  { ...field(PLAN.legal, '是否法制计量技术委员会'), type: 'yesNo', required: true },
  { ...field(PLAN.kind, '组织形式'), type: 'choice', options: KINDS, other: false },
  {
    ...field(PLAN.parent, '所属计量技术委员会'),
    type: 'text',
    limit: { max: 40, unit: 'words' },
    guidance: '分技术委员会或专项工作组填写',
  },
  { ...field(PLAN.termStart, '任期起始'), type: 'date', precision: 'month', required: true },
  {
    ...field(PLAN.termEnd, '任期截止'),
    type: 'date',
    precision: 'month',
    required: true,
    guidance: '每届任期4年，如2023年7月至2027年6月',
  },
  {
    ...field(PLAN.secretariat, '秘书处承担单位'),
    type: 'text',
    required: true,
    limit: { max: 40, unit: 'words' },
  },
  { ...field(PLAN.staff, '秘书处人员配备'), type: 'longText', limit: 300 },
  { ...field(PLAN.equipment, '秘书处设备设施'), type: 'longText', limit: 300 },
  { ...field(PLAN.funding, '秘书处工作经费'), type: 'longText', limit: 300 },
  { ...field(PLAN.charter, '已建立工作章程'), type: 'yesNo' },
  { ...field(PLAN.secretariatRules, '已建立秘书处工作细则'), type: 'yesNo' },
  { ...field(PLAN.fundsRules, '已建立经费和档案管理制度'), type: 'yesNo' },
  {
    ...field(PLAN.notes, '说明'),
    type: 'longText',
    limit: 1000,
    guidance: '对未按“一般”“原则上”要求组成的情况，可在此说明理由',
  },
  {
    ...field(PLAN.members, '委员名单'),
    type: 'rows',
    required: true,
    columns,
    minRows: 1,
    // Past （七）'s 20 the plan warns, never refuses: a unit may explain more in its 说明.
    maxRows: 60,
    guidance: '委员一般不超过20人；同一单位原则上不超过3人',
  },
];

export const committeePlanForm = defineForm({
  id: 'committee-plan',
  key: 'committee',
  layout: 'committee-plan',
  kindName: '计量技术委员会组成方案',
  title: '计量技术委员会组成方案',
  fields,
  rules: committeeRules,
  titleField: PLAN.name,
  unitField: PLAN.secretariat,
  steps: [
    {
      id: 'committee',
      label: '委员会基本情况',
      fields: [PLAN.name, PLAN.domain, PLAN.legal, PLAN.kind, PLAN.parent, PLAN.termStart, PLAN.termEnd],
    },
    {
      id: 'secretariat',
      label: '秘书处与内部制度',
      fields: [
        PLAN.secretariat,
        PLAN.staff,
        PLAN.equipment,
        PLAN.funding,
        PLAN.charter,
        PLAN.secretariatRules,
        PLAN.fundsRules,
      ],
    },
    { id: 'members', label: '委员名单', fields: [PLAN.members] },
    { id: 'notes', label: '说明', fields: [PLAN.notes] },
  ],
});
