import { z } from 'zod';
import { FormIdSchema } from './draft';
import { ERROR_CODES } from './errors';
import { PreflightIssueSchema } from './issues';

/**
 * 汇总 (issue #21): many units' submissions collected, checked and rolled up into one table. The
 * shapes here are what the service returns and the IPC carries (`rollup:run`), one row per input.
 */

/**
 * What an input is: our submission package (.zip with the form and 报送说明), a portable draft
 * package (.sdpkg.zip), a draft folder or its draft.json, a Word form read through the import, or
 * none of these.
 */
export const RollupInputKindSchema = z.enum(['submission', 'portable', 'folder', 'docx', 'unknown']);
export type RollupInputKind = z.infer<typeof RollupInputKindSchema>;

/** A checksum, or the printed hash against the content: matched, not matched, or nothing to check. */
export const RollupCheckSchema = z.enum(['ok', 'mismatch', 'unchecked']);
export type RollupCheck = z.infer<typeof RollupCheckSchema>;

/**
 * Why an input could not be read: an error code of the contract (`shared/errors.ts`, worded by
 * `errors.json`: `package-invalid`, `package-unsafe-entry`, `import-damaged`, `unsupported-file`)
 * and what it concerns.
 */
export const RollupMessageSchema = z.object({
  code: z.enum(ERROR_CODES),
  detail: z.string().optional(),
});
export type RollupMessage = z.infer<typeof RollupMessageSchema>;

/** One limited part's 字数 against its limit (a part's own limit, or a total of parts). */
export const RollupCountSchema = z.object({
  /** The part's or the total's id in the form definition. */
  field: z.string(),
  /** As the form names it (案例简介, 案例材料合计). */
  label: z.string(),
  count: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
  over: z.boolean(),
});
export type RollupCount = z.infer<typeof RollupCountSchema>;

export const RollupRowSchema = z.object({
  /** Stable within a run (`r1`, `r2`, …), in input order. */
  id: z.string(),
  /** The input's path relative to the folder rolled up, or its base name. */
  source: z.string(),
  kind: RollupInputKindSchema,
  /** Set when the input is unreadable, damaged or hostile: the row says why, the run goes on. */
  message: RollupMessageSchema.optional(),
  form: FormIdSchema.optional(),
  formName: z.string().optional(),
  campaignId: z.string().optional(),
  unit: z.string().optional(),
  title: z.string().optional(),
  contact: z.string().optional(),
  phone: z.string().optional(),
  counts: z.array(RollupCountSchema),
  images: z.number().int().nonnegative(),
  /** 签字/签名: a signer's name or a drawn signature. */
  signed: z.boolean(),
  /** A signing date filled in. */
  dated: z.boolean(),
  /** 定稿. */
  final: z.boolean(),
  exportNumber: z.number().int().positive().optional(),
  /** The printed hash (8 hex digits) of the content as read. */
  hash: z.string().optional(),
  manifest: z.enum(['present', 'absent', 'not-a-package']),
  /** Every entry against the manifest's SHA-256 and size. */
  checksums: RollupCheckSchema,
  /** The hash printed in the form's footer (and the manifest's) against the content. */
  printedHash: RollupCheckSchema,
  /** Every preflight error and warning. */
  issues: z.array(PreflightIssueSchema),
  /** The row id of the first row with the same content hash: flagged 重复, not counted. */
  duplicateOf: z.string().optional(),
});
export type RollupRow = z.infer<typeof RollupRowSchema>;

/** A place in a field's text, in UTF-16 offsets. */
const PlaceSchema = z.object({
  field: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** One originality finding: a passage two submissions (or one and an earlier year's) share. */
export const SharedPassageSchema = z.object({
  a: PlaceSchema.extend({ row: z.string() }),
  b: z.union([PlaceSchema.extend({ row: z.string() }), PlaceSchema.extend({ earlier: z.string() })]),
  passage: z.string(),
  chars: z.number().int().nonnegative(),
});
export type SharedPassage = z.infer<typeof SharedPassageSchema>;

export const RollupResultSchema = z.object({
  rows: z.array(RollupRowSchema),
  passages: z.array(SharedPassageSchema),
  cancelled: z.boolean(),
});
export type RollupResult = z.infer<typeof RollupResultSchema>;

export interface RollupProgress {
  done: number;
  total: number;
}
