import type { Draft } from './draft';

/**
 * The pieces of a draft's printed content (`draftContent` in `./draft.ts`) that the forms' own
 * content functions share. Apart from `./draft.ts` so that a form definition can use them without
 * a cycle at load (the draft schema reads the forms' defaults).
 */

/** The values in id order, so that the content (and its hash) does not depend on typing order. */
export function sortedValues<V>(values: Record<string, V>): Record<string, V> {
  return Object.fromEntries(Object.entries(values).sort(([a], [b]) => a.localeCompare(b)));
}

/** The attachments as a printed copy depends on them: which files, in which role, captioned how. */
export function attachmentsContent(draft: Pick<Draft, 'attachments'>): unknown[] {
  return draft.attachments.map((a) => ({
    role: a.role,
    sha256: a.sha256,
    caption: a.caption,
    afterPart: a.afterPart ?? null,
  }));
}
