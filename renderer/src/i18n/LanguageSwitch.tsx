import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '../../../shared/languages';
import { useSettings } from '../stores/settings';

/** Switches the UI live and keeps the choice in settings, so the next start opens in it. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const change = async (language: Language) => {
    await i18n.changeLanguage(language);
    await useSettings.getState().update({ language });
  };
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={i18n.language}
        onChange={(event) => {
          if (isLanguage(event.target.value)) void change(event.target.value);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
