import { z } from 'zod';
import { contentChanges, draftContent, FieldValueSchema, type Draft } from './draft';

/**
 * What the renderer keeps when a save fails (docs/DRAFTS.md): the user's own words, not a whole draft.
 * Unlike `DraftSchema` it bounds no text by length, so a save refused for what the user typed
 * (a 报送人 over the schema's limit, say) can still be kept; only the payload limit applies.
 * Attachments, status and history are main's records on disk and are not part of it.
 */
const text = z.string();
const key = z.string().max(64);

export const RecoverySchema = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/),
    /** The draft's `updatedAt` on disk when the edits were made, to tell the user how old it is. */
    base: z.string().max(40),
    /** The values by field id (format 2). */
    values: z.record(key, FieldValueSchema).default({}),
    /** The cover items and parts of a recovery kept before format 2, read into `values`. */
    cover: z.record(key, text).optional(),
    fields: z.record(key, text).optional(),
    declaration: z
      .object({
        signer: text,
        opinion: text,
        confirmed: z.boolean(),
        signDate: z.string().max(20).nullable(),
        opinionDate: z.string().max(20).nullable(),
      })
      .partial()
      .strict(),
    /** Captions by attachment id. */
    captions: z.record(key, text),
  })
  .strict();
export type Recovery = z.infer<typeof RecoverySchema>;

/** A recovery file as main hands it back: the edits and when they were kept. */
export const RecoveryFileSchema = z.object({ recovery: RecoverySchema, keptAt: z.string() });
export type RecoveryFile = z.infer<typeof RecoveryFileSchema>;

/** The user's words of a draft, as kept when its save fails. */
export function recoveryOf(draft: Draft, base: string): Recovery {
  const { signer, opinion, confirmed, signDate, opinionDate } = draft.declaration;
  return {
    id: draft.id,
    base,
    values: { ...draft.values },
    declaration: { signer, opinion, confirmed, signDate, opinionDate },
    captions: Object.fromEntries(draft.attachments.map((a) => [a.id, a.caption])),
  };
}

/** The draft with the kept words put back; attachments no longer on disk keep no caption. */
export function applyRecovery(draft: Draft, recovery: Recovery): Draft {
  return {
    ...draft,
    values: { ...draft.values, ...recovery.cover, ...recovery.fields, ...recovery.values },
    declaration: { ...draft.declaration, ...recovery.declaration },
    attachments: draft.attachments.map((a) => ({ ...a, caption: recovery.captions[a.id] ?? a.caption })),
  };
}

/**
 * Which of the user's texts the kept edits change, named as the changes since an export are
 * (`cover.title`, `fields.summary`, `declaration.signer`, `attachments`; `shared/draft.ts`).
 */
export function recoveryChanges(draft: Draft, recovery: Recovery): string[] {
  return contentChanges(draftContent(draft), draftContent(applyRecovery(draft, recovery)));
}
