import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocxDrop } from '../drafts/docx-drop';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useUi } from '../stores/ui';
import { AppIcon } from './AppIcon';
import { useHomeData } from './home-data';
import { Notices } from './Notices';
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
  const data = useHomeData();
  const campaigns = data?.campaigns;
  useReadySignal(data !== undefined);
  useDocxDrop();

  return (
    <div className="home">
      <header className="home-header">
        <div className="brand">
          <AppIcon size={56} />
          <div>
            <h1>{t('common:appName')}</h1>
            <p className="tagline">{t('tagline')}</p>
          </div>
        </div>
        <nav className="header-tools" aria-label={t('common:nav.main')}>
          <LanguageSwitch />
          {/* For whoever collects the units' submissions: beside the tools, not among the forms to fill. */}
          <button type="button" className="quiet-button" onClick={() => go({ screen: 'rollup' })}>
            {t('rollup')}
          </button>
          <button type="button" className="quiet-button" onClick={() => go({ screen: 'settings' })}>
            {t('common:nav.settings')}
          </button>
        </nav>
      </header>
      <Notices notices={data?.notices ?? []} />
      <main className="home-main">
        {campaigns === null && <p className="card muted">{t('campaign.unavailable')}</p>}
        <StartPanel campaigns={campaigns ?? []} forms={data?.forms ?? []} />
      </main>
    </div>
  );
}
