import { useTranslation } from 'react-i18next';
import { invokeOrShow } from '../api';

/** Opens the draft's last exported file, or shows it in its folder; main looks the path up itself. */
export function RevealButtons({ draftId }: { draftId: string }) {
  const { t } = useTranslation('export');
  const reveal = (what: 'file' | 'folder') => void invokeOrShow('export:reveal', { id: draftId, what });
  return (
    <>
      <button type="button" className="secondary-button" onClick={() => reveal('file')}>
        {t('result.open')}
      </button>
      <button type="button" className="secondary-button" onClick={() => reveal('folder')}>
        {t('result.reveal')}
      </button>
    </>
  );
}
