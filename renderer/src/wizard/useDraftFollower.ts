import { useLayoutEffect, useRef } from 'react';
import { useDraft, type DraftStore } from '../stores/draft';

/**
 * Calls `apply` with what `select` reads from the draft store: on mount, whenever `apply` is a new
 * function (a new language, say), and whenever the selected value changes, all without
 * re-rendering the component. For what changes on every keystroke (a field's text, its counter):
 * zustand's transient updates, so a key costs a few DOM writes and no React render (docs/PERFORMANCE.md).
 */
export function useDraftFollower<T>(
  select: (state: DraftStore) => T,
  apply: (value: T) => void,
  same: (a: T, b: T) => boolean = Object.is,
): void {
  const latest = useRef({ select, apply, same });
  const shown = useRef<{ value: T }>(undefined);
  useLayoutEffect(() => {
    latest.current = { select, apply, same };
  });
  useLayoutEffect(() => {
    const value = latest.current.select(useDraft.getState());
    shown.current = { value };
    apply(value);
  }, [apply]);
  useLayoutEffect(
    () =>
      useDraft.subscribe((state) => {
        const current = latest.current;
        const next = current.select(state);
        if (shown.current && current.same(next, shown.current.value)) return;
        shown.current = { value: next };
        current.apply(next);
      }),
    [],
  );
}
