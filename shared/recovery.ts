import { z } from 'zod';
import type { Draft } from './draft';

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
    cover: z.record(key, text),
    fields: z.record(key, text),
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
    cover: { ...draft.cover },
    fields: { ...draft.fields },
    declaration: { signer, opinion, confirmed, signDate, opinionDate },
    captions: Object.fromEntries(draft.attachments.map((a) => [a.id, a.caption])),
  };
}

/** The draft with the kept words put back; attachments no longer on disk keep no caption. */
export function applyRecovery(draft: Draft, recovery: Recovery): Draft {
  return {
    ...draft,
    cover: { ...draft.cover, ...recovery.cover },
    fields: { ...draft.fields, ...recovery.fields },
    declaration: { ...draft.declaration, ...recovery.declaration },
    attachments: draft.attachments.map((a) => ({ ...a, caption: recovery.captions[a.id] ?? a.caption })),
  };
}

/** Which of the user's texts the kept edits change, as `cover.title`, `fields.summary`, …. */
export function recoveryChanges(draft: Draft, recovery: Recovery): string[] {
  const restored = applyRecovery(draft, recovery);
  const changed: string[] = [];
  for (const [group, before, after] of [
    ['cover', draft.cover, restored.cover],
    ['fields', draft.fields, restored.fields],
    ['declaration', draft.declaration, restored.declaration],
  ] as const) {
    for (const [name, value] of Object.entries(after))
      if ((before as Record<string, unknown>)[name] !== value) changed.push(`${group}.${name}`);
  }
  if (restored.attachments.some((a, i) => a.caption !== draft.attachments[i]!.caption))
    changed.push('attachments');
  return changed;
}
