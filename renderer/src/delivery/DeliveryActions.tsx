import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/ipc';
import type { ExportOptions } from '../../../shared/settings';
import { invokeOrReport } from '../api';
import { ErrorBanner } from '../ErrorAlert';
import type { Failure } from '../stores/ui';
import { ensureSaved } from '../stores/draft';
import { useExportHistory } from './history-store';
import { RevealButtons } from '../export/RevealButtons';
import { PackageResult } from './PackageResult';
import { Progress } from './Progress';
import { useTask } from './useTask';

type Done =
  | { kind: 'pdf'; value: ResponseOf<'delivery:pdf'> }
  | { kind: 'package'; value: ResponseOf<'delivery:package'> }
  | { kind: 'cover'; value: ResponseOf<'delivery:coverSheet'> };

/** PDF, the submission package and the cover sheet, each with its result and, while slow, progress. */
export function DeliveryActions({
  draftId,
  options,
  pdf,
}: {
  draftId: string;
  options: ExportOptions;
  pdf: boolean;
}) {
  const { t } = useTranslation('delivery');
  const { running, elapsedMs, run } = useTask<Done['kind']>();
  const [done, setDone] = useState<Done | undefined>();
  const [failure, setFailure] = useState<Failure | undefined>();
  const reload = useExportHistory((s) => s.load);

  const start = <K extends Done['kind']>(
    kind: K,
    call: () => Promise<Extract<Done, { kind: K }>['value'] | undefined>,
  ) =>
    run(kind, async () => {
      setDone(undefined);
      // The export panel says why when the newest edits are not on disk; nothing is made from the older copy.
      if (!(await ensureSaved())) return;
      const value = await call();
      if (value) setDone({ kind, value } as Done);
      await reload(draftId);
    });

  const labels = { pdf: t('pdf.action'), package: t('package.action'), cover: t('cover.action') };
  return (
    <div className="delivery-actions">
      <div className="delivery-buttons">
        <button
          type="button"
          className="secondary-button"
          disabled={!!running || !pdf}
          onClick={() =>
            void start('pdf', () => invokeOrReport('delivery:pdf', { id: draftId, options }, setFailure))
          }
        >
          {labels.pdf}
        </button>
        <button
          type="button"
          className="primary-button"
          disabled={!!running}
          onClick={() =>
            void start('package', () =>
              invokeOrReport('delivery:package', { id: draftId, options }, setFailure),
            )
          }
        >
          {labels.package}
        </button>
        <button
          type="button"
          className="secondary-button"
          disabled={!!running}
          onClick={() =>
            void start('cover', () => invokeOrReport('delivery:coverSheet', { id: draftId }, setFailure))
          }
        >
          {labels.cover}
        </button>
      </div>
      {!pdf && <p className="muted small">{t('pdf.missing')}</p>}
      <p className="muted small">{t('package.help')}</p>
      {running && <Progress elapsedMs={elapsedMs} label={labels[running]} />}
      <ErrorBanner failure={failure} onDismiss={() => setFailure(undefined)} inline />
      {done?.kind === 'pdf' && (
        <div className="delivery-result" role="status">
          <p>
            {t('pdf.done', { number: done.value.number, hash: done.value.hash })}
            <code>{done.value.files[0]}</code>
          </p>
          <RevealButtons draftId={draftId} />
        </div>
      )}
      {done?.kind === 'package' && (
        <PackageResult result={done.value}>
          <RevealButtons draftId={draftId} />
        </PackageResult>
      )}
      {done?.kind === 'cover' && (
        <div className="delivery-result" role="status">
          <p>
            {t('cover.done', { number: done.value.number, hash: done.value.hash })}
            <code>{done.value.file}</code>
          </p>
          <RevealButtons draftId={draftId} channel="delivery:revealCoverSheet" />
        </div>
      )}
    </div>
  );
}
