import { useTranslation } from 'react-i18next';
import type { PreparedPaste } from './paste';
import type { PasteNote as Note } from './usePaste';

function useCleanedText(paste: PreparedPaste): string {
  const { t } = useTranslation('wizard');
  const parts = [
    paste.pinyin > 0 && t('paste.pinyin', { n: paste.pinyin }),
    paste.controls > 0 && t('paste.controls', { n: paste.controls }),
    paste.surrogates > 0 && t('paste.surrogates', { n: paste.surrogates }),
    paste.converted && t('paste.converted'),
  ].filter(Boolean);
  return t('paste.cleaned', { what: parts.join(t('paste.separator')) });
}

interface PasteNoteProps {
  note: Note;
  onKeepOriginal: () => void;
  onConvert: () => void;
  onDismiss: () => void;
}

function Cleaned({ paste }: { paste: PreparedPaste }) {
  return <p>{useCleanedText(paste)}</p>;
}

/**
 * Beside the field, until dismissed: what the cleanup of a paste changed, with the way back to
 * exactly what was pasted; for traditional text, the offer to convert it. After either, how to
 * undo that too.
 */
export function PasteNote({ note, onKeepOriginal, onConvert, onDismiss }: PasteNoteProps) {
  const { t } = useTranslation('wizard');
  const traditional = note.kind === 'traditional' || (note.kind === 'cleaned' && note.traditional);
  return (
    <div className="paste-note">
      <div role="status">
        {note.kind === 'cleaned' && <Cleaned paste={note.paste} />}
        {traditional && <p>{t('paste.traditional')}</p>}
        {(note.kind === 'restored' || note.kind === 'converted' || note.kind === 'moved') && (
          <p>{t(`paste.${note.kind}`)}</p>
        )}
      </div>
      <div className="paste-note-actions">
        {note.kind === 'cleaned' && (
          <button type="button" className="quiet-button" onClick={onKeepOriginal}>
            {t('paste.keepOriginal')}
          </button>
        )}
        {traditional && (
          <button type="button" className="quiet-button" onClick={onConvert}>
            {t('paste.convert')}
          </button>
        )}
        <button type="button" className="quiet-button" onClick={onDismiss}>
          {traditional ? t('paste.keepTraditional') : t('paste.dismiss')}
        </button>
      </div>
    </div>
  );
}
