import { useTranslation } from 'react-i18next';
import { useUi } from '../stores/ui';

// Minimal stand-in written by the foundation so App compiles; the drafts issue replaces this file.
export function DraftList() {
  const { t } = useTranslation();
  const go = useUi((s) => s.go);
  return (
    <div className="page">
      <button type="button" className="quiet-button" onClick={() => go({ screen: 'home' })}>
        {t('nav.home')}
      </button>
      <h1>{t('nav.drafts')}</h1>
    </div>
  );
}
