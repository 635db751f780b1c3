import { create } from 'zustand';
import type { StepId } from '../../../shared/forms';
import { saveNow } from '../stores/draft';

/**
 * Where the wizard is: the step shown and a field waiting to receive focus once its step has
 * rendered (the review's links and the missing-lists jump to a field).
 */
interface Navigation {
  step: StepId;
  focus: string | undefined;
  goTo: (step: StepId, fieldId?: string) => void;
  focused: () => void;
  reset: (step: StepId) => void;
}

export const useNavigation = create<Navigation>()((set) => ({
  step: 'cover',
  focus: undefined,
  goTo: (step, fieldId) => {
    // A step change is a natural pause: save now rather than after the typing delay. The steps
    // show the draft in memory, so a failed save does not hold the user here; its banner stays.
    void saveNow();
    set({ step, focus: fieldId });
  },
  focused: () => set({ focus: undefined }),
  reset: (step) => set({ step, focus: undefined }),
}));

/** The DOM id of a field, shared by the field that renders it and the links that jump to it. */
export function fieldDomId(fieldId: string): string {
  return `field-${fieldId}`;
}

/** The focus target of the review step's 定稿 button, where the preflight's 未定稿 warning leads. */
export const FINALISE_FIELD = 'finalise';
