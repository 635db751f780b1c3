import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/ipc';
import { invokeOrShow } from '../api';

type Revealed = ResponseOf<'export:reveal'>;
const folderOf = (path: string) => path.replace(/[\\/][^\\/]*$/, '') || path;

/**
 * Opens the file main last wrote for the draft, or shows it in its folder; main looks the path up
 * itself. It then says what happened: where there is no desktop to hand the file to (the browser
 * shell), where the file is.
 */
export function RevealButtons({
  draftId,
  channel = 'export:reveal',
}: {
  draftId: string;
  channel?: 'export:reveal' | 'delivery:revealCoverSheet';
}) {
  const { t } = useTranslation('export');
  const { t: tDialog } = useTranslation('dialog');
  const [revealed, setRevealed] = useState<{ what: 'file' | 'folder'; result: Revealed } | undefined>();
  const reveal = async (what: 'file' | 'folder') => {
    setRevealed(undefined);
    const result = await invokeOrShow(channel, { id: draftId, what });
    if (result) setRevealed({ what, result });
  };
  const said = revealed && {
    text:
      revealed.result.outcome === 'located'
        ? tDialog(revealed.what === 'file' ? 'reveal.located-file' : 'reveal.located-folder')
        : tDialog(`reveal.${revealed.result.outcome}`),
    path:
      revealed.result.outcome === 'located' && revealed.what === 'folder'
        ? folderOf(revealed.result.path)
        : revealed.result.path,
  };
  return (
    <>
      <button type="button" className="secondary-button" onClick={() => void reveal('file')}>
        {t('result.open')}
      </button>
      <button type="button" className="secondary-button" onClick={() => void reveal('folder')}>
        {t('result.reveal')}
      </button>
      {said && (
        <p className="reveal-said" role="status">
          {said.text}
          <code>{said.path}</code>
        </p>
      )}
    </>
  );
}
