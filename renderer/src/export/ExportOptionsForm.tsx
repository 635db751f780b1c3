import { useTranslation } from 'react-i18next';
import type { ExportOptions } from '../../../shared/settings';

interface Props {
  options: ExportOptions;
  onChange: (patch: Partial<ExportOptions>) => void;
}

/** Font scheme, table text size and traditional characters, remembered in the settings. */
export function ExportOptionsForm({ options, onChange }: Props) {
  const { t } = useTranslation('export');
  return (
    <fieldset className="export-options">
      <legend>{t('options.title')}</legend>
      <fieldset>
        <legend>{t('options.fontScheme')}</legend>
        {(['gb2312', 'windows'] as const).map((scheme) => (
          <label key={scheme}>
            <input
              type="radio"
              name="font-scheme"
              checked={options.fontScheme === scheme}
              onChange={() => onChange({ fontScheme: scheme })}
            />
            {t(`options.${scheme}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('options.tableFontSize')}</legend>
        {([16, 14] as const).map((size) => (
          <label key={size}>
            <input
              type="radio"
              name="table-font-size"
              checked={options.tableFontSize === size}
              onChange={() => onChange({ tableFontSize: size })}
            />
            {t(`options.size${size}`)}
          </label>
        ))}
      </fieldset>
      <label>
        <input
          type="checkbox"
          checked={options.traditional}
          onChange={(e) => onChange({ traditional: e.target.checked, traditionalContent: false })}
        />
        {t('options.traditional')}
      </label>
      <label>
        <input
          type="checkbox"
          disabled={!options.traditional}
          checked={options.traditional && options.traditionalContent}
          onChange={(e) => onChange({ traditionalContent: e.target.checked })}
        />
        {t('options.traditionalContent')}
      </label>
    </fieldset>
  );
}
