import { z } from 'zod';
import { formIds, formOf, stepIds } from './forms';
import { LIMIT_UNITS } from './forms/fields';
import type { MixedScript } from './scripts';

/**
 * The findings the wizard lists and preflight reports, as one list of codes that crosses the IPC
 * boundary typed: main, the renderer and the CLI word each code, and none keeps its own copy.
 */
export const FIELD_ISSUE_CODES = [
  'required',
  'over-limit',
  'phone-odd',
  'email-odd',
  'too-many-images',
  'declaration-unconfirmed',
  'signer-missing',
  'date-invalid',
  'not-an-option',
  'not-yes-no',
  'not-a-number',
  'not-integer',
  'below-min',
  'above-max',
  'too-few-rows',
  'too-many-rows',
  'rule',
] as const;
/** What `validateDraft` finds in the values: the wizard's own checks, worded by the wizard. */
export type FieldIssueCode = (typeof FIELD_ISSUE_CODES)[number];

/** What only the export looks at: the files, the print quality, the deadline, 定稿. */
export const EXPORT_ISSUE_CODES = [
  'attachment-missing',
  'image-broken',
  'unsupported-file',
  'image-low-resolution',
  'deadline-passed',
  'sign-date-missing',
  'not-final',
] as const;
export type ExportIssueCode = (typeof EXPORT_ISSUE_CODES)[number];

export const PREFLIGHT_CODES = [...FIELD_ISSUE_CODES, ...EXPORT_ISSUE_CODES, 'mixed-script'] as const;
export const PreflightCodeSchema = z.enum(PREFLIGHT_CODES);
export type PreflightCode = z.infer<typeof PreflightCodeSchema>;

const fieldIssueCodes = new Set<PreflightCode>(FIELD_ISSUE_CODES);
const exportIssueCodes = new Set<PreflightCode>(EXPORT_ISSUE_CODES);

export function isFieldIssueCode(code: PreflightCode): code is FieldIssueCode {
  return fieldIssueCodes.has(code);
}

export function isExportIssueCode(code: PreflightCode): code is ExportIssueCode {
  return exportIssueCodes.has(code);
}

/**
 * A wizard step, as a form definition names it (`shared/forms/types.ts`): forms declare their own,
 * so the contract holds the ids the registry's forms declare (read when a message is checked, so a
 * form registered at start counts), and refuses any other.
 */
export const StepIdSchema = z
  .string()
  .refine((id) => formIds().some((form) => stepIds(formOf(form)).includes(id)), {
    message: 'not a step of any registered form',
  });

export const PreflightIssueSchema = z.object({
  severity: z.enum(['error', 'warning']),
  code: PreflightCodeSchema,
  /** Where to jump to fix it: a wizard step and, where one exists, a field id. */
  step: StepIdSchema,
  /** A cover field id, a part id, a section id, or `declaration`/`attachments`/`signer`/…. */
  field: z.string().optional(),
  /** The count of an over-limit field, in `unit`. */
  words: z.number().int().nonnegative().optional(),
  /** The limit it is measured against (also the most printed images). */
  limit: z.number().int().nonnegative().optional(),
  /** What `words` and `limit` count: 字, or characters for an e-mail address or phone number. */
  unit: z.enum(LIMIT_UNITS).optional(),
  /** A few characters of each script in a field that mixes them (`mixed-script`). */
  mixed: z
    .object({ traditional: z.array(z.string()), simplified: z.array(z.string()) })
    .optional() satisfies z.ZodType<MixedScript | undefined>,
  /** Free text the finding concerns: a file name, the deadline's ISO date. */
  detail: z.string().optional(),
  /** The row of a table field the finding is about, and the column, where it is about one cell. */
  rowId: z.string().optional(),
  column: z.string().optional(),
  /**
   * A rule of the form's definition that found it (`rule`): its id, the notice's clause, the
   * i18next key of its message in the `form` texts and the message's parameters.
   */
  rule: z
    .object({
      id: z.string(),
      clause: z.string(),
      message: z.string(),
      params: z.record(z.string(), z.union([z.string(), z.number()])),
    })
    .optional(),
});
export type PreflightIssue = z.infer<typeof PreflightIssueSchema>;
