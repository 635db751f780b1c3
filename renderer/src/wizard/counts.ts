import { useMemo } from 'react';
import { countText, type TextCount } from '../../../shared/count';
import type { Draft } from '../../../shared/draft';
import { formOf, type Section } from '../../../shared/forms';
import { countSection, validateDraft, type FieldIssue, type SectionCount } from '../../../shared/validate';
import { useDraft } from '../stores/draft';

/**
 * Counts memoised per field: a keystroke recounts the one field whose text changed, and the body
 * total and the missing-lists add up the counts the other fields already have (DESIGN §9).
 */
const lastCount = new Map<string, { text: string; count: TextCount }>();

export function countField(text: string, partId: string): TextCount {
  const last = lastCount.get(partId);
  if (last?.text === text) return last.count;
  const count = countText(text);
  lastCount.set(partId, { text, count });
  return count;
}

export function useFieldCount(partId: string, committedText: string): TextCount {
  return useMemo(() => countField(committedText, partId), [committedText, partId]);
}

export function useSectionCount(section: Section): SectionCount | undefined {
  const fields = useDraft((s) => s.draft?.fields);
  return useMemo(
    () => (fields ? countSection({ fields }, section, countField) : undefined),
    [fields, section],
  );
}

export function issuesOf(draft: Draft): FieldIssue[] {
  return validateDraft(draft, formOf(draft.kind), countField);
}
