import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '../../../shared/ipc';
import { FontSchemeSchema, type Settings, type SettingsPatch } from '../../../shared/settings';
import { invokeOrShow } from '../api';
import { CampaignSettings } from '../delivery/campaign/CampaignSettings';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useUi } from '../stores/ui';

type AppInfo = ResponseOf<'app:info'>;

/** Preferences kept in settings, and where the user's work lives on disk. */
export function SettingsScreen() {
  const { t } = useTranslation(['settings', 'common']);
  const go = useUi((s) => s.go);
  const [settings, setSettings] = useState<Settings | undefined>();
  const [info, setInfo] = useState<AppInfo | undefined>();
  useEffect(() => {
    void invokeOrShow('settings:get', {}).then(setSettings);
    void invokeOrShow('app:info', {}).then(setInfo);
  }, []);
  const update = async (patch: SettingsPatch) => {
    const next = await invokeOrShow('settings:update', patch);
    if (next) setSettings(next);
  };

  return (
    <div className="page">
      <header className="page-header">
        <button type="button" className="quiet-button" onClick={() => go({ screen: 'home' })}>
          {t('common:nav.home')}
        </button>
        <h1>{t('title')}</h1>
      </header>
      {settings && (
        <main className="card settings">
          <LanguageSwitch />
          <label className="check">
            <input
              type="checkbox"
              checked={settings.pasteToSimplified}
              onChange={(event) => void update({ pasteToSimplified: event.target.checked })}
            />
            {t('paste.label')}
          </label>
          <fieldset>
            <legend>{t('export.fontScheme')}</legend>
            {FontSchemeSchema.options.map((scheme) => (
              <label key={scheme} className="check">
                <input
                  type="radio"
                  name="font-scheme"
                  checked={settings.exportOptions.fontScheme === scheme}
                  onChange={() =>
                    void update({ exportOptions: { ...settings.exportOptions, fontScheme: scheme } })
                  }
                />
                {t(`export.${scheme}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('export.tableFontSize')}</legend>
            {([16, 14] as const).map((size) => (
              <label key={size} className="check">
                <input
                  type="radio"
                  name="table-font-size"
                  checked={settings.exportOptions.tableFontSize === size}
                  onChange={() =>
                    void update({ exportOptions: { ...settings.exportOptions, tableFontSize: size } })
                  }
                />
                {t(`export.size${size}`)}
              </label>
            ))}
          </fieldset>
          <CampaignSettings />
          {info && (
            <section aria-labelledby="data-heading">
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
