import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import { invokeOrShow } from '../../api';

/** Saving waits for the pen to rest, so one signature is one write, not one per stroke. */
const SAVE_AFTER_MS = 1200;

/** The canvas the user signs on with mouse, pen or finger; kept apart so signature_pad loads with it. */
export function DrawingPad({ draftId, onSaved }: { draftId: string; onSaved: (file: string) => void }) {
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
