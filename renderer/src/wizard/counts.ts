import { useDeferredValue } from 'react';
import { countText, type TextCount } from '../../../shared/count';
import type { Draft } from '../../../shared/draft';
import { formOf, type Section } from '../../../shared/forms';
import { countSection, validateDraft, type FieldIssue } from '../../../shared/validate';
import { useDraft, type DraftStore } from '../stores/draft';

/**
 * Counts memoised per field: a keystroke recounts the one field whose text changed, and the body
 * total and the missing-lists add up the counts the other fields already have (docs/PERFORMANCE.md).
 */
const lastCount = new Map<string, { text: string; count: TextCount }>();

export function countField(text: string, partId: string): TextCount {
  const last = lastCount.get(partId);
  if (last?.text === text) return last.count;
  const count = countText(text);
  lastCount.set(partId, { text, count });
  return count;
}

/** A section's total 字数, added up from the counts its fields already have. */
export function selectSectionWords(state: Pick<DraftStore, 'draft'>, section: Section): number {
  return state.draft ? countSection(state.draft, section, countField).words : 0;
}

const sameIssue = (a: FieldIssue, b: FieldIssue) =>
  a.severity === b.severity &&
  a.code === b.code &&
  a.step === b.step &&
  a.field === b.field &&
  a.words === b.words &&
  a.limit === b.limit;

let lastIssues: { draft: Draft; issues: FieldIssue[] } | undefined;

/**
 * The draft's issues, worked out once per edit whoever asks, and the very same list as before
 * while nothing in it changed, so that the rail and the missing-lists skip the keystrokes that
 * leave them as they were.
 */
export function selectIssues(state: Pick<DraftStore, 'draft'>): FieldIssue[] {
  const { draft } = state;
  if (!draft) return [];
  if (lastIssues?.draft === draft) return lastIssues.issues;
  const issues = validateDraft(draft, formOf(draft.kind), countField);
  const previous = lastIssues?.issues;
  const unchanged =
    previous?.length === issues.length && issues.every((issue, i) => sameIssue(issue, previous[i]!));
  lastIssues = { draft, issues: unchanged ? previous : issues };
  return lastIssues.issues;
}

/** The missing-lists follow typing a moment later, so a keystroke only waits for its own field. */
export function useIssues(): FieldIssue[] {
  return useDeferredValue(useDraft(selectIssues));
}
