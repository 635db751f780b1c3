import { z } from 'zod';
import type { ErrorCode } from './errors';

/**
 * What the draft store reports about its folders beside the drafts themselves: snapshots, drafts
 * set aside, entries it leaves alone. The contract sends them and the store's services return
 * them, both with these types, so the two cannot drift apart.
 */
export const SnapshotSchema = z.object({ name: z.string(), savedAt: z.string(), size: z.number() });
export type Snapshot = z.infer<typeof SnapshotSchema>;

/** Why a draft is set aside: it cannot be read, or it was written by a newer version of the app. */
export const QUARANTINE_CODES = [
  'draft-corrupt',
  'draft-future-version',
] as const satisfies readonly ErrorCode[];

export const QuarantinedSchema = z.object({
  id: z.string(),
  code: z.enum(QUARANTINE_CODES),
  /** The error as written beside the draft in `reason.txt`, shown as is for support. */
  reason: z.string(),
  movedTo: z.string(),
});
export type Quarantined = z.infer<typeof QuarantinedSchema>;

/** An entry of a draft's `snapshots/` that is not a snapshot: left where it is, never read, reported. */
export const IgnoredEntrySchema = z.object({ entry: z.string(), reason: z.string() });
export type IgnoredEntry = z.infer<typeof IgnoredEntrySchema>;
