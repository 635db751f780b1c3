import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportOptions } from '../../../shared/settings';
import { invokeOrShow } from '../api';
import { ensureSaved } from '../stores/draft';
import { Progress } from './Progress';
import { useTask } from './useTask';

const bytesOf = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** Renders .docx bytes into `container` with docx-preview, loaded only when a preview is asked for. */
async function renderDocx(base64: string, container: HTMLElement): Promise<void> {
  const { renderAsync } = await import('docx-preview');
  container.replaceChildren();
  await renderAsync(new Blob([bytesOf(base64)]), container, undefined, {
    className: 'docx',
    inWrapper: true,
    breakPages: true,
    ignoreLastRenderedPageBreak: true,
    renderHeaders: true,
    renderFooters: true,
  });
}

/**
 * The very .docx that export would write, shown before it is saved: at once as docx-preview
 * renders it, then, where LibreOffice is installed, as the pages LibreOffice actually prints.
 */
export function Preview({
  draftId,
  options,
  truePages,
}: {
  draftId: string;
  options: ExportOptions;
  truePages: boolean;
}) {
  const { t } = useTranslation('delivery');
  const container = useRef<HTMLDivElement>(null);
  const [docxShown, setDocxShown] = useState(false);
  const [pages, setPages] = useState<string[] | undefined>();
  const pagesTask = useTask<'pages'>();
  const runPages = pagesTask.run;

  useEffect(() => {
    let current = true;
    void (async () => {
      if (!(await ensureSaved())) return;
      const preview = await invokeOrShow('export:preview', { id: draftId, options });
      if (!current || !preview || !container.current) return;
      await renderDocx(preview.docx, container.current);
      if (current) setDocxShown(true);
      if (!truePages) return;
      const rendered = await runPages('pages', () =>
        invokeOrShow('delivery:pages', { id: draftId, options }),
      );
      if (current && rendered) setPages(rendered.pages);
    })();
    return () => {
      current = false;
    };
  }, [draftId, options, truePages, runPages]);

  return (
    <div className="delivery-preview" aria-label={t('preview.show')} role="region">
      {!docxShown && <p className="muted">{t('preview.loading')}</p>}
      {pagesTask.running && <Progress elapsedMs={pagesTask.elapsedMs} label={t('preview.pagesLoading')} />}
      {pages ? (
        <>
          <p className="muted">{t('preview.pages', { count: pages.length })}</p>
          <ol className="preview-pages">
            {pages.map((png, index) => (
              <li key={index}>
                <img src={`data:image/png;base64,${png}`} alt={t('preview.page', { number: index + 1 })} />
              </li>
            ))}
          </ol>
        </>
      ) : (
        docxShown && <p className="muted">{t('preview.approximate')}</p>
      )}
      <div ref={container} className="docx-preview-host" hidden={pages !== undefined} />
    </div>
  );
}
