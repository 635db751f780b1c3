import { z } from 'zod';
import { isDraftPath, MAX_DRAFT_PATH_LENGTH } from './draft-path';
import { DEFAULT_OPINION, formOf, type FormId } from './forms';
import type { CellValue, Row } from './forms/fields';
import { PRINTED_HASH_PATTERN } from './printed-hash';

/**
 * The draft format, version 2: the values by the form definition's field ids. Written to `<data-dir>/drafts/<id>/draft.json`; attachment files lie
 * beside it and are referenced by relative paths, so a draft folder is self-contained
 * (docs/DRAFTS.md; the command line reads it in place). `shared/schema/draft.schema.json` is
 * generated from this schema and committed.
 */
export const DRAFT_FORMAT_VERSION = 2;

/**
 * The largest draft, in characters of its JSON, that the app saves and a package may carry: one
 * limit for both, so a draft that could be imported can always be saved again.
 */
export const MAX_DRAFT_CHARS = 20 * 1024 * 1024;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const isoDateTime = z.iso.datetime({ offset: true });
/**
 * A file of the draft folder: `attachments/…`, relative, no `.`/`..`, no controls or look-alikes
 * (`shared/draft-path.ts`). The pattern is for the generated JSON Schema; the check that decides is
 * `isDraftPath`, which main applies again on disk where symlinks are resolved.
 */
export const RelativePathSchema = z
  .string()
  .min(1)
  .max(MAX_DRAFT_PATH_LENGTH)
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .regex(/^attachments\/[^\\:*?"<>|\u0000-\u001f]+$/, 'a file under attachments/ of the draft folder')
  .refine(isDraftPath, 'a file under attachments/ of the draft folder');

/**
 * A form's id in the registry (`shared/forms`): `case`, `material`, `activity-plan-municipal`. The
 * registry is open (a campaign file or a test registers more), so the schema checks the shape and
 * the services check that the form is known.
 */
export const FormIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, 'a form id: lower-case letters, digits, -');

/** A cell of a table row, by its column's kind (`shared/forms/fields.ts`). */
export const CellValueSchema: z.ZodType<CellValue> = z.union([z.string(), z.number(), z.boolean(), z.null()]);

export const RowSchema: z.ZodType<Row> = z.object({
  id: z.string().min(1).max(64),
  cells: z.record(z.string().max(64), CellValueSchema),
});

/**
 * A value of `values`, by its field's kind: text for text, long text, choice and date (null: no
 * date yet), a number, a yes/no, the rows of a table. No lengths: the schema never refuses a save
 * for what the user typed; the limits are validation, in the form definitions.
 */
export const FieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(RowSchema)]);
export type FieldValue = z.infer<typeof FieldValueSchema>;

export const AttachmentRoleSchema = z.enum(['image', 'video', 'proof']);
export type AttachmentRole = z.infer<typeof AttachmentRoleSchema>;

export const AttachmentSchema = z.object({
  id: z.string().min(1).max(64),
  role: AttachmentRoleSchema,
  /** The original file as the user gave it; it travels in the submission package. */
  file: RelativePathSchema,
  /** For images: the copy downscaled for the printed form (long side about 2000 px). */
  printFile: RelativePathSchema.optional(),
  originalName: z.string().min(1).max(255),
  mime: z.string().min(1).max(100),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  caption: z.string().max(200).default(''),
  /** For printed images: the body part the image follows. */
  afterPart: z.string().max(64).optional(),
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const DeclarationSchema = z.object({
  confirmed: z.boolean().default(false),
  signer: z.string().default(''),
  /** null leaves 年　月　日 blank for a handwritten date. */
  signDate: isoDate.nullable().default(null),
  /** The drawn signature, a PNG in the draft folder. */
  signatureFile: RelativePathSchema.optional(),
  opinion: z.string().default(DEFAULT_OPINION),
  opinionDate: isoDate.nullable().default(null),
});
export type Declaration = z.infer<typeof DeclarationSchema>;

/** A draft is exported a handful of times; a number past this is forged, and would overflow the footer. */
export const MAX_EXPORT_NUMBER = 99_999;

export const ExportRecordSchema = z.object({
  number: z.number().int().positive().max(MAX_EXPORT_NUMBER),
  at: isoDateTime,
  /** The SHA-256 over the draft's content as printed in the footer (`printedHash`). */
  hash: z.string().regex(PRINTED_HASH_PATTERN),
  files: z.array(z.string().max(500)).max(20),
  /** Whether the printed copy said 草稿. */
  provisional: z.boolean(),
});
export type ExportRecord = z.infer<typeof ExportRecordSchema>;

export const DraftStatusSchema = z.enum(['draft', 'final']);
export type DraftStatus = z.infer<typeof DraftStatusSchema>;

export const DraftSchema = z.object({
  formatVersion: z.literal(DRAFT_FORMAT_VERSION),
  id: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/),
  /** The form's id in the registry (`shared/forms`). */
  form: FormIdSchema,
  campaignId: z.string().min(1).max(100),
  status: DraftStatusSchema.default('draft'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Optional metadata from the notice's list of domains; not printed. */
  domain: z.string().max(50).default(''),
  /** What the user filled in, keyed by the form definition's field ids. Text is stored as typed. */
  values: z.record(z.string().max(64), FieldValueSchema),
  attachments: z.array(AttachmentSchema).max(200).default([]),
  declaration: DeclarationSchema,
  exports: z.array(ExportRecordSchema).default([]),
});
export type Draft = z.infer<typeof DraftSchema>;

/** What the draft list shows, without loading every field of every draft into the renderer. */
export const DraftSummarySchema = z.object({
  id: z.string(),
  form: FormIdSchema,
  campaignId: z.string(),
  title: z.string(),
  unit: z.string(),
  status: DraftStatusSchema,
  exported: z.boolean(),
  updatedAt: isoDateTime,
  createdAt: isoDateTime,
  /** Every part's 字数 added up, the proof included (kept for callers of `drafts:list`). */
  words: z.number().int().nonnegative(),
  /**
   * Each limit of the form with the text it applies to (简介 120/300, 正文 2897/3000), in the
   * order of the steps: what the list shows, so a figure always stands next to what it is held to.
   */
  limits: z.array(
    z.object({
      step: z.string(),
      words: z.number().int().nonnegative(),
      limit: z.number().int().positive(),
    }),
  ),
});
export type DraftSummary = z.infer<typeof DraftSummarySchema>;

export function emptyDraft(args: {
  id: string;
  form: FormId;
  campaignId: string;
  now: Date;
  /** Values to start from (the unit profile's entries), by field id. */
  values?: Record<string, FieldValue>;
}): Draft {
  const now = args.now.toISOString();
  return DraftSchema.parse({
    formatVersion: DRAFT_FORMAT_VERSION,
    id: args.id,
    form: args.form,
    campaignId: args.campaignId,
    createdAt: now,
    updatedAt: now,
    values: { ...formOf(args.form).emptyValues(), ...args.values },
    declaration: { signDate: localDate(args.now) },
  });
}

/** A text value of the draft ('' when the field holds none or is not text). */
export function textOf(draft: Pick<Draft, 'values'>, id: string): string {
  const value = draft.values[id];
  return typeof value === 'string' ? value : '';
}

/** The draft with one value set. */
export function withValue<D extends Pick<Draft, 'values'>>(draft: D, id: string, value: FieldValue): D {
  return { ...draft, values: { ...draft.values, [id]: value } };
}

/** YYYY-MM-DD in local time: the user signs on their calendar day, not UTC's. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The part of a draft that a printed copy shows. Its hash is printed in the footer and decides
 * whether the draft "changed since it was printed"; timestamps, status and history stay out. The
 * form decides its shape (`FormDefinition.content`): the 610 forms keep the format-1 shape, so a
 * copy printed before format 2 still matches its draft.
 */
export function draftContent(draft: Draft): Record<string, unknown> {
  return formOf(draft.form).content(draft);
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isGroup = (value: unknown): value is Record<string, Json> =>
  Boolean(value) && typeof value === 'object' && !Array.isArray(value);
const asObject = (value: unknown): Record<string, Json> => (isGroup(value) ? value : {});

/**
 * What differs between two contents (`draftContent`), named `<group>.<key>` for each group of
 * values the content holds (`cover.title`, `fields.summary`, `values.members`, `declaration.signer`)
 * and `attachments`, in the content's order. The groups are read off the content, so a form's new
 * group cannot drop out; the renderer words each key from the form definition.
 */
export function contentChanges(before: unknown, after: unknown): string[] {
  const a = asObject(before);
  const b = asObject(after);
  const changes: string[] = [];
  for (const group of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (group === 'attachments') continue;
    if (!isGroup(a[group]) && !isGroup(b[group])) continue;
    const x = asObject(a[group]);
    const y = asObject(b[group]);
    for (const key of new Set([...Object.keys(x), ...Object.keys(y)]))
      if (!same(x[key], y[key])) changes.push(`${group}.${key}`);
  }
  if (!same(a.attachments, b.attachments)) changes.push('attachments');
  return changes;
}

/** SHA-256 hex of the draft's content; WebCrypto exists in Node 20 and in the renderer alike. */
export async function contentHash(draft: Draft): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(draftContent(draft)));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
