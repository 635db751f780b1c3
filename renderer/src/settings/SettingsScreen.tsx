import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/ipc';
import { invokeOrShow } from '../api';
import { CampaignSettings } from '../delivery/campaign/CampaignSettings';
import { ExportOptionsForm } from '../export/ExportOptionsForm';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { usePrintOptions, useSettings } from '../stores/settings';
import { useUi, type WizardScreen } from '../stores/ui';
import './settings.css';

type AppInfo = ResponseOf<'app:info'>;

interface SettingsScreenProps {
  /** A section to open at: the review's 征集截止日期已过 check sends the user to the campaign facts. */
  section?: 'campaign' | undefined;
  /** The campaign to open the campaign facts at (the draft's whose deadline passed). */
  campaignId?: string | undefined;
  /** Where the back button leads instead of home. */
  back?: WizardScreen | undefined;
}

/**
 * Preferences kept in settings, and where the user's work lives on disk. The export options are
 * the very form the review step shows, so an option has one name wherever it is set.
 */
export function SettingsScreen({ section, campaignId, back }: SettingsScreenProps) {
  const { t } = useTranslation(['settings', 'common']);
  const go = useUi((s) => s.go);
  const settings = useSettings((s) => s.settings);
  const update = useSettings((s) => s.update);
  const [info, setInfo] = useState<AppInfo | undefined>();
  // The same store as the review step's, so an option changed here is the one the export prints.
  const [printOptions, changePrint] = usePrintOptions();
  useEffect(() => {
    void invokeOrShow('app:info', {}).then(setInfo);
  }, []);

  return (
    <div className="page settings-page">
      <header className="page-header">
        <button type="button" className="quiet-button" onClick={() => go(back ?? { screen: 'home' })}>
          {back ? t('backToDraft') : t('common:nav.home')}
        </button>
        <h1>{t('title')}</h1>
      </header>
      {settings && (
        <main className="settings">
          <section className="card" aria-labelledby="settings-ui-heading">
            <h2 id="settings-ui-heading">{t('ui.heading')}</h2>
            <LanguageSwitch />
            <label className="check">
              <input
                type="checkbox"
                checked={settings.pasteToSimplified}
                onChange={(event) => void update({ pasteToSimplified: event.target.checked })}
              />
              {t('paste.label')}
            </label>
          </section>
          <section className="card" aria-labelledby="settings-export-heading">
            <h2 id="settings-export-heading">{t('export.heading')}</h2>
            <ExportOptionsForm options={printOptions} onChange={changePrint} />
          </section>
          <div className="card">
            <CampaignSettings focus={section === 'campaign'} campaignId={campaignId} />
          </div>
          {info && (
            <section className="card" aria-labelledby="data-heading">
              <h2 id="data-heading">{t('data.heading')}</h2>
              <p className="mono path">{info.dataDir}</p>
              <p className="muted">{t('data.hint')}</p>
              <p className="muted">{t('version', { version: info.version })}</p>
            </section>
          )}
        </main>
      )}
    </div>
  );
}
