import { create } from 'zustand';
import type { ErrorCode } from '../../../shared/errors';

/** Which screen is shown. The wizard and the list are screens of one window, not routes. */
export type Screen =
  { screen: 'home' } | { screen: 'drafts' } | { screen: 'wizard'; draftId: string } | { screen: 'settings' };

export interface Failure {
  code: ErrorCode;
  detail?: string;
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
