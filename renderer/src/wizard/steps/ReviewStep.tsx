import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../../shared/forms';
import type { FieldIssue } from '../../../../shared/validate';
import { useDraft } from '../../stores/draft';
import { MissingList } from '../MissingList';
import { FINALISE_FIELD, fieldDomId } from '../navigation';
import { CountOverview } from './CountOverview';

// Export and delivery (with their preview) are only for the review step, so they load with it.
const ExportPanel = lazy(() => import('../../export/ExportPanel').then((m) => ({ default: m.ExportPanel })));

function Finalise({ issues }: { issues: FieldIssue[] }) {
  const { t } = useTranslation('wizard');
  const status = useDraft((s) => s.draft?.status);
  const setStatus = useDraft((s) => s.setStatus);
  const errors = issues.filter((i) => i.severity === 'error').length;
  if (status === 'final')
    return (
      <section className="form-section finalise is-final" aria-labelledby="finalise-heading">
        <h3 id="finalise-heading">{t('finalise.finalTitle')}</h3>
        <p>{t('finalise.finalHelp')}</p>
        <button type="button" className="secondary-button" onClick={() => setStatus('draft')}>
          {t('finalise.unlock')}
        </button>
      </section>
    );
  return (
    <section className="form-section finalise" aria-labelledby="finalise-heading">
      <h3 id="finalise-heading">{t('finalise.title')}</h3>
      <p>{t('finalise.help')}</p>
      {errors > 0 && <p className="field-warning">{t('finalise.withErrors', { n: errors })}</p>}
      <button
        type="button"
        id={fieldDomId(FINALISE_FIELD)}
        className="primary-button"
        onClick={() => setStatus('final')}
      >
        {t('finalise.action')}
      </button>
    </section>
  );
}

/** 检查与导出: every issue of every step with a link to it, the counts at a glance, 定稿, and export. */
export function ReviewStep({ form, issues }: { form: FormDefinition; issues: FieldIssue[] }) {
  const { t } = useTranslation(['wizard', 'common']);
  return (
    <>
      <section className="form-section" aria-labelledby="review-issues">
        <h3 id="review-issues">{t('review.issues')}</h3>
        {issues.length === 0 ? (
          <p className="step-complete">{t('review.noIssues')}</p>
        ) : (
          <MissingList form={form} issues={issues} withStep />
        )}
      </section>
      <CountOverview form={form} />
      <Finalise issues={issues} />
      <Suspense fallback={<p className="muted">{t('common:loading')}</p>}>
        <ExportPanel form={form} />
      </Suspense>
    </>
  );
}
