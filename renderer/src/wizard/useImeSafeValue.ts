import { useRef, useState, type ChangeEvent, type CompositionEvent } from 'react';

type Editable = HTMLInputElement | HTMLTextAreaElement;

/**
 * A controlled field that leaves the input method alone: while a 拼音 composition is open the
 * field shows the composing text locally and nothing reaches the store, so counters, missing
 * lists and autosave see only committed text (docs/COUNTING.md).
 */
export function useImeSafeValue(stored: string, commit: (value: string) => void) {
  const composing = useRef(false);
  const [composed, setComposed] = useState<string | undefined>();
  return {
    value: composed ?? stored,
    onChange: (event: ChangeEvent<Editable>) => {
      if (composing.current) setComposed(event.target.value);
      else commit(event.target.value);
    },
    onCompositionStart: (event: CompositionEvent<Editable>) => {
      composing.current = true;
      setComposed(event.currentTarget.value);
    },
    onCompositionEnd: (event: CompositionEvent<Editable>) => {
      composing.current = false;
      setComposed(undefined);
      commit(event.currentTarget.value);
    },
  };
}
