import { useTranslation } from 'react-i18next';
import { ERROR_CODES, type ErrorCode } from '../../../shared/errors';
import { useDraftList } from './store';

/** Main reports a set-aside draft's reason as `<error code>: <detail>`. */
function codeOf(reason: string): ErrorCode {
  const code = reason.split(':', 1)[0] as ErrorCode;
  return ERROR_CODES.includes(code) ? code : 'draft-corrupt';
}

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
          {quarantined.map((q) => {
            const code = codeOf(q.reason);
            return (
              <li key={q.movedTo}>
                <p>{t('quarantine.entry', { id: q.id, message: t(`errors:${code}`) })}</p>
                <p className="muted">
                  {code === 'draft-future-version'
                    ? t('quarantine.future')
                    : t('quarantine.where', { path: q.movedTo })}
                </p>
                <p className="muted mono">{q.reason}</p>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
