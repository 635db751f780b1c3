import { useCallback } from 'react';
import type { FieldLimit } from '../../../shared/forms';
import { countForLimit } from '../../../shared/validate';
import { useDraft, type DraftStore } from '../stores/draft';
import { Counter } from './Counter';

/**
 * The counter of a one-line field with a limit that fits its place on paper (a cover item, 报送人,
 * the unit's opinion), counted as validation counts it. Over the limit is said, never cut.
 */
export function LimitCounter({
  id,
  text,
  limit,
}: {
  id: string;
  /** Reads the field's text from the draft; stable across renders. */
  text: (state: DraftStore) => string;
  limit: FieldLimit;
}) {
  const select = useCallback(
    (state: DraftStore) => ({ words: countForLimit(text(state), limit) }),
    [text, limit],
  );
  return <Counter id={id} select={select} limit={limit.max} unit={limit.unit} variant="short" />;
}

/** Whether the field is over its limit, for `aria-invalid`. */
export function useOverLimit(text: (state: DraftStore) => string, limit: FieldLimit): boolean {
  return useDraft((state) => countForLimit(text(state), limit) > limit.max);
}
