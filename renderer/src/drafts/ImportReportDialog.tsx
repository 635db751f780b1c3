import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocxImport, type StagedImport } from '../stores/imported';
import { useUi } from '../stores/ui';
import { useFormName, useFormText } from '../wizard/useFormText';

/** The report of the Word import in progress, wherever it was started; `onCreated` follows 创建草稿. */
export function DocxImportDialog({ onCreated }: { onCreated?: () => void }) {
  const pending = useDocxImport((s) => s.pending);
  const created = useDocxImport((s) => s.created);
  const busy = useDocxImport((s) => s.busy);
  if (!pending) return null;
  const confirm = async () => {
    if ((await useDocxImport.getState().confirm()) && onCreated) onCreated();
  };
  return (
    <ImportReportDialog
      imported={pending}
      created={created}
      busy={busy}
      onConfirm={() => void confirm()}
      onClose={() => void useDocxImport.getState().close()}
    />
  );
}

/**
 * What a Word import found, shown before anything is saved: each field with its 字数 against its
 * limit, each item not found on a line of its own, and the text it could not place, whole, so the
 * user can copy it into the right field. 创建草稿 makes the new draft (then 打开草稿 opens it);
 * 取消, or closing the dialog, leaves nothing behind.
 */
function ImportReportDialog({
  imported,
  created,
  busy,
  onConfirm,
  onClose,
}: {
  imported: StagedImport;
  created: string | undefined;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('drafts');
  const dialog = useRef<HTMLDialogElement>(null);
  const formText = useFormText();
  const formName = useFormName();
  const go = useUi((s) => s.go);
  useEffect(() => dialog.current?.showModal(), []);
  const { report } = imported;
  const nameOf = (field: { key: string; name: string }) =>
    formText(`${field.key}.heading`, formText(`${field.key}.name`, field.name));

  return (
    <dialog ref={dialog} className="import-report" aria-labelledby="import-report-title" onClose={onClose}>
      <h2 id="import-report-title">{t('importReport.title', { form: formName(report.form) })}</h2>
      <ul className="import-found">
        {report.found.map((field) => (
          <li key={field.id} className={field.limit && field.words > field.limit ? 'over' : undefined}>
            {field.rows !== undefined
              ? t('importReport.foundRows', { name: nameOf(field), rows: field.rows })
              : field.limit
                ? t('importReport.foundLimit', {
                    name: nameOf(field),
                    words: field.words,
                    limit: field.limit,
                  })
                : t('importReport.found', { name: nameOf(field), words: field.words })}
          </li>
        ))}
      </ul>
      {report.missing.length > 0 && (
        <ul className="import-missing">
          {report.missing.map((field) => (
            <li key={field.id}>{t('importReport.missing', { name: nameOf(field) })}</li>
          ))}
        </ul>
      )}
      <p>
        {t('importReport.images', { count: report.images })}
        {report.signature && ` ${t('importReport.signature')}`}
      </p>
      {report.problems.length > 0 && (
        <ul className="import-problems">
          {report.problems.map((problem, index) => (
            <li key={index}>
              {t(`importReport.problem.${problem.code}`)}
              {problem.text && <q className="import-text">{problem.text}</q>}
            </li>
          ))}
        </ul>
      )}
      {created && <p role="status">{t('importReport.created')}</p>}
      <div className="import-actions">
        {created ? (
          <>
            <button
              type="button"
              className="primary-button"
              onClick={() => {
                onClose();
                go({ screen: 'wizard', draftId: created });
              }}
            >
              {t('importReport.open')}
            </button>
            <button type="button" className="quiet-button" onClick={() => dialog.current?.close()}>
              {t('importReport.close')}
            </button>
          </>
        ) : (
          <>
            <button type="button" className="primary-button" onClick={onConfirm} disabled={busy}>
              {t('importReport.create')}
            </button>
            <button type="button" className="quiet-button" onClick={() => dialog.current?.close()}>
              {t('importReport.cancel')}
            </button>
          </>
        )}
      </div>
    </dialog>
  );
}
