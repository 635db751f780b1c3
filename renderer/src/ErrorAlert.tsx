import { useTranslation } from 'react-i18next';
import { errorText } from './api';
import { useUi, type Failure } from './stores/ui';

/**
 * A failed call's message in the user's language, until dismissed: as a toast for the app, or
 * in place beside the action that failed (`inline`), where it covers nothing.
 */
export function ErrorBanner({
  failure,
  onDismiss,
  inline = false,
}: {
  failure: Failure | undefined;
  onDismiss: () => void;
  inline?: boolean;
}) {
  const { t } = useTranslation();
  const { t: tError } = useTranslation('errors');
  if (!failure) return null;
  return (
    <div className={`banner banner-error ${inline ? 'inline-error' : 'toast'}`} role="alert">
      <p>
        <strong>{t('errorTitle')}</strong> {errorText(tError, failure)}
      </p>
      <button type="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}

/** The last failed call, in the user's language, until dismissed. */
export function ErrorAlert() {
  const error = useUi((s) => s.error);
  const dismiss = useUi((s) => s.dismissError);
  return <ErrorBanner failure={error} onDismiss={dismiss} />;
}
