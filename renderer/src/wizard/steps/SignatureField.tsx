import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import { invoke, invokeOrShow } from '../../api';
import { useDraft } from '../../stores/draft';

/** Saving waits for the pen to rest, so one signature is one write, not one per stroke. */
const SAVE_AFTER_MS = 1200;

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

function DrawingPad({ draftId, onSaved }: { draftId: string; onSaved: (file: string) => void }) {
  const { t } = useTranslation('wizard');
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | undefined>(undefined);
  const [state, setState] = useState<'empty' | 'drawing' | 'saving'>('empty');
  // The pad lives as long as the canvas; the latest callback is read when a save completes.
  const savedCallback = useRef(onSaved);
  useEffect(() => {
    savedCallback.current = onSaved;
  }, [onSaved]);
  useEffect(() => {
    const element = canvas.current!;
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    element.width = element.offsetWidth * ratio;
    element.height = element.offsetHeight * ratio;
    element.getContext('2d')!.scale(ratio, ratio);
    const signature = new SignaturePad(element, { penColor: '#111', minWidth: 1, maxWidth: 3 });
    pad.current = signature;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = async () => {
      if (signature.isEmpty()) return;
      setState('saving');
      const png = signature.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
      const saved = await invokeOrShow('attachments:saveSignature', { id: draftId, png });
      setState('drawing');
      if (saved) savedCallback.current(saved.file);
    };
    const beginStroke = () => {
      clearTimeout(timer);
      setState('drawing');
    };
    const endStroke = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void save(), SAVE_AFTER_MS);
    };
    signature.addEventListener('beginStroke', beginStroke);
    signature.addEventListener('endStroke', endStroke);
    return () => {
      clearTimeout(timer);
      signature.off();
    };
  }, [draftId]);
  return (
    <div className="signature-drawing">
      <canvas ref={canvas} className="signature-canvas" aria-label={t('signature.canvas')} role="img" />
      <div className="signature-actions">
        <span className="muted small" role="status">
          {t(`signature.${state}`)}
        </span>
        <button
          type="button"
          className="quiet-button"
          onClick={() => {
            pad.current?.clear();
            setState('empty');
          }}
          disabled={state === 'empty'}
        >
          {t('signature.clear')}
        </button>
      </div>
    </div>
  );
}

/** The optional drawn signature printed at 报送人签字 (DESIGN §4); without one, the line stays blank. */
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
        <DrawingPad draftId={draftId} onSaved={saved} />
      )}
    </fieldset>
  );
}
