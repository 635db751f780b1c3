import { useEffect, useRef, useState, type ReactNode } from 'react';
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
 * A printed form: at once as docx-preview renders its .docx, then, once `pages` are there, as the
 * pages LibreOffice actually prints. `pending` shows while those pages are being made.
 */
export function DocxPages({
  docx,
  pages,
  pending,
}: {
  docx: string | undefined;
  pages: string[] | undefined;
  pending?: ReactNode;
}) {
  const { t } = useTranslation('delivery');
  const container = useRef<HTMLDivElement>(null);
  // Which .docx docx-preview has drawn: a new one is not shown until it has been drawn.
  const [drawn, setDrawn] = useState<string | undefined>();
  const docxShown = docx !== undefined && drawn === docx;

  useEffect(() => {
    let current = true;
    if (docx === undefined || !container.current) return;
    void renderDocx(docx, container.current).then(() => current && setDrawn(docx));
    return () => {
      current = false;
    };
  }, [docx]);

  return (
    <div className="delivery-preview" aria-label={t('preview.show')} role="region">
      {!docxShown && !pages && <p className="muted">{t('preview.loading')}</p>}
      {pending}
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
  const [docx, setDocx] = useState<string | undefined>();
  const [pages, setPages] = useState<string[] | undefined>();
  const pagesTask = useTask<'pages'>();
  const runPages = pagesTask.run;

  useEffect(() => {
    let current = true;
    void (async () => {
      if (!(await ensureSaved())) return;
      const preview = await invokeOrShow('export:preview', { id: draftId, options });
      if (!current || !preview) return;
      setDocx(preview.docx);
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
    <DocxPages
      docx={docx}
      pages={pages}
      pending={
        pagesTask.running && <Progress elapsedMs={pagesTask.elapsedMs} label={t('preview.pagesLoading')} />
      }
    />
  );
}
