import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/ipc';

export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Where the package went, what is in it, and what to do when it is too big for a mailbox. */
export function PackageResult({
  result,
  children,
}: {
  result: ResponseOf<'delivery:package'>;
  children: ReactNode;
}) {
  const { t } = useTranslation('delivery');
  const size = sizeText(result.size);
  return (
    <div className="delivery-result package-result" role="status">
      <p>
        {t('package.done', { number: result.number, hash: result.hash, size })}
        <code>{result.files[0]}</code>
      </p>
      {children}
      {result.oversize && <p className="banner banner-warn">{t('package.oversize', { size })}</p>}
      {!result.pdf && <p className="muted">{t('package.noPdf')}</p>}
      <h5>{t('package.entries')}</h5>
      <ul className="package-entries">
        {result.entries.map((entry) => (
          <li key={entry.name}>
            <span className="mono">{entry.name}</span> <span className="muted">{sizeText(entry.size)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
