import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api';
import { saveNow, selectSaveState, useDraft } from '../stores/draft';

/**
 * A failed save, said where it cannot be missed: why (the translated reason), where the edits
 * are (in this window, and in the recovery file if that could be written), and 重试.
 */
export function SaveBanner() {
  const { t } = useTranslation('wizard');
  const { t: tError } = useTranslation('errors');
  const failed = useDraft((s) => selectSaveState(s) === 'error');
  const failure = useDraft((s) => s.saveFailure);
  const recovery = useDraft((s) => s.recovery);
  const [retrying, setRetrying] = useState(false);
  if (!failed || !failure) return null;
  const retry = async () => {
    setRetrying(true);
    await saveNow();
    setRetrying(false);
  };
  return (
    <div className="banner banner-error save-banner" role="alert">
      <div>
        <p>
          <strong>{t('saveFailed.title')}</strong> {errorText(tError, failure)}
        </p>
        <p>{t(recovery === 'unkept' ? 'saveFailed.unkept' : 'saveFailed.kept')}</p>
      </div>
      <button type="button" disabled={retrying} onClick={() => void retry()}>
        {t('save.retry')}
      </button>
    </div>
  );
}
