import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../shared/forms';
import type { ResponseOf } from '../../../shared/ipc';
import { invokeOrReport } from '../api';
import { DeliveryPanel } from '../delivery/DeliveryPanel';
import { useShortcutHint } from '../shortcut-hint';
import { useExportHistory } from '../delivery/history-store';
import { ensureSaved, useDraft } from '../stores/draft';
import { usePrintOptions } from '../stores/settings';
import type { Failure } from '../stores/ui';
import { ErrorBanner } from '../ErrorAlert';
import { ExportOptionsForm } from './ExportOptionsForm';
import { MixedScriptNotice } from './MixedScript';
import { PreflightList, PreflightSummary } from './PreflightList';
import { RevealButtons } from './RevealButtons';
import { usePreflight } from './usePreflight';
import './export.css';

type Exported = ResponseOf<'export:docx'>;

function ExportResult({ draftId, result }: { draftId: string; result: Exported }) {
  const { t } = useTranslation('export');
  return (
    <div className="export-result" role="status">
      <p>
        {t('result.done', { number: result.number, hash: result.hash })}
        <code>{result.files[0]}</code>
      </p>
      <RevealButtons draftId={draftId} />
    </div>
  );
}

/** The review step's export: what preflight found, the layout options, and the export itself. */
export function ExportPanel({ form }: { form: FormDefinition }) {
  const { t } = useTranslation('export');
  const hint = useShortcutHint();
  const draftId = useDraft((s) => s.draft?.id)!;
  const updatedAt = useDraft((s) => s.draft?.updatedAt);
  const { preflight, unsaved, checking, check } = usePreflight(draftId, updatedAt);
  const [options, changeOptions] = usePrintOptions();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Exported | undefined>();
  const [failure, setFailure] = useState<Failure | undefined>();

  const exportDocx = async () => {
    setBusy(true);
    try {
      if (!(await ensureSaved())) return;
      const done = await invokeOrReport('export:docx', { id: draftId, options }, setFailure);
      if (done) setResult(done);
      await useExportHistory.getState().load(draftId);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="form-section export-panel" aria-labelledby="export-heading">
      <h3 id="export-heading">{t('title')}</h3>
      <p className="muted">{t('help')}</p>
      <h4>{t('preflight.title')}</h4>
      {unsaved ? (
        <p className="save-blocked" role="status">
          {t('unsaved')}
        </p>
      ) : !preflight ? (
        <p>{t('preflight.checking')}</p>
      ) : preflight.issues.length === 0 ? (
        <p className="step-complete">{t('preflight.none')}</p>
      ) : (
        <>
          <PreflightSummary issues={preflight.issues} />
          <PreflightList form={form} issues={preflight.issues} draftId={draftId} />
        </>
      )}
      <MixedScriptNotice form={form} />
      <button type="button" className="link-button" disabled={checking} onClick={() => void check()}>
        {checking ? t('preflight.checking') : t('preflight.recheck')}
      </button>
      <ExportOptionsForm options={options} onChange={changeOptions} />
      <p className={preflight?.provisional ? 'field-warning' : 'muted'}>
        {preflight?.provisional ? t('action.provisional') : t('action.final')}
      </p>
      <button
        type="button"
        className="primary-button"
        {...hint('export')}
        disabled={busy || !preflight}
        onClick={() => void exportDocx()}
      >
        {busy ? t('action.exporting') : t('action.export')}
      </button>
      <ErrorBanner failure={failure} onDismiss={() => setFailure(undefined)} inline />
      {result && <ExportResult draftId={draftId} result={result} />}
      <DeliveryPanel form={form} options={options} />
    </section>
  );
}
