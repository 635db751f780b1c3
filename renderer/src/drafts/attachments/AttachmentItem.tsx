import { useTranslation } from 'react-i18next';
import type { Attachment } from '../../../../shared/draft';
import type { TextPart } from '../../../../shared/forms';
import { useFormText } from '../../wizard/useFormText';
import { Thumbnail } from './Thumbnail';

export function formatBytes(size: number): string {
  if (size < 1024 * 1024) return `${Math.max(1, Math.round(size / 1024))} KB`;
  if (size < 1024 ** 3) return `${(size / 1024 ** 2).toFixed(1)} MB`;
  return `${(size / 1024 ** 3).toFixed(2)} GB`;
}

interface Props {
  draftId: string;
  attachment: Attachment;
  /** For printed images: the figure number and the body parts it may follow. */
  figure?: { n: number; parts: TextPart[] };
  readOnly: boolean;
  onChange: (patch: Partial<Pick<Attachment, 'caption' | 'afterPart'>>) => void;
  onRemove: () => void;
}

/** One attached file: a preview for images, its name and size, and for printed images caption and place. */
export function AttachmentItem({ draftId, attachment, figure, readOnly, onChange, onRemove }: Props) {
  const { t } = useTranslation('attachments');
  const formText = useFormText();
  const isImage = attachment.mime.startsWith('image/');
  const captionId = `caption-${attachment.id}`;
  const placeId = `place-${attachment.id}`;
  return (
    <li className="attachment-item" data-attachment-id={attachment.id}>
      {isImage ? (
        <Thumbnail
          draftId={draftId}
          file={attachment.printFile ?? attachment.file}
          alt={attachment.originalName}
        />
      ) : (
        <div className="thumbnail thumbnail-file" aria-hidden="true">
          {attachment.mime.split('/')[1]?.toUpperCase()}
        </div>
      )}
      <div className="attachment-body">
        <p className="attachment-name">
          {figure && <strong>{t('figure', { n: figure.n })} </strong>}
          {attachment.originalName}
        </p>
        <p className="muted">
          {formatBytes(attachment.size)}
          {attachment.width && attachment.height
            ? ` · ${t('pixels', { width: attachment.width, height: attachment.height })}`
            : ''}
        </p>
        {figure && (
          <div className="attachment-fields">
            <label htmlFor={captionId}>{t('caption')}</label>
            <input
              id={captionId}
              value={attachment.caption}
              maxLength={200}
              placeholder={t('captionPlaceholder')}
              readOnly={readOnly}
              aria-describedby={`${captionId}-hint`}
              onChange={(e) => onChange({ caption: e.target.value })}
            />
            <p id={`${captionId}-hint`} className="muted small attachment-caption-hint">
              {t('captionHint', { n: figure.n })}
            </p>
            <label htmlFor={placeId}>{t('afterPart')}</label>
            <select
              id={placeId}
              value={attachment.afterPart ?? figure.parts.at(-1)?.id}
              disabled={readOnly}
              onChange={(e) => onChange({ afterPart: e.target.value })}
            >
              {figure.parts.map((part) => (
                <option key={part.id} value={part.id}>
                  {formText(`${part.key}.heading`, part.heading ?? part.name)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {!readOnly && (
        <button type="button" className="quiet-button" onClick={onRemove}>
          {t('remove', { name: attachment.originalName })}
        </button>
      )}
    </li>
  );
}
