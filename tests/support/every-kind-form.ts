import { defineForm } from '../../shared/forms/define';
import type { Row } from '../../shared/forms/fields';
import { rowsOf } from '../../shared/forms/rows';

/**
 * A test-only form that uses every field kind, registered through the forms-module hook
 * (`DESK_FORMS_MODULE`, docs/ARCHITECTURE.md "Forms modules") and never by an app file: short
 * text, long text with 字 limits and a total, date, choice, number, 是/否, attachments, the
 * signature block and repeating rows with an across-row rule (exactly one 负责人).
 */
export const everyKindForm = defineForm({
  id: 'test-every-kind',
  key: 'testEveryKind',
  layout: 'fields-table',
  kindName: '测试活动表',
  title: '测试活动情况表',
  titleField: 'name',
  unitField: 'unit',
  body: 'texts',
  fields: [
    {
      type: 'text',
      id: 'name',
      key: 'testEveryKind.name',
      label: '活动名称',
      name: '活动名称',
      required: true,
      limit: { max: 30, unit: 'words' },
    },
    {
      type: 'text',
      id: 'unit',
      key: 'testEveryKind.unit',
      label: '报送单位',
      name: '报送单位',
      required: true,
    },
    {
      type: 'date',
      id: 'held',
      key: 'testEveryKind.held',
      label: '举办日期',
      name: '举办日期',
      required: true,
      precision: 'day',
    },
    {
      type: 'choice',
      id: 'level',
      key: 'testEveryKind.level',
      label: '活动级别',
      name: '活动级别',
      required: true,
      options: ['市级', '区级'],
      other: false,
    },
    {
      type: 'number',
      id: 'people',
      key: 'testEveryKind.people',
      label: '参与人数',
      name: '参与人数',
      required: true,
      integer: true,
      min: 1,
      max: 10000,
      unit: '人',
    },
    {
      type: 'yesNo',
      id: 'online',
      key: 'testEveryKind.online',
      label: '是否线上',
      name: '是否线上',
      required: true,
    },
    {
      type: 'longText',
      id: 'aim',
      key: 'testEveryKind.aim',
      label: '活动目的',
      name: '活动目的',
      required: true,
      limit: 50,
    },
    {
      type: 'longText',
      id: 'summary',
      key: 'testEveryKind.summary',
      label: '活动总结',
      name: '活动总结',
      required: false,
      limit: 100,
    },
    {
      type: 'rows',
      id: 'staff',
      key: 'testEveryKind.staff',
      label: '工作人员',
      name: '工作人员',
      required: true,
      minRows: 1,
      maxRows: 5,
      columns: [
        {
          type: 'text',
          id: 'person',
          key: 'testEveryKind.staff.person',
          label: '姓名',
          name: '姓名',
          required: true,
        },
        {
          type: 'choice',
          id: 'role',
          key: 'testEveryKind.staff.role',
          label: '职务',
          name: '职务',
          required: true,
          options: ['负责人', '成员'],
          other: false,
        },
      ],
    },
    {
      type: 'attachments',
      id: 'proofs',
      key: 'testEveryKind.proofs',
      label: '证明材料',
      name: '证明材料',
      required: false,
      role: 'proof',
    },
    {
      type: 'signature',
      id: 'declaration',
      key: 'testEveryKind.declaration',
      label: '声明：报送内容真实',
      name: '声明：报送内容真实',
      required: true,
      statement: '声明：报送内容真实',
      signerLimit: { max: 10, unit: 'words' },
      opinionLimit: { max: 100, unit: 'words' },
    },
  ],
  totals: [
    {
      id: 'texts',
      key: 'testEveryKind.texts',
      label: '二、文字说明',
      fields: ['aim', 'summary'],
      limit: 120,
    },
  ],
  rules: [
    {
      id: 'one-lead',
      clause: '第三条',
      severity: 'error',
      field: 'staff',
      message: 'testEveryKind.rules.oneLead',
      check: (values) => {
        const leads = rowsOf(values.staff).filter((row: Row) => row.cells.role === '负责人').length;
        return leads === 1 ? [] : [{ params: { n: leads } }];
      },
    },
  ],
  steps: [
    { id: 'basics', label: '基本情况', fields: ['name', 'unit', 'held', 'level', 'people', 'online'] },
    { id: 'texts', label: '文字说明', fields: ['aim', 'summary'] },
    { id: 'staff', label: '工作人员', fields: ['staff'] },
    { id: 'sign', label: '附件与声明', fields: ['proofs', 'declaration'] },
  ],
  texts: {
    'zh-Hans': {
      testEveryKind: { rules: { oneLead: '工作人员中应有且只有 1 名负责人，现有 {{n}} 名' } },
    },
    'zh-Hant': {
      testEveryKind: {
        steps: { basics: '基本情況', texts: '文字說明', staff: '工作人員', sign: '附件與聲明' },
        rules: { oneLead: '工作人員中應有且只有 1 名負責人，現有 {{n}} 名' },
      },
    },
  },
});

export const forms = [everyKindForm];
