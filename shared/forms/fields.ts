/**
 * The typed fields a form definition is made of (docs/ARCHITECTURE.md, "Forms are data"). Every
 * field kind has one value shape in the draft (format v2, `values[field.id]`), one control in the
 * wizard (`renderer/src/wizard/fields/`) and one way of being checked; a layout prints them.
 *
 * Labels are verbatim from the notice's attachment and are what gets printed; `name` is the label
 * without the paper form's padding and is the control's accessible name and the key of a
 * `cli new --values` file. `key` is the i18next key under which the 繁體 UI shows the label.
 */

/** A limit on a short field: 字 as the notice counts them, or characters (e-mail, phone). */
/** What a limit counts: 字, or characters without spaces (an e-mail address, a phone number). */
export const LIMIT_UNITS = ['words', 'chars'] as const;

export interface FieldLimit {
  max: number;
  unit: (typeof LIMIT_UNITS)[number];
}

/** Which plausibility check a short value gets beyond "not empty" (a warning, never a refusal). */
export type ValueCheck = 'phone' | 'email';

/** The unit profile's entries a new draft is offered (Settings → 单位信息). */
export type ProfileKey = 'unit' | 'contact' | 'phone' | 'email' | 'address';

interface FieldBase {
  id: string;
  key: string;
  label: string;
  name: string;
  required: boolean;
  /** The blank form's advice to the writer: shown beside the field, never printed. */
  guidance?: string;
}

/** One line of text (题目, 报送单位, 活动名称). Value: string. */
export interface ShortTextField extends FieldBase {
  type: 'text';
  limit?: FieldLimit;
  check?: ValueCheck;
  fromProfile?: ProfileKey;
  /** Several lines allowed, still short (负责单位: 指导单位：… 主办单位：…). */
  multiline?: boolean;
}

/** Prose with a limit in 字 (案例简介, 背景缘由). Value: string, stored as typed. */
export interface LongTextField extends FieldBase {
  type: 'longText';
  /** The limit in 字 of this field alone. */
  limit?: number;
  /** Printed above the text inside its cell, if the form prints one (（一）案例简介). */
  heading?: string;
}

/** A calendar day (`YYYY-MM-DD`) or a year-month (`YYYY-MM`, 2023年7月). Value: string | null. */
export interface DateField extends FieldBase {
  type: 'date';
  precision: 'day' | 'month';
}

/** One of a list (专业领域, 委员会职务), or free text when `other` allows it. Value: string. */
export interface ChoiceField extends FieldBase {
  type: 'choice';
  options: readonly string[];
  /** Whether a value outside `options` is accepted (其他, typed by the user). */
  other: boolean;
}

/** A count or amount (活动场次, 参与人数). Value: number | null. */
export interface NumberField extends FieldBase {
  type: 'number';
  min?: number;
  max?: number;
  integer: boolean;
  /** Printed after the figure (场, 人, 篇). */
  unit?: string;
}

/** 是/否. Value: boolean | null (not answered yet). */
export interface YesNoField extends FieldBase {
  type: 'yesNo';
}

/**
 * Files of a role that travel with the draft (printed images, carried media, proof scans). Value:
 * none in `values`; the files are the draft's `attachments` with this `role`.
 */
export interface AttachmentsField extends FieldBase {
  type: 'attachments';
  role: 'image' | 'video' | 'proof';
  /** How many are printed in the form (the case's 1—2 photos); 0 or absent: carried only. */
  printedMax?: number;
}

/**
 * The declaration, the signer's name, the drawn signature and the unit's opinion with its date.
 * Value: the draft's `declaration` record.
 */
export interface SignatureField extends FieldBase {
  type: 'signature';
  /** 声明：报送内容真实、可靠 */
  statement: string;
  signerLimit: FieldLimit;
  opinionLimit: FieldLimit;
}

/** What a table's cell may be: the single-value kinds. */
export type ColumnField = ShortTextField | LongTextField | DateField | ChoiceField | NumberField | YesNoField;

/**
 * Repeating rows (the activity table, the member list). Value: `Row[]`. `label`s of the columns
 * are the printed column headers and the keys of a row in a values file.
 */
export interface RowsField extends FieldBase {
  type: 'rows';
  columns: readonly ColumnField[];
  minRows: number;
  maxRows: number;
  /**
   * A column whose empty cell continues the row above (one 序号 over several activities): the
   * layout merges those cells vertically, and the column renumbers itself.
   */
  groupBy?: string;
  /**
   * Columns whose empty cell, in a row that continues a groupBy group, is the cell above it going
   * on (负责单位 printed once for 金山区's three activities): the layout merges it vertically too.
   */
  continued?: readonly string[];
  /**
   * Forms whose table of the same field id the rows may be taken from, in a draft of the same
   * campaign (the 活动总结's activities held, from that campaign's 活动安排表): the columns both
   * tables have are copied, by column id.
   */
  takesRowsFrom?: readonly string[];
}

export type Field =
  | ShortTextField
  | LongTextField
  | DateField
  | ChoiceField
  | NumberField
  | YesNoField
  | AttachmentsField
  | SignatureField
  | RowsField;

export type FieldType = Field['type'];

/** One cell's value, by the column's kind. */
export type CellValue = string | number | boolean | null;

/** A row of a `rows` field: a stable id (for undo, reorder, React keys) and its cells by column id. */
export interface Row {
  id: string;
  cells: Record<string, CellValue>;
}

/**
 * A rule of the notice checked over the values (at most 20 members; exactly 1 主任委员): declared in
 * the form's definition with the clause it comes from, so the message can name it.
 */
export interface FormRule<Values = unknown> {
  id: string;
  /** The clause of the notice, verbatim: （七）, 第三条. */
  clause: string;
  /** 一般/原则上 rules are warnings the unit may explain; the rest are errors. */
  severity: 'error' | 'warning';
  /** The field the finding points at (a rows field for an across-row rule). */
  field: string;
  /** i18next key of the message; the finding's `params` fill it. */
  message: string;
  /** `context` holds the facts of the draft's campaign (活动时间) a rule may check the values against. */
  check: (values: Values, context?: RuleContext) => RuleFinding[];
}

/** What a rule may read beyond the values: the draft's campaign, as far as a rule needs it. */
export interface RuleContext {
  campaign?: { activityPeriod?: { from: string; to: string }; deadline?: string };
}

export interface RuleFinding {
  /** The row the finding is about, for a per-row rule. */
  rowId?: string;
  params?: Record<string, string | number>;
}
