import { create } from 'zustand';
import type { ErrorCode, FieldProblem } from '../../../shared/errors';
import type { StepId } from '../../../shared/forms';

/** The wizard of a draft, opened at its first step unless another is named. */
export interface WizardScreen {
  screen: 'wizard';
  draftId: string;
  step?: StepId;
}

/**
 * Which screen is shown. The wizard and the list are screens of one window, not routes. Settings
 * can be opened at one of its sections and with the screen to go back to (the wizard's review,
 * when a check there sends the user to the campaign facts).
 */
export type Screen =
  | { screen: 'home' }
  | { screen: 'drafts' }
  | { screen: 'rollup' }
  | WizardScreen
  | { screen: 'settings'; section?: 'campaign'; campaignId?: string; back?: WizardScreen };

export interface Failure {
  code: ErrorCode;
  detail?: string;
  /** What is wrong where in a file the user brought (an organiser's campaign file). */
  problems?: FieldProblem[];
}

interface UiState {
  view: Screen;
  go: (view: Screen) => void;
  /** The last failed call, shown translated until dismissed. */
  error: Failure | undefined;
  showError: (failure: Failure) => void;
  dismissError: () => void;
}

export const useUi = create<UiState>()((set) => ({
  view: { screen: 'home' },
  // A message about what failed on one screen means nothing on the next.
  go: (view) => set({ view, error: undefined }),
  error: undefined,
  showError: (error) => set({ error }),
  dismissError: () => set({ error: undefined }),
}));
