import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface AppNotice {
  code: string;
  detail?: string;
}

/** One-off notices from main (e.g. a corrupt settings file set aside), each until dismissed. */
export function Notices({ notices }: { notices: AppNotice[] }) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState<string[]>([]);
  const shown = notices.filter((notice) => !dismissed.includes(notice.code));
  if (shown.length === 0) return null;
  return (
    <div className="notices">
      {shown.map((notice) => (
        <div key={notice.code} className="banner banner-warn" role="status">
          <p>
            {notice.code === 'settings-recovered'
              ? t('notices.settings-recovered', { detail: notice.detail })
              : t('notices.unknown', { code: notice.code })}
          </p>
          <button type="button" onClick={() => setDismissed([...dismissed, notice.code])}>
            {t('dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
