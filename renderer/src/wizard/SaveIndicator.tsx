import { useTranslation } from 'react-i18next';
import { selectSaveState, useDraft } from '../stores/draft';

function timeOf(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : date.toLocaleTimeString('zh-CN', {
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hour12: false,
      });
}

/**
 * Saved / saving / not yet saved / failed, always in view so that the user trusts the autosave.
 * Why a save failed, and 重试, are in the banner below the header (`SaveBanner`).
 */
export function SaveIndicator() {
  const { t } = useTranslation('wizard');
  const state = useDraft(selectSaveState);
  const savedAt = useDraft((s) => s.savedAt);
  return (
    <div className={`save-indicator save-${state}`} role="status" data-save-state={state}>
      <span className="save-dot" aria-hidden="true" />
      <span>{t(`save.${state}`, { time: timeOf(savedAt) })}</span>
    </div>
  );
}
