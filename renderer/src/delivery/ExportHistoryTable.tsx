import { useTranslation } from 'react-i18next';
import type { ExportHistory } from './history-store';
import { formatWhen } from '../drafts/format-when';

/** The file's name without its folder, whichever separator the platform used. */
const baseName = (path: string) => path.split(/[\\/]/).at(-1) ?? path;

/** Every export of the draft: its number, time, hash (as printed in the footer) and files. */
export function ExportHistoryTable({ history }: { history: ExportHistory }) {
  const { t, i18n } = useTranslation('delivery');
  return (
    <section aria-labelledby="export-history-heading" className="export-history">
      <h4 id="export-history-heading">{t('history.title')}</h4>
      {history.exports.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('history.number')}</th>
              <th scope="col">{t('history.at')}</th>
              <th scope="col">{t('history.hash')}</th>
              <th scope="col">{t('history.files')}</th>
            </tr>
          </thead>
          <tbody>
            {[...history.exports].reverse().map((record) => (
              <tr key={record.number}>
                <td>
                  {record.number}
                  {record.provisional && <span className="badge badge-warn">{t('history.provisional')}</span>}
                </td>
                <td>
                  <time dateTime={record.at}>{formatWhen(record.at, i18n.language)}</time>
                </td>
                <td className="mono">{record.hash}</td>
                <td>
                  {record.files.map((file) => (
                    <span key={file} className="mono" title={file}>
                      {baseName(file)}
                    </span>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">{t('history.currentHash', { hash: history.hash })}</p>
    </section>
  );
}
