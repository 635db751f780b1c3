/**
 * A form definition is the attachment of a notice written down as data. The wizard's steps, the
 * counters, validation, preflight and the exporter all read it, so a new form or next year's
 * variant is a new definition (and, for a new layout, one exporter), not edits across the app.
 *
 * Labels are verbatim from the attachment and are what gets printed. The UI shows them through
 * i18next under `key`, so the traditional interface can show them in traditional characters.
 */
export type FormKind = 'case' | 'material';

export type CoverFieldId = 'title' | 'unit' | 'contact' | 'phone' | 'email' | 'address';

import type { FieldLimit, ValueCheck } from './fields';

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

export type StepId = 'cover' | 'summary' | 'body' | 'attachments' | 'proof' | 'declaration' | 'review';

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

export interface FormDefinition {
  kind: FormKind;
  key: string;
  /** The form's title, shared by both kinds. */
  title: string;
  /** （计量创新案例） */
  subtitle: string;
  /** 计量创新案例 — used in file names and lists. */
  kindName: string;
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
  steps: StepId[];
}
