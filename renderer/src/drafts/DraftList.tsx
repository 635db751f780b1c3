import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/campaign';
import type { DraftSummary } from '../../../shared/draft';
import { useDataText } from '../i18n/useDataText';
import { useUi } from '../stores/ui';
import { invokeOrShow } from '../api';
import { DraftRow } from './DraftRow';
import { ImportDocxButton } from './ImportDocxButton';
import { DocxImportDialog } from './ImportReportDialog';
import { useDocxDrop } from './docx-drop';
import './drafts.css';
import { applyQuery } from './filter';
import { groupByCampaign, type DraftGroup } from './groups';
import { ListToolbar } from './ListToolbar';
import { QuarantineNotice } from './QuarantineNotice';
import { SnapshotsDialog } from './SnapshotsDialog';
import { useDraftList } from './store';

/** A group's heading: the call's document number and theme, or the id of a campaign no longer held. */
function GroupHeading({ group }: { group: DraftGroup }) {
  const { t } = useTranslation('drafts');
  const title = useDataText(
    group.campaign ? `${group.campaign.documentNumber}　${group.campaign.theme}` : group.campaignId,
  );
  return (
    <h2 className="draft-group-heading" id={`drafts-of-${group.campaignId}`}>
      {group.campaign ? title : t('group.unknown', { id: group.campaignId })}
      <span className="muted"> · {t('group.count', { count: group.drafts.length })}</span>
    </h2>
  );
}

/** 我的草稿: every draft with search, sort and filters; the trash; packages in and out. */
export function DraftList() {
  const { t } = useTranslation(['drafts', 'common']);
  const go = useUi((s) => s.go);
  const { trash, loaded, drafts, query, message } = useDraftList();
  const [snapshotsOf, setSnapshotsOf] = useState<DraftSummary | undefined>();
  const shown = useMemo(() => applyQuery(drafts, query), [drafts, query]);
  useDocxDrop();
  const [campaigns, setCampaigns] = useState<Campaign[]>([]);
  const groups = useMemo(() => groupByCampaign(shown, campaigns), [shown, campaigns]);

  useEffect(() => {
    void invokeOrShow('campaigns:list', {}).then((list) => {
      if (list) setCampaigns(list.campaigns.map((entry) => entry.campaign));
    });
  }, []);

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
      {groups.map((group) => (
        <section
          key={group.campaignId}
          className="draft-group"
          aria-labelledby={`drafts-of-${group.campaignId}`}
        >
          <GroupHeading group={group} />
          <ul className="draft-list">
            {group.drafts.map((draft) => (
              <DraftRow key={draft.id} draft={draft} onSnapshots={setSnapshotsOf} />
            ))}
          </ul>
        </section>
      ))}
      <DocxImportDialog onCreated={() => void useDraftList.getState().reload()} />
      {snapshotsOf && <SnapshotsDialog draft={snapshotsOf} onClose={() => setSnapshotsOf(undefined)} />}
    </div>
  );
}
