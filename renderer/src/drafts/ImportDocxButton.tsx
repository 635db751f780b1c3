import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invokeOrShow } from '../api';
import { useImported } from '../stores/imported';
import { useUi } from '../stores/ui';

/**
 * 从 Word 文档导入: a filled form from Word/WPS into a new draft. Main opens the file dialog and makes
 * the draft; the report of what was found is then shown on the draft list.
 */
export function ImportDocxButton({ className, onImported }: { className: string; onImported?: () => void }) {
  const { t } = useTranslation('common');
  const [busy, setBusy] = useState(false);
  const importDocx = async () => {
    setBusy(true);
    const result = await invokeOrShow('drafts:importDocx', {});
    setBusy(false);
    if (!result) return;
    useImported.getState().set(result);
    if (onImported) onImported();
    else useUi.getState().go({ screen: 'drafts' });
  };
  return (
    <button type="button" className={className} onClick={() => void importDocx()} disabled={busy}>
      {busy ? t('importDocx.busy') : t('importDocx.action')}
    </button>
  );
}
