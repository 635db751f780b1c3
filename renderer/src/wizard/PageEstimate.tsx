import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api';
import { useDraft } from '../stores/draft';
import { selectExportOptions, useSettings, useSettingsLoaded } from '../stores/settings';

/**
 * 「预计 N 页」 for the draft and the print options (docs/DELIVERY.md). It follows the saves, not the
 * keys: autosave runs once typing pauses, and main estimates the draft as saved, so no keystroke
 * waits for it. A failed estimate shows nothing rather than a stale number.
 */
export function PageEstimate() {
  const { t } = useTranslation('wizard');
  const draftId = useDraft((s) => s.draft?.id);
  const savedAt = useDraft((s) => s.savedAt);
  const options = useSettings(selectExportOptions);
  const [pages, setPages] = useState<number | undefined>();
  useSettingsLoaded();
  useEffect(() => {
    if (!draftId) return;
    let current = true;
    void invoke('export:estimate', { id: draftId, options }).then((result) => {
      if (current) setPages(result.ok ? result.value.pages : undefined);
    });
    return () => {
      current = false;
    };
  }, [draftId, savedAt, options]);
  if (pages === undefined) return null;
  return (
    <span className="page-estimate" title={t('estimate.help')} data-pages={pages}>
      {t('estimate.pages', { count: pages })}
    </span>
  );
}
