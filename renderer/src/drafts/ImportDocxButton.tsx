import { useTranslation } from 'react-i18next';
import { useDocxImport } from '../stores/imported';

/**
 * 从 Word 文档导入: a filled form from Word/WPS. Main opens the file dialog and reads it into a
 * staged draft; the report of what was found is shown before the user makes the draft.
 */
export function ImportDocxButton({ className }: { className: string }) {
  const { t } = useTranslation('common');
  const busy = useDocxImport((s) => s.busy);
  return (
    <button
      type="button"
      className={className}
      onClick={() => void useDocxImport.getState().start()}
      disabled={busy}
    >
      {busy ? t('importDocx.busy') : t('importDocx.action')}
    </button>
  );
}
