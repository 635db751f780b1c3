import type { ColumnField, Field, Row, RowsField } from '../../../../../shared/forms/fields';

/**
 * Test-only form definitions for the generic table layout: the 5·20 activity table (seven
 * columns, one 序号 over several activities, 负责单位 on several lines) and a plan with single
 * fields of every printed kind above a member table.
 */
const base = { key: 'test', required: false };
const text = (id: string, label: string, extra: Partial<ColumnField> = {}): ColumnField =>
  ({ ...base, id, label, name: label, type: 'text', ...extra }) as ColumnField;

export const ACTIVITY_COLUMNS = [
  '序号',
  '活动名称',
  '活动内容',
  '活动时间',
  '宣传形式',
  '宣传内容',
  '负责单位',
];
/** The district table prints the same headers without 宣传内容. */
export const DISTRICT_COLUMNS = ACTIVITY_COLUMNS.filter((header) => header !== '宣传内容');

export const activityField: RowsField = {
  ...base,
  id: 'activities',
  label: '活动',
  name: '活动',
  type: 'rows',
  minRows: 1,
  maxRows: 500,
  groupBy: 'no',
  columns: [
    text('no', '序号'),
    text('name', '活动名称'),
    { ...base, id: 'content', label: '活动内容', name: '活动内容', type: 'longText' },
    text('when', '活动时间'),
    text('form', '宣传形式'),
    text('message', '宣传内容'),
    text('units', '负责单位', { multiline: true }),
  ],
};

/** `count` activities; with `perGroup` > 1 every group of that many shares one 序号. */
export function activityRows(count: number, perGroup = 1): Row[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `row-${i}`,
    cells: {
      no: i % perGroup === 0 ? String(i / perGroup + 1) : '',
      name: `活动第${i + 1}项`,
      content: `面向社区居民开展计量知识宣传，现场为群众免费检测血压计、体温计等民生计量器具（第${i + 1}场）`,
      when: i % 3 === 0 ? '5月11日、12日' : i % 3 === 1 ? '5月17日至5月23日' : '5月20日前',
      form: '现场咨询、展板',
      message: '测量守护健康',
      units: `指导单位：上海市市场监督管理局\n主办单位：第${i + 1}区市场监督管理局\n承办单位：区计量所`,
    },
  }));
}

export const activityForm = (rows: Row[]) => ({
  title: '2021年上海市“5·20世界计量日”系列宣传活动安排汇总表',
  fields: [activityField] as Field[],
  values: { activities: rows },
});

const memberColumns: ColumnField[] = [
  text('name', '姓名'),
  { ...base, id: 'sex', label: '性别', name: '性别', type: 'choice', options: ['男', '女'], other: false },
  { ...base, id: 'born', label: '出生年月', name: '出生年月', type: 'date', precision: 'month' },
  text('unit', '工作单位'),
  text('post', '职务'),
  text('title', '职称'),
  text('role', '委员会职务'),
  text('kind', '人员类别'),
  { ...base, id: 'legal', label: '是否兼职', name: '是否兼职', type: 'yesNo' },
  { ...base, id: 'years', label: '从业年限', name: '从业年限', type: 'number', integer: true, unit: '年' },
  text('phone', '联系方式'),
];

export const planForm = {
  title: '上海市计量技术委员会组成方案',
  subtitle: '（长度计量技术委员会）',
  fields: [
    { ...base, id: 'committee', label: '委员会名称', name: '委员会名称', type: 'text' },
    { ...base, id: 'legal', label: '是否法制计量技术委员会', name: '是否法制计量技术委员会', type: 'yesNo' },
    { ...base, id: 'start', label: '任期起始', name: '任期起始', type: 'date', precision: 'month' },
    { ...base, id: 'count', label: '委员人数', name: '委员人数', type: 'number', integer: true, unit: '人' },
    {
      ...base,
      id: 'secretariat',
      label: '秘书处承担单位',
      name: '秘书处承担单位',
      type: 'longText',
      heading: '（一）秘书处',
    },
    {
      ...base,
      id: 'members',
      label: '委员名单',
      name: '委员名单',
      type: 'rows',
      minRows: 1,
      maxRows: 20,
      columns: memberColumns,
    },
  ] as Field[],
  values: {
    committee: '上海市长度计量技术委员会',
    legal: true,
    start: '2023-07',
    count: 20,
    secretariat: '上海市计量测试技术研究院\n秘书处配备专职人员3名，年度工作经费20万元。',
    members: Array.from({ length: 20 }, (_, i) => ({
      id: `m${i}`,
      cells: {
        name: `委员${i + 1}`,
        sex: i % 2 ? '女' : '男',
        born: `19${70 + (i % 20)}-0${(i % 9) + 1}`,
        unit: i % 3 ? '上海市计量测试技术研究院' : '同济大学',
        post: '室主任',
        title: i % 4 ? '正高级工程师' : '教授',
        role: i === 0 ? '主任委员' : i < 3 ? '副主任委员' : i === 3 ? '秘书长' : '委员',
        kind: '技术专业人员',
        legal: i % 5 === 0,
        years: 10 + i,
        phone: `1380000${String(i).padStart(4, '0')}`,
      },
    })),
  },
};
