import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../../shared/draft';
import { useUi } from '../stores/ui';
import { invokeOrShow } from '../api';
import { DraftRow } from './DraftRow';
import { ImportDocxButton } from './ImportDocxButton';
import { DocxImportDialog } from './ImportReportDialog';
import { useDocxDrop } from './docx-drop';
import './drafts.css';
import { applyQuery } from './filter';
import { ListToolbar } from './ListToolbar';
import { QuarantineNotice } from './QuarantineNotice';
import { SnapshotsDialog } from './SnapshotsDialog';
import { useDraftList } from './store';

/** 我的草稿: every draft with search, sort and filters; the trash; packages in and out. */
export function DraftList() {
  const { t } = useTranslation(['drafts', 'common']);
  const go = useUi((s) => s.go);
  const { trash, loaded, drafts, query, message } = useDraftList();
  const [snapshotsOf, setSnapshotsOf] = useState<DraftSummary | undefined>();
  const shown = useMemo(() => applyQuery(drafts, query), [drafts, query]);
  useDocxDrop();

  useEffect(() => {
    useDraftList.getState().setMessage(undefined);
    void useDraftList.getState().showTrash(false);
  }, []);

  const importPackage = async () => {
    const result = await invokeOrShow('drafts:importPackage', {});
    if (!result) return;
    const { setMessage, reload } = useDraftList.getState();
    setMessage(t(result.asCopy ? 'done.importedAsCopy' : 'done.imported'));
    await reload();
  };

  const empty = trash ? t('emptyTrash') : drafts.length ? t('noMatch') : t('empty');
  return (
    <div className="page drafts-page" data-ready={loaded ? 'drafts' : undefined}>
      <header className="drafts-header">
        <button type="button" className="quiet-button" onClick={() => go({ screen: 'home' })}>
          {t('common:nav.home')}
        </button>
        <h1>{trash ? t('trashTitle') : t('title')}</h1>
        <div className="drafts-header-tools">
          {!trash && <ImportDocxButton className="quiet-button" />}
          {!trash && (
            <button type="button" className="quiet-button" onClick={() => void importPackage()}>
              {t('actions.importPackage')}
            </button>
          )}
          <button
            type="button"
            className="quiet-button"
            onClick={() => void useDraftList.getState().showTrash(!trash)}
          >
            {trash ? t('actions.showDrafts') : t('actions.showTrash')}
          </button>
        </div>
      </header>
      <QuarantineNotice />
      <ListToolbar />
      <p className="drafts-status" role="status">
        {message}
      </p>
      {loaded && <p className="muted">{t('count', { count: shown.length })}</p>}
      {loaded && shown.length === 0 && <p className="card muted">{empty}</p>}
      <ul className="draft-list">
        {shown.map((draft) => (
          <DraftRow key={draft.id} draft={draft} onSnapshots={setSnapshotsOf} />
        ))}
      </ul>
      <DocxImportDialog onCreated={() => void useDraftList.getState().reload()} />
      {snapshotsOf && <SnapshotsDialog draft={snapshotsOf} onClose={() => setSnapshotsOf(undefined)} />}
    </div>
  );
}
