import { useTranslation } from 'react-i18next';
import { useDraftList } from './store';

/** Drafts that could not be read this session: where they were kept, and that the rest are fine. */
export function QuarantineNotice() {
  const { t } = useTranslation(['drafts', 'errors']);
  const quarantined = useDraftList((s) => s.quarantined);
  if (quarantined.length === 0) return null;
  return (
    <section className="banner banner-warn quarantine" role="alert" aria-labelledby="quarantine-title">
      <div>
        <h2 id="quarantine-title">{t('quarantine.title')}</h2>
        <ul>
          {quarantined.map((q) => (
            <li key={q.movedTo}>
              <p>{t('quarantine.entry', { id: q.id, message: t(`errors:${q.code}`) })}</p>
              <p className="muted">
                {q.code === 'draft-future-version'
                  ? t('quarantine.future')
                  : t('quarantine.where', { path: q.movedTo })}
              </p>
              <p className="muted mono">{q.reason}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
