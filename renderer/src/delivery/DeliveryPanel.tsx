import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../shared/forms';
import type { ResponseOf } from '../../../shared/ipc';
import type { ExportOptions } from '../../../shared/settings';
import { invokeOrShow } from '../api';
import { useDraft } from '../stores/draft';
import { ChangedNotice } from './ChangedNotice';
import { DeliveryActions } from './DeliveryActions';
import { ExportHistoryTable } from './ExportHistoryTable';
import { useExportHistory } from './history-store';
import { Preview } from './Preview';
import './delivery.css';

type Tools = ResponseOf<'delivery:tools'>;

/**
 * Below the export button: is the printed copy current, the preview of the very .docx, and the
 * sending step — PDF, the package to email, the cover sheet for the stamped paper — with history.
 */
export function DeliveryPanel({ form, options }: { form: FormDefinition; options: ExportOptions }) {
  const { t } = useTranslation('delivery');
  const draftId = useDraft((s) => s.draft?.id)!;
  const updatedAt = useDraft((s) => s.draft?.updatedAt);
  const history = useExportHistory((s) => (s.draftId === draftId ? s.history : undefined));
  const load = useExportHistory((s) => s.load);
  const [tools, setTools] = useState<Tools | undefined>();
  const [previewing, setPreviewing] = useState(false);

  useEffect(() => {
    void invokeOrShow('delivery:tools', {}).then(setTools);
  }, []);
  useEffect(() => {
    void load(draftId);
  }, [draftId, updatedAt, load]);

  return (
    <section className="form-section delivery-panel" aria-labelledby="delivery-heading">
      <h3 id="delivery-heading">{t('title')}</h3>
      {history && <ChangedNotice form={form} history={history} />}
      <p className="muted">{t('help')}</p>
      <button
        type="button"
        className="secondary-button"
        aria-expanded={previewing}
        onClick={() => setPreviewing(!previewing)}
      >
        {previewing ? t('preview.hide') : t('preview.show')}
      </button>
      {previewing && tools && (
        // A new preview for other options: the old one's pages must not linger under them.
        <Preview key={JSON.stringify(options)} draftId={draftId} options={options} truePages={tools.pages} />
      )}
      {tools && <DeliveryActions draftId={draftId} options={options} pdf={tools.pdf} />}
      {history && <ExportHistoryTable history={history} />}
    </section>
  );
}
