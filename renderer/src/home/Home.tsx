import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Campaign } from '../../../shared/campaign';
import iconUrl from '../../../resources/icon.svg';
import { invokeOrShow } from '../api';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useUi } from '../stores/ui';
import { CampaignCard } from './CampaignCard';
import { Notices, type AppNotice } from './Notices';
import { StartPanel } from './StartPanel';

/** Marks the page as ready once the home screen shows real data; the browser shell waits for it. */
function useReadySignal(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    document.documentElement.dataset.ready = 'home';
    return () => {
      delete document.documentElement.dataset.ready;
    };
  }, [ready]);
}

export function Home() {
  const { t } = useTranslation(['home', 'common']);
  const go = useUi((s) => s.go);
  const [campaign, setCampaign] = useState<Campaign | null | undefined>();
  const [notices, setNotices] = useState<AppNotice[]>([]);
  useEffect(() => {
    void invokeOrShow('campaign:get', {}).then((value) => setCampaign(value ?? null));
    void invokeOrShow('app:info', {}).then((info) => setNotices(info?.notices ?? []));
  }, []);
  useReadySignal(campaign !== undefined);

  return (
    <div className="home">
      <header className="home-header">
        <div className="brand">
          <img className="brand-icon" src={iconUrl} alt="" width="56" height="56" />
          <div>
            <h1>{t('common:appName')}</h1>
            <p className="tagline">{t('tagline')}</p>
          </div>
        </div>
        <nav className="header-tools" aria-label={t('common:nav.main')}>
          <LanguageSwitch />
          <button type="button" className="quiet-button" onClick={() => go({ screen: 'settings' })}>
            {t('common:nav.settings')}
          </button>
        </nav>
      </header>
      <Notices notices={notices} />
      <main className="home-main">
        <StartPanel />
        {campaign ? (
          <CampaignCard campaign={campaign} />
        ) : (
          campaign === null && <p className="card muted">{t('campaign.unavailable')}</p>
        )}
      </main>
    </div>
  );
}
