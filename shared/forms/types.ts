/**
 * A form definition is the attachment of a notice written down as data. The wizard's steps, the
 * counters, validation, preflight and the exporter all read it, so a new form or next year's
 * variant is a new definition (and, for a new layout, one exporter), not edits across the app.
 *
 * Labels are verbatim from the attachment and are what gets printed. The UI shows them through
 * i18next under `key`, so the traditional interface can show them in traditional characters.
 */
/** A form's id in the registry: `case`, `material`, and whatever a campaign or a test registers. */
export type FormId = string;

export type CoverFieldId = 'title' | 'unit' | 'contact' | 'phone' | 'email' | 'address';

import type { Draft, FieldValue } from '../draft';
import type { Field, FieldLimit, FormRule, ValueCheck } from './fields';
import type { FormTexts } from './texts';

export type { FieldLimit, ValueCheck };

export interface CoverItem {
  id: CoverFieldId;
  key: string;
  /** As printed, with the paper form's padding (联 系 人). */
  label: string;
  /** The accessible name of the field: the label without the padding (联系人). */
  name: string;
  check?: ValueCheck;
  /** Offered from the unit profile when a draft starts. */
  fromProfile: boolean;
  /** What fits on its underline with the cover still alone on page 1. */
  limit: FieldLimit;
}

/** One text field the user writes. */
export interface TextPart {
  id: string;
  key: string;
  /** The field's name on screen and in messages (案例简介, 背景缘由). */
  name: string;
  /** Printed above the user's text inside the section's cell, if the form prints one. */
  heading?: string;
  /** The limit in 字 of this field alone. */
  limit?: number;
  required: boolean;
}

/** A wizard step's id: whatever its form declares (`cover`, `body`, `activities`). */
export type StepId = string;

/**
 * The screens a step may be shown as. A step without one shows its fields, each by its kind's
 * control (`renderer/src/wizard/fields/`); the 610 forms keep their own screens for their steps.
 */
export const STEP_SCREENS = ['fields', 'cover', 'writing', 'attachments', 'declaration', 'review'] as const;
export type StepScreen = (typeof STEP_SCREENS)[number];

/** One step of a form's wizard: the fields written on it, in the order it shows them. */
export interface FormStep {
  id: StepId;
  fields: string[];
  /** The step's name as the form words it (活动情况); the 610 steps are named by the wizard's texts. */
  label?: string;
  /** How the wizard shows it; `fields` when absent. */
  screen?: StepScreen;
}

/** Long texts counted together against one limit in 字 (案例材料: five parts, 3000 字 in all). */
export interface PartTotal {
  id: string;
  key: string;
  /** As printed (二、案例材料): a total is named after it (案例材料合计). */
  label: string;
  fields: string[];
  limit: number;
}

/** A row of the form's table: the part name on the left, the content on the right. */
export interface Section {
  id: string;
  key: string;
  /** The left-column label as printed (一、简介). */
  label: string;
  /**
   * The label broken into the lines it prints as, at word boundaries, each short enough for the
   * label column at 三号 and 四号 (docs/LAYOUT.md). Without it the label is one line.
   */
  labelLines?: readonly string[];
  /** The blank form's advice to the writer: shown beside the fields, never printed. */
  guidance?: string;
  /** The wizard step in which this section is written. */
  step: StepId;
  parts: TextPart[];
  /** A limit in 字 over all parts of the section together. */
  totalLimit?: number;
  /** Whether the printed images go inside this section, after the part the user chose. */
  holdsImages: boolean;
}

export interface AttachmentRules {
  /** Images printed in the form (the case's 1—2 photos). */
  printedImages: { max: number };
  /** Images and videos that travel in the package but are not printed (the material's carriers). */
  carriedMedia: boolean;
  /** Proof files (scans of certificates, clippings) that travel in the package. */
  proofFiles: boolean;
}

/**
 * What only the 610 call's attachment has, printed by the `form-610` layout: the cover block, the
 * table of sections, the declaration with the unit's opinion, and which files it prints or carries.
 * The rest of the app reads the generic definition; the 610 code reads this through `paper610`.
 */
export interface Paper610 {
  cover: CoverItem[];
  sections: Section[];
  declaration: {
    key: string;
    text: string;
    /** The typed name of 报送人, printed under the signature on one line. */
    signerLimit: FieldLimit;
    /** The unit's opinion, printed with 盖章 and its stamp area on one page. */
    opinionLimit: FieldLimit;
  };
  attachments: AttachmentRules;
  /** The notice asks for work carried out within the campaign's `recentYears` (the case's 近两年内开展). */
  recentWork?: boolean;
}

export interface FormDefinition {
  id: FormId;
  key: string;
  /**
   * The exporter module that prints it (`electron/services/export/layouts/`): `form-610` for the
   * two forms of the 2021 call, `fields-table` for a form printed as a table of its fields.
   */
  layout: string;
  /** The form's name (计量创新案例): in 新建…, lists and file names. */
  kindName: string;
  /** The form's printed title. */
  title: string;
  /** The line under the title, where the form has one (（计量创新案例）). */
  subtitle?: string;
  /** Every field in printed order, typed (`./fields.ts`): what values, the CLI and the controls read. */
  fields: Field[];
  /** Long texts limited together (a section's parts), counted and checked beside each field's own limit. */
  totals: PartTotal[];
  /**
   * The form's 正文, where it has one: a total's id or a long text's id. `cli count` reports it as
   * 正文合计, the home screen beside the first limit.
   */
  body?: string;
  /** The notice's rules over the values, each with its clause (evaluated by `validateDraft`). */
  rules: FormRule<Draft['values']>[];
  /** The text field that names a draft (its title in lists and file names; `drafts:rename` sets it). */
  titleField: string;
  /** The text field naming the unit that submits it, shown beside the title where there is one. */
  unitField?: string;
  /** The wizard's steps in order; the last is the review (检查与导出). */
  steps: FormStep[];
  /** A new draft's values, by field id. */
  emptyValues(): Record<string, FieldValue>;
  /** What a printed copy shows of a draft of this form: hashed into its footer (`shared/draft.ts`). */
  content(draft: Draft): Record<string, unknown>;
  /** The 610 attachment's blocks, on the two forms of that call only. */
  paper610?: Paper610;
  /** Texts the form brings with it (`./texts.ts`); the built-in forms' are in the locale files. */
  texts?: FormTexts;
}

/**
 * The 610 part of a form, for the code only a 610 form reaches (its layout, its screens). Reaching
 * it with another form is a wiring mistake, said as one rather than read as undefined.
 */
export function paper610(form: FormDefinition): Paper610 {
  if (!form.paper610) throw new Error(`form ${form.id} has no 610 part (layout ${form.layout})`);
  return form.paper610;
}
