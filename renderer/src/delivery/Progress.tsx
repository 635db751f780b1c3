import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRESS_DELAY_MS } from './useTask';

/**
 * A bar with the seconds spent, for a task that takes longer than a moment: indeterminate, or
 * filling as `count` says how many of how many are done (a roll-up's inputs read), with a 取消
 * button where the task can be stopped.
 */
export function Progress({
  elapsedMs,
  label,
  count,
  onCancel,
}: {
  elapsedMs: number;
  label: string;
  count?: { done: number; total: number };
  onCancel?: () => void;
}) {
  const { t } = useTranslation('delivery');
  // The buttons sit at the foot of a long page: the bar comes into view when it appears, or the
  // user sees nothing happen after the click.
  const shown = useCallback((element: HTMLDivElement | null) => {
    element?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, []);
  if (elapsedMs < PROGRESS_DELAY_MS) return null;
  const counted = count && count.total > 0 ? count : undefined;
  return (
    <div ref={shown} className="delivery-progress">
      {counted ? (
        <div
          className="delivery-progress-bar delivery-progress-count"
          role="progressbar"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={counted.total}
          aria-valuenow={counted.done}
        >
          <span style={{ width: `${(100 * counted.done) / counted.total}%` }} />
        </div>
      ) : (
        <div className="delivery-progress-bar" role="progressbar" aria-label={label} />
      )}
      <div className="delivery-progress-line">
        <span role="status" aria-live="polite">
          {label}
          {counted && ` · ${t('progress.count', counted)}`} ·{' '}
          {t('progress.working', { seconds: Math.floor(elapsedMs / 1000) })}
        </span>
        {onCancel && (
          <button type="button" className="secondary-button" onClick={onCancel}>
            {t('progress.cancel')}
          </button>
        )}
      </div>
    </div>
  );
}
