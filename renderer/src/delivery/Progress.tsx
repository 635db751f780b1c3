import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRESS_DELAY_MS } from './useTask';

/** An indeterminate bar with the seconds spent, for a task that takes longer than a moment. */
export function Progress({ elapsedMs, label }: { elapsedMs: number; label: string }) {
  const { t } = useTranslation('delivery');
  // The buttons sit at the foot of a long page: the bar comes into view when it appears, or the
  // user sees nothing happen after the click.
  const shown = useCallback((element: HTMLDivElement | null) => {
    element?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, []);
  if (elapsedMs < PROGRESS_DELAY_MS) return null;
  return (
    <div ref={shown} className="delivery-progress" role="status" aria-live="polite">
      <div className="delivery-progress-bar" role="progressbar" aria-label={label} />
      <span>
        {label} · {t('progress.working', { seconds: Math.floor(elapsedMs / 1000) })}
      </span>
    </div>
  );
}
