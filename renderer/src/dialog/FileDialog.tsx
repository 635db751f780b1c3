import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DialogPlace, DialogView } from '../../../shared/dialog';
import { EntryList } from './EntryList';
import { useFileDialog } from './useFileDialog';
import './dialog.css';

function PlaceName({ place }: { place: DialogPlace }) {
  const { t } = useTranslation('dialog');
  return <>{t(`place.${place.kind}`, { name: place.name })}</>;
}

/** The suggested name's stem is selected, so typing replaces it but keeps `.docx`, as native dialogs do. */
function selectStem(input: HTMLInputElement | null): void {
  if (!input) return;
  input.focus();
  const dot = input.value.lastIndexOf('.');
  input.setSelectionRange(0, dot > 0 ? dot : input.value.length);
}

/**
 * The browser shell's open / save / choose-folder dialog, drawn in the page over a folder main
 * listed (docs/ARCHITECTURE.md). Modal, like a native one: Esc cancels, Enter in 文件名 confirms.
 */
export function FileDialog({ view: initial, onClose }: { view: DialogView; onClose: () => void }) {
  const { t } = useTranslation('dialog');
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const state = useFileDialog(initial, onClose);
  const { view, name, setName, busy, navigate, submit, cancel } = state;
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
    selectStem(input.current);
  }, []);

  // A folder is chosen to write into (one title), or to read what it holds (its purpose's own).
  const title =
    view.mode !== 'folder'
      ? t(`title.${view.mode}-${view.purpose}`)
      : view.purpose === 'rollup' || view.purpose === 'earlier'
        ? t(`title.folder-${view.purpose}`)
        : t('title.folder');
  const types = view.filters.map((filter) => filter.name).join('、') || t('allTypes');
  const exists = view.problem?.code === 'exists';
  return (
    <dialog
      ref={dialog}
      className="file-dialog"
      aria-labelledby="file-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
    >
      <h2 id="file-dialog-title">{title}</h2>
      <div className="file-dialog-body">
        <nav className="file-dialog-places" aria-label={t('places')}>
          <ul>
            {view.places.map((place) => (
              <li key={place.id}>
                <button
                  type="button"
                  title={place.path}
                  aria-current={place.path === view.folder ? 'location' : undefined}
                  disabled={busy}
                  onClick={() => void navigate({ place: place.id })}
                >
                  <PlaceName place={place} />
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="file-dialog-folder">
          <div className="file-dialog-path">
            <button
              type="button"
              className="quiet-button"
              disabled={busy || !view.canGoUp}
              aria-keyshortcuts="Backspace"
              onClick={() => void navigate({ up: true })}
            >
              {t('up')}
            </button>
            <code aria-label={t('folder')}>{view.folder}</code>
          </div>
          <EntryList state={state} />
          {view.more > 0 && <p className="muted small">{t('more', { count: view.more })}</p>}
        </div>
      </div>
      <form
        className="file-dialog-confirm"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(false);
        }}
      >
        <label htmlFor="file-dialog-name">{view.mode === 'folder' ? t('folderName') : t('fileName')}</label>
        <input
          id="file-dialog-name"
          ref={input}
          value={name}
          spellCheck={false}
          autoComplete="off"
          aria-describedby="file-dialog-hint"
          aria-invalid={view.problem ? true : undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <p id="file-dialog-hint" className="muted small">
          {t('nameHint')} {view.mode !== 'folder' && t('types', { types })}
        </p>
        {view.problem && (
          <p className="field-error" role="alert">
            {t(`problem.${view.problem.code}`, { detail: view.problem.detail ?? '' })}
          </p>
        )}
        <div className="file-dialog-buttons">
          <button type="button" className="secondary-button" onClick={cancel}>
            {t('cancel')}
          </button>
          {exists && (
            <button
              type="button"
              className="primary-button"
              disabled={busy}
              onClick={() => void submit(true)}
            >
              {t('replace')}
            </button>
          )}
          {!exists && (
            <button type="submit" className="primary-button" disabled={busy}>
              {t(`confirm.${view.mode}`)}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}
