import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/campaign';
import { useDataTexts } from '../i18n/useDataText';
import { dateParts, daysUntil } from './deadline';

function DeadlineStatus({ days }: { days: number }) {
  const { t } = useTranslation('home');
  if (days > 0) return <span className="badge badge-ok">{t('campaign.daysLeft', { count: days })}</span>;
  if (days === 0) return <span className="badge badge-warn">{t('campaign.dueToday')}</span>;
  return <span className="badge badge-past">{t('campaign.passed', { count: -days })}</span>;
}

/**
 * The facts of one call, from its campaign data file; data text follows the UI script. Only the
 * facts the notice gives are listed (a 5·20 notice names a recipient, no postal address).
 */
export function CampaignCard({ campaign, headingId }: { campaign: Campaign; headingId: string }) {
  const { t } = useTranslation('home');
  const { deadline } = campaign;
  const texts = useDataTexts({
    theme: campaign.theme,
    documentNumber: campaign.documentNumber,
    issuer: campaign.issuer,
    organisation: campaign.postal?.organisation ?? '',
    address: campaign.postal?.address ?? '',
    recipient: campaign.postal?.recipient ?? '',
    receiver: campaign.recipient ?? '',
  });
  return (
    <div className="card campaign">
      <p className="eyebrow" id={headingId}>
        {t('campaign.heading')}
      </p>
      <p className="campaign-theme">{texts.theme}</p>
      <dl className="facts">
        <dt>{t('campaign.document')}</dt>
        <dd>{texts.documentNumber}</dd>
        <dt>{t('campaign.issuer')}</dt>
        <dd>{texts.issuer}</dd>
        <dt>{t('campaign.deadline')}</dt>
        <dd>
          {deadline ? (
            <>
              <time dateTime={deadline}>{t('campaign.date', dateParts(deadline))}</time>{' '}
              <DeadlineStatus days={daysUntil(deadline, new Date())} />
            </>
          ) : (
            t('campaign.noDeadline')
          )}
        </dd>
        {campaign.email && (
          <>
            <dt>{t('campaign.email')}</dt>
            <dd>
              <span className="mono">{campaign.email}</span>
            </dd>
          </>
        )}
        {campaign.postal ? (
          <>
            <dt>{t('campaign.postal')}</dt>
            <dd>
              {texts.organisation}
              <br />
              {texts.address}
              {texts.recipient && (
                <>
                  <br />
                  {t('campaign.recipient', { name: texts.recipient })}
                </>
              )}
            </dd>
          </>
        ) : (
          texts.receiver && (
            <>
              <dt>{t('campaign.sendTo')}</dt>
              <dd>{texts.receiver}</dd>
            </>
          )
        )}
      </dl>
    </div>
  );
}
