import { memo, useCallback, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { saveNow, useDraft, type DraftStore } from '../stores/draft';
import { useSettings } from '../stores/settings';
import { countField } from './counts';
import { Counter } from './Counter';
import { fieldDomId } from './navigation';
import { PasteNote } from './PasteNote';
import { isLarge } from './text-blocks';
import { useFieldEditing } from './useFieldEditing';
import { usePaste } from './usePaste';
import { textOf } from '../../../shared/draft';

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

/**
 * One text part of the form: its label, the blank form's guidance beside it, the field, and its
 * counter. Typing and undo are `useFieldEditing`'s; pasting, its cleanup and the note about it
 * are `usePaste`'s. A keystroke renders no React component; the counter follows the draft. A large
 * text (from `BLOCKS_FROM` characters) is edited as blocks of lines, named by the same label.
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
  const { t } = useTranslation('wizard');
  const selectCount = useCallback(
    (s: DraftStore) => countField(s.draft ? textOf(s.draft, partId) : '', partId),
    [partId],
  );
  const over = useDraft((s) => limit !== undefined && selectCount(s).words > limit);
  const pasteToSimplified = useSettings((s) => s.settings?.pasteToSimplified ?? false);
  /** Whether the text is shown as blocks; kept until it is well below the threshold again. */
  const blocks = useRef(false);
  const large = useDraft(
    (s) => (blocks.current = isLarge(s.draft ? textOf(s.draft, partId).length : 0, blocks.current)),
  );
  const editing = useFieldEditing(partId);
  const { composing, commit } = editing;
  const paste = usePaste(partId, editing, pasteToSimplified);
  const id = useId();
  const busy = paste.progress !== undefined;
  const described = [guidance && `${id}-guidance`, `${id}-counter`].filter(Boolean).join(' ');

  return (
    <div className="field field-text">
      <div className="field-head">
        <span className="field-title">
          {numbering && <span aria-hidden="true">{numbering}</span>}
          <label
            id={`${id}-label`}
            htmlFor={fieldDomId(partId)}
            // A label names the blocks too (aria-labelledby) but focuses only a form control.
            onClick={() => large && document.getElementById(fieldDomId(partId))?.focus()}
          >
            {label}
          </label>
        </span>
        {guidance && (
          <span id={`${id}-guidance`} className="guidance">
            {guidance}
          </span>
        )}
      </div>
      {busy && (
        <p className="paste-progress" role="status">
          {t('paste.progress', { percent: Math.round(paste.progress! * 100) })}
        </p>
      )}
      {large ? (
        <div
          id={fieldDomId(partId)}
          ref={editing.blocks}
          className="field-blocks"
          role="textbox"
          aria-multiline="true"
          aria-labelledby={`${id}-label`}
          // React leaves the blocks' children alone: `BlockView` owns them.
          contentEditable={readOnly || busy ? 'false' : 'plaintext-only'}
          suppressContentEditableWarning
          tabIndex={0}
          onCompositionStart={() => (composing.current = true)}
          onCompositionEnd={() => {
            composing.current = false;
            editing.commitBlocks();
          }}
          onKeyDown={editing.onKeyDown}
          onPaste={paste.onPaste}
          onBlur={() => void saveNow()}
          aria-readonly={readOnly || busy}
          aria-busy={busy}
          aria-describedby={described}
          aria-invalid={over}
          spellCheck={false}
        />
      ) : (
        <textarea
          id={fieldDomId(partId)}
          ref={editing.textarea}
          onChange={(event) => {
            if (!composing.current) commit(event.target.value);
          }}
          onCompositionStart={() => (composing.current = true)}
          onCompositionEnd={(event) => {
            composing.current = false;
            commit(event.currentTarget.value);
          }}
          onKeyDown={editing.onKeyDown}
          onPaste={paste.onPaste}
          onBlur={() => void saveNow()}
          // While a large paste is cleaned, typing would land in text about to be replaced.
          readOnly={readOnly || busy}
          aria-busy={busy}
          aria-describedby={described}
          aria-invalid={over}
          spellCheck={false}
        />
      )}
      <Counter id={`${id}-counter`} select={selectCount} limit={limit} />
      {paste.note && (
        <PasteNote
          note={paste.note}
          onKeepOriginal={paste.keepOriginal}
          onConvert={() => void paste.convert()}
          onDismiss={paste.dismiss}
        />
      )}
      {children}
    </div>
  );
});
