import {
  memo,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type ClipboardEvent,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { flushPendingSave, useDraft, type DraftStore } from '../stores/draft';
import { countField } from './counts';
import { Counter } from './Counter';
import { fieldDomId } from './navigation';
import { changedOnPaste, preparePaste, type PreparedPaste } from './paste';
import { useDraftFollower } from './useDraftFollower';
import { useWizardSettings } from './settings';

interface TextFieldProps {
  partId: string;
  label: string;
  /** The printed heading's numbering (一、 or （一）), shown but not part of the field's name. */
  numbering?: string;
  guidance?: string;
  limit?: number;
  readOnly: boolean;
  /** Shown below the field's own counter. */
  children?: ReactNode;
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
 * The browser owns what is being typed: the textarea is uncontrolled, its text goes to the draft on
 * each committed input (never while an input method composes, docs/COUNTING.md), and the draft's text is
 * written back only when it differs (a restored snapshot, a reload). So a keystroke renders no
 * React component; the counter follows the draft by itself.
 */
export const TextField = memo(function TextField({
  partId,
  label,
  numbering,
  guidance,
  limit,
  readOnly,
  children,
}: TextFieldProps) {
  const setField = useDraft((s) => s.setField);
  const selectText = useCallback((s: DraftStore) => s.draft?.fields[partId] ?? '', [partId]);
  const selectCount = useCallback((s: DraftStore) => countField(selectText(s), partId), [selectText, partId]);
  const over = useDraft((s) => limit !== undefined && selectCount(s).words > limit);
  const pasteToSimplified = useWizardSettings((s) => s.pasteToSimplified);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const composing = useRef(false);
  const showText = useCallback((text: string) => {
    const element = textarea.current;
    if (element && !composing.current && element.value !== text) element.value = text;
  }, []);
  useDraftFollower(selectText, showText);
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
        ref={textarea}
        onChange={(event) => {
          if (!composing.current) setField(partId, event.target.value);
        }}
        onCompositionStart={() => (composing.current = true)}
        onCompositionEnd={(event) => {
          composing.current = false;
          setField(partId, event.currentTarget.value);
        }}
        onPaste={onPaste}
        onBlur={() => void flushPendingSave().catch(() => undefined)}
        readOnly={readOnly}
        aria-describedby={[guidance && `${id}-guidance`, `${id}-counter`].filter(Boolean).join(' ')}
        aria-invalid={over}
        spellCheck={false}
      />
      <Counter id={`${id}-counter`} select={selectCount} limit={limit} />
      {children}
      {note && <PasteNote paste={note} />}
    </div>
  );
});
