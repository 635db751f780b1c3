import { useTranslation } from 'react-i18next';
import { errorText } from './api';
import { useUi } from './stores/ui';

/** The last failed call, in the user's language, until dismissed. */
export function ErrorAlert() {
  const { t } = useTranslation();
  const { t: tError } = useTranslation('errors');
  const error = useUi((s) => s.error);
  const dismiss = useUi((s) => s.dismissError);
  if (!error) return null;
  return (
    <div className="banner banner-error toast" role="alert">
      <p>
        <strong>{t('errorTitle')}</strong> {errorText(tError, error)}
      </p>
      <button type="button" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
