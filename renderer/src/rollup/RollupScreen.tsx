import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Progress } from '../delivery/Progress';
import { useElapsed } from '../delivery/useTask';
import { useUi } from '../stores/ui';
import { Passages } from './Passages';
import { RollupResults } from './RollupResults';
import { useRollup } from './store';
import { SubmissionView } from './SubmissionView';
import './rollup.css';

const CHOICES = [
  ['folder', 'primary-button', 'choose.folder'],
  ['files', 'secondary-button', 'choose.files'],
] as const;

/** Folder or files, and whether to hold them against earlier years' too; then the count, with 取消. */
function ChoosePanel() {
  const { t } = useTranslation('rollup');
  const [earlier, setEarlier] = useState(false);
  const status = useRollup((s) => s.status);
  const run = useRollup((s) => s.run);
  const running = status === 'running';
  return (
    <section className="card rollup-choose" aria-labelledby="rollup-choose-heading">
      <h2 id="rollup-choose-heading">{status === 'done' ? t('choose.again') : t('choose.heading')}</h2>
      <p className="muted">{t('intro')}</p>
      <div className="rollup-buttons">
        {CHOICES.map(([what, look, label]) => (
          <button
            key={what}
            type="button"
            className={look}
            disabled={running}
            onClick={() => void run(what, earlier)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={earlier}
          disabled={running}
          onChange={(event) => setEarlier(event.target.checked)}
        />
        {t('choose.earlier')}
      </label>
      <RunProgress />
    </section>
  );
}

/** Shown once main reads (after the dialogs): how many of how many, and the way to stop. */
function RunProgress() {
  const { t } = useTranslation('rollup');
  const progress = useRollup((s) => s.progress);
  const since = useRollup((s) => s.since);
  const status = useRollup((s) => s.status);
  const cancel = useRollup((s) => s.cancel);
  const elapsedMs = useElapsed(status === 'running' ? since : undefined);
  if (status === 'cancelled')
    return (
      <p className="rollup-cancelled" role="status">
        {t('cancelled')}
      </p>
    );
  if (status !== 'running' || !progress) return null;
  return (
    <Progress elapsedMs={elapsedMs} label={t('progress')} count={progress} onCancel={() => void cancel()} />
  );
}

/** 汇总报送材料: the units' submissions read into one table, checked, compared and exported. */
export function RollupScreen() {
  const { t } = useTranslation(['rollup', 'common']);
  const go = useUi((s) => s.go);
  const result = useRollup((s) => s.result);
  const opened = useRollup((s) => s.opened);
  const row = opened ? result?.rows.find((candidate) => candidate.id === opened) : undefined;
  return (
    <div className="page rollup-page" data-ready="rollup">
      <header className="rollup-header">
        <button type="button" className="quiet-button" onClick={() => go({ screen: 'home' })}>
          {t('common:nav.home')}
        </button>
        <h1>{t('title')}</h1>
      </header>
      {row && result ? (
        <SubmissionView row={row} result={result} />
      ) : (
        <>
          <ChoosePanel />
          {result && (
            <>
              <RollupResults result={result} />
              <Passages result={result} />
            </>
          )}
        </>
      )}
    </div>
  );
}
