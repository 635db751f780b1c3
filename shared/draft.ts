import { z } from 'zod';
import { isDraftPath, MAX_DRAFT_PATH_LENGTH } from './draft-path';
import { DEFAULT_OPINION, formOf, partsOf, type FormKind } from './forms';
import { PRINTED_HASH_PATTERN } from './printed-hash';

/**
 * The draft format, version 1. Written to `<data-dir>/drafts/<id>/draft.json`; attachment files lie
 * beside it and are referenced by relative paths, so a draft folder is self-contained
 * (docs/DRAFTS.md; the command line reads it in place). `shared/schema/draft.schema.json` is
 * generated from this schema and committed.
 */
export const DRAFT_FORMAT_VERSION = 1;

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

export const FormKindSchema = z.enum(['case', 'material']);

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

/** No lengths here: the schema never refuses a save for what the form let the user type (the limits are validation, in the form definitions). */
export const CoverSchema = z.object({
  title: z.string().default(''),
  unit: z.string().default(''),
  contact: z.string().default(''),
  phone: z.string().default(''),
  email: z.string().default(''),
  address: z.string().default(''),
});
export type Cover = z.infer<typeof CoverSchema>;

export const DraftSchema = z.object({
  formatVersion: z.literal(DRAFT_FORMAT_VERSION),
  id: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/),
  kind: FormKindSchema,
  campaignId: z.string().min(1).max(100),
  status: DraftStatusSchema.default('draft'),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  /** Optional metadata from the notice's list of domains; not printed. */
  domain: z.string().max(50).default(''),
  cover: CoverSchema,
  /** The user's text, keyed by the form definition's part ids. Text is stored as typed. */
  fields: z.record(z.string().max(64), z.string()),
  attachments: z.array(AttachmentSchema).max(200).default([]),
  declaration: DeclarationSchema,
  exports: z.array(ExportRecordSchema).default([]),
});
export type Draft = z.infer<typeof DraftSchema>;

/** What the draft list shows, without loading every field of every draft into the renderer. */
export const DraftSummarySchema = z.object({
  id: z.string(),
  kind: FormKindSchema,
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
  kind: FormKind;
  campaignId: string;
  now: Date;
  cover?: Partial<Cover>;
}): Draft {
  const now = args.now.toISOString();
  const fields = Object.fromEntries(partsOf(formOf(args.kind)).map((part) => [part.id, '']));
  return DraftSchema.parse({
    formatVersion: DRAFT_FORMAT_VERSION,
    id: args.id,
    kind: args.kind,
    campaignId: args.campaignId,
    createdAt: now,
    updatedAt: now,
    cover: { ...args.cover },
    fields,
    declaration: { signDate: localDate(args.now) },
  });
}

/** YYYY-MM-DD in local time: the user signs on their calendar day, not UTC's. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The part of a draft that a printed copy shows. Its hash is printed in the footer and decides
 * whether the draft "changed since it was printed"; timestamps, status and history stay out.
 */
export function draftContent(draft: Draft): unknown {
  return {
    kind: draft.kind,
    campaignId: draft.campaignId,
    cover: draft.cover,
    fields: Object.fromEntries(Object.entries(draft.fields).sort(([a], [b]) => a.localeCompare(b))),
    attachments: draft.attachments.map((a) => ({
      role: a.role,
      sha256: a.sha256,
      caption: a.caption,
      afterPart: a.afterPart ?? null,
    })),
    declaration: draft.declaration,
  };
}

/** SHA-256 hex of the draft's content; WebCrypto exists in Node 20 and in the renderer alike. */
export async function contentHash(draft: Draft): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(draftContent(draft)));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
