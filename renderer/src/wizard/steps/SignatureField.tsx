import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api';
import { useDraft } from '../../stores/draft';

// signature_pad is needed only here, so it loads when the pad is first shown.
const DrawingPad = lazy(() => import('./DrawingPad').then((m) => ({ default: m.DrawingPad })));

function useSignaturePreview(draftId: string, file: string | undefined): string | undefined {
  const [preview, setPreview] = useState<{ file: string; url: string } | undefined>();
  useEffect(() => {
    if (!file) return;
    let live = true;
    void invoke('attachments:read', { id: draftId, file }).then((result) => {
      if (live && result.ok) setPreview({ file, url: result.value.dataUrl });
    });
    return () => {
      live = false;
    };
  }, [draftId, file]);
  return file && preview?.file === file ? preview.url : undefined;
}

/** The optional drawn signature printed at 报送人签字 (docs/WIZARD.md); without one, the line stays blank. */
export function SignatureField({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('wizard');
  const draftId = useDraft((s) => s.draft?.id ?? '');
  const file = useDraft((s) => s.draft?.declaration.signatureFile);
  const setDeclaration = useDraft((s) => s.setDeclaration);
  const [redrawing, setRedrawing] = useState(false);
  const preview = useSignaturePreview(draftId, file);
  const saved = (signatureFile: string) => {
    setDeclaration({ signatureFile });
    setRedrawing(false);
  };

  return (
    <fieldset className="form-section signature">
      <legend>{t('signature.legend')}</legend>
      <p className="muted small">{t('signature.help')}</p>
      {file && !redrawing ? (
        <div className="signature-saved">
          {preview && <img src={preview} alt={t('signature.preview')} className="signature-image" />}
          {!readOnly && (
            <div className="signature-actions">
              <button type="button" className="secondary-button" onClick={() => setRedrawing(true)}>
                {t('signature.redraw')}
              </button>
              <button
                type="button"
                className="quiet-button"
                onClick={() => setDeclaration({ signatureFile: undefined })}
              >
                {t('signature.remove')}
              </button>
            </div>
          )}
        </div>
      ) : readOnly ? (
        <p className="muted">{t('signature.none')}</p>
      ) : (
        <Suspense fallback={<div className="signature-canvas" />}>
          <DrawingPad draftId={draftId} onSaved={saved} />
        </Suspense>
      )}
    </fieldset>
  );
}
