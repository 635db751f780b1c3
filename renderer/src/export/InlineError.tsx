import { useTranslation } from 'react-i18next';
import { errorText } from '../api';
import type { Failure } from '../stores/ui';

/** A failed action's message in place, beside the button that started it, until dismissed or retried. */
export function InlineError({ failure, onDismiss }: { failure: Failure | undefined; onDismiss: () => void }) {
  const { t } = useTranslation();
  const { t: tError } = useTranslation('errors');
  if (!failure) return null;
  return (
    <div className="banner banner-error inline-error" role="alert">
      <p>
        <strong>{t('errorTitle')}</strong> {errorText(tError, failure)}
      </p>
      <button type="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
