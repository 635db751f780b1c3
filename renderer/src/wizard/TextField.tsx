import { memo, useEffect, useId, useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { flushPendingSave, useDraft } from '../stores/draft';
import { useFieldCount } from './counts';
import { Counter } from './Counter';
import { fieldDomId } from './navigation';
import { changedOnPaste, preparePaste, type PreparedPaste } from './paste';
import { useImeSafeValue } from './useImeSafeValue';
import { useWizardSettings } from './settings';

interface TextFieldProps {
  partId: string;
  label: string;
  /** The printed heading's numbering (一、 or （一）), shown but not part of the field's name. */
  numbering?: string;
  guidance?: string;
  limit?: number;
  readOnly: boolean;
}

const NOTE_MS = 10_000;

function PasteNote({ paste }: { paste: PreparedPaste }) {
  const { t } = useTranslation('wizard');
  const parts = [
    paste.pinyin > 0 && t('paste.pinyin', { n: paste.pinyin }),
    paste.controls > 0 && t('paste.controls', { n: paste.controls }),
    paste.surrogates > 0 && t('paste.surrogates', { n: paste.surrogates }),
    paste.converted && t('paste.converted'),
  ].filter(Boolean);
  return (
    <p className="paste-note" role="status">
      {t('paste.cleaned', { what: parts.join(t('paste.separator')) })}
    </p>
  );
}

/**
 * One text part of the form: its label, the blank form's guidance beside it, the field, and its
 * counter. Pasted text is cleaned (and converted to simplified if the settings ask) before it lands.
 * It reads only its own text and count, and its props are plain values, so typing in one field
 * redraws that field alone.
 */
export const TextField = memo(function TextField({
  partId,
  label,
  numbering,
  guidance,
  limit,
  readOnly,
}: TextFieldProps) {
  const stored = useDraft((s) => s.draft?.fields[partId] ?? '');
  const setField = useDraft((s) => s.setField);
  const pasteToSimplified = useWizardSettings((s) => s.pasteToSimplified);
  const field = useImeSafeValue(stored, (value) => setField(partId, value));
  const count = useFieldCount(partId);
  const [note, setNote] = useState<PreparedPaste | undefined>();
  const id = useId();
  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(() => setNote(undefined), NOTE_MS);
    return () => clearTimeout(timer);
  }, [note]);

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const raw = event.clipboardData.getData('text/plain');
    if (!raw) return;
    const target = event.currentTarget;
    const { selectionStart, selectionEnd } = target;
    event.preventDefault();
    void preparePaste(raw, pasteToSimplified).then((paste) => {
      target.focus();
      target.setSelectionRange(selectionStart, selectionEnd);
      // insertText keeps the browser's undo history; setRangeText is the fallback where it is refused.
      if (!document.execCommand('insertText', false, paste.text)) {
        target.setRangeText(paste.text, selectionStart, selectionEnd, 'end');
        setField(partId, target.value);
      }
      setNote(changedOnPaste(paste) ? paste : undefined);
    });
  };

  return (
    <div className="field field-text">
      <div className="field-head">
        <span className="field-title">
          {numbering && <span aria-hidden="true">{numbering}</span>}
          <label htmlFor={fieldDomId(partId)}>{label}</label>
        </span>
        {guidance && (
          <span id={`${id}-guidance`} className="guidance">
            {guidance}
          </span>
        )}
      </div>
      <textarea
        id={fieldDomId(partId)}
        {...field}
        onPaste={onPaste}
        onBlur={() => void flushPendingSave().catch(() => undefined)}
        readOnly={readOnly}
        aria-describedby={[guidance && `${id}-guidance`, `${id}-counter`].filter(Boolean).join(' ')}
        aria-invalid={limit !== undefined && count.words > limit}
        spellCheck={false}
      />
      <Counter id={`${id}-counter`} words={count.words} chars={count.chars} limit={limit} />
      {note && <PasteNote paste={note} />}
    </div>
  );
});
