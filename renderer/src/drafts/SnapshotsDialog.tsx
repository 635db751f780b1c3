import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../../shared/draft';
import type { ResponseOf } from '../../../shared/ipc';
import { invokeOrShow } from '../api';
import { formatWhen } from './format-when';
import { useDraftList } from './store';

type Snapshot = ResponseOf<'drafts:snapshots'>[number];

/** The rolling earlier versions of one draft, each restorable (the current one is kept first). */
export function SnapshotsDialog({ draft, onClose }: { draft: DraftSummary; onClose: () => void }) {
  const { t, i18n } = useTranslation('drafts');
  const dialog = useRef<HTMLDialogElement>(null);
  const [snapshots, setSnapshots] = useState<Snapshot[] | undefined>();
  useEffect(() => {
    dialog.current?.showModal();
    void invokeOrShow('drafts:snapshots', { id: draft.id }).then((list) => setSnapshots(list ?? []));
  }, [draft.id]);
  const title = draft.title || t('untitled');

  const restore = async (snapshot: Snapshot) => {
    if (!(await invokeOrShow('drafts:restoreSnapshot', { id: draft.id, name: snapshot.name }))) return;
    const { setMessage, reload } = useDraftList.getState();
    setMessage(t('snapshots.restored', { when: formatWhen(snapshot.savedAt, i18n.language) }));
    await reload();
    onClose();
  };

  return (
    <dialog ref={dialog} className="snapshots-dialog" aria-labelledby="snapshots-title" onClose={onClose}>
      <h2 id="snapshots-title">{t('snapshots.title', { title })}</h2>
      <p className="muted">{t('snapshots.hint')}</p>
      {snapshots?.length === 0 && <p>{t('snapshots.none')}</p>}
      <ul className="snapshot-list">
        {snapshots?.map((snapshot) => (
          <li key={snapshot.name}>
            <span>
              {t('snapshots.entry', {
                when: formatWhen(snapshot.savedAt, i18n.language),
                size: Math.max(1, Math.round(snapshot.size / 1024)),
              })}
            </span>
            <button type="button" className="quiet-button" onClick={() => void restore(snapshot)}>
              {t('snapshots.restore')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="quiet-button" onClick={() => dialog.current?.close()}>
        {t('snapshots.close')}
      </button>
    </dialog>
  );
}
