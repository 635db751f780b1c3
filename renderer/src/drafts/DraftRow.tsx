import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormName, useStepName } from '../wizard/useFormText';
import type { DraftSummary } from '../../../shared/draft';
import { formOf } from '../../../shared/forms';
import { useUi } from '../stores/ui';
import { invokeOrShow } from '../api';
import { formatWhen } from './format-when';
import { useDraftList } from './store';

/** One draft in the list (or in the trash) with what can be done to it. */
export function DraftRow({
  draft,
  onSnapshots,
}: {
  draft: DraftSummary;
  onSnapshots: (d: DraftSummary) => void;
}) {
  const { t, i18n } = useTranslation(['drafts', 'wizard']);
  const stepName = useStepName(formOf(draft.form));
  const formName = useFormName();
  const go = useUi((s) => s.go);
  const trash = useDraftList((s) => s.trash);
  const [renaming, setRenaming] = useState(false);
  const title = draft.title || t('untitled');

  const done = async (message: string) => {
    const { setMessage, reload } = useDraftList.getState();
    setMessage(message);
    await reload();
  };
  const rename = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get('title') ?? '').replace(/\s*\n\s*/g, '');
    if (await invokeOrShow('drafts:rename', { id: draft.id, title: value })) await done('');
    setRenaming(false);
  };
  const duplicate = async () => {
    if (await invokeOrShow('drafts:duplicate', { id: draft.id })) await done(t('done.duplicated'));
  };
  const moveToTrash = async () => {
    if (await invokeOrShow('drafts:trash', { id: draft.id })) await done(t('done.trashed', { title }));
  };
  const restore = async () => {
    if (await invokeOrShow('drafts:restore', { id: draft.id })) await done(t('done.restored', { title }));
  };
  const exportPackage = async () => {
    const result = await invokeOrShow('drafts:exportPackage', { id: draft.id });
    if (result) useDraftList.getState().setMessage(t('done.exported', { file: result.file }));
  };

  return (
    <li className="draft-row" data-draft-id={draft.id}>
      <div className="draft-main">
        {renaming ? (
          <form className="rename-form" onSubmit={(e) => void rename(e)}>
            <label>
              {t('rename.label')}
              {/* A box that grows with the title, so a long one is seen whole, not only its tail.
                  A title is one line: Enter saves, Escape cancels. */}
              <textarea
                name="title"
                rows={1}
                defaultValue={draft.title}
                autoFocus
                maxLength={500}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
                    event.preventDefault();
                    event.currentTarget.form?.requestSubmit();
                  } else if (event.key === 'Escape') setRenaming(false);
                }}
              />
            </label>
            <button type="submit" className="primary-button">
              {t('rename.save')}
            </button>
            <button type="button" className="quiet-button" onClick={() => setRenaming(false)}>
              {t('rename.cancel')}
            </button>
          </form>
        ) : (
          <h2 className="draft-title">
            {trash ? (
              title
            ) : (
              <button
                type="button"
                className="link-button"
                onClick={() => go({ screen: 'wizard', draftId: draft.id })}
              >
                {title}
              </button>
            )}
          </h2>
        )}
        <p className="draft-meta">
          <span className={`tag tag-${draft.form}`}>{formName(draft.form)}</span>
          <span className={`tag state-${draft.status}`}>{t(`state.${draft.status}`)}</span>
          {draft.exported && <span className="tag state-exported">{t('state.exported')}</span>}
          {draft.unit && <span>{draft.unit}</span>}
          {draft.limits.map(({ step, words, limit }) => (
            <span key={step} className={words > limit ? 'draft-count over' : 'draft-count'}>
              {t(words > limit ? 'limitOver' : 'limitCount', {
                part: stepName(step),
                words,
                limit,
                over: words - limit,
              })}
            </span>
          ))}
          <span>{t('updated', { when: formatWhen(draft.updatedAt, i18n.language) })}</span>
        </p>
      </div>
      <div className="draft-actions" role="group" aria-label={t('actions.label', { title })}>
        {trash ? (
          <button type="button" className="quiet-button" onClick={() => void restore()}>
            {t('actions.restore')}
          </button>
        ) : (
          <>
            <button
              type="button"
              className="quiet-button"
              onClick={() => go({ screen: 'wizard', draftId: draft.id })}
            >
              {t('actions.open')}
            </button>
            <button type="button" className="quiet-button" onClick={() => setRenaming(true)}>
              {t('actions.rename')}
            </button>
            <button type="button" className="quiet-button" onClick={() => void duplicate()}>
              {t('actions.duplicate')}
            </button>
            <button type="button" className="quiet-button" onClick={() => onSnapshots(draft)}>
              {t('actions.snapshots')}
            </button>
            <button type="button" className="quiet-button" onClick={() => void exportPackage()}>
              {t('actions.exportPackage')}
            </button>
            <button type="button" className="quiet-button danger" onClick={() => void moveToTrash()}>
              {t('actions.trash')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}
