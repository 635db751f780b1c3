import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/campaign';
import { useDataTexts } from '../i18n/useDataText';
import { dateParts, daysUntil } from './deadline';

function DeadlineStatus({ deadline }: { deadline: string }) {
  const { t } = useTranslation('home');
  const days = daysUntil(deadline, new Date());
  if (days > 0) return <span className="badge badge-ok">{t('campaign.daysLeft', { count: days })}</span>;
  if (days === 0) return <span className="badge badge-warn">{t('campaign.dueToday')}</span>;
  return <span className="badge badge-past">{t('campaign.passed', { count: -days })}</span>;
}

/** The facts of the call in force, from the campaign data file; data text follows the UI script. */
export function CampaignCard({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation('home');
  const { theme, documentNumber, issuer, organisation, address, recipient } = useDataTexts({
    theme: campaign.theme,
    documentNumber: campaign.documentNumber,
    issuer: campaign.issuer,
    organisation: campaign.postal.organisation,
    address: campaign.postal.address,
    recipient: campaign.postal.recipient,
  });
  return (
    <section className="card campaign" aria-labelledby="campaign-heading">
      <h2 id="campaign-heading" className="eyebrow">
        {t('campaign.heading')}
      </h2>
      <p className="campaign-theme">{theme}</p>
      <dl className="facts">
        <dt>{t('campaign.document')}</dt>
        <dd>{documentNumber}</dd>
        <dt>{t('campaign.issuer')}</dt>
        <dd>{issuer}</dd>
        <dt>{t('campaign.deadline')}</dt>
        <dd>
          <time dateTime={campaign.deadline}>{t('campaign.date', dateParts(campaign.deadline))}</time>{' '}
          <DeadlineStatus deadline={campaign.deadline} />
        </dd>
        <dt>{t('campaign.email')}</dt>
        <dd>
          <span className="mono">{campaign.email}</span>
        </dd>
        <dt>{t('campaign.postal')}</dt>
        <dd>
          {organisation}
          <br />
          {address}
          {recipient && (
            <>
              <br />
              {t('campaign.recipient', { name: recipient })}
            </>
          )}
        </dd>
      </dl>
    </section>
  );
}
