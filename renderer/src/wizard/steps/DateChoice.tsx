import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localDate } from '../../../../shared/draft';
import { DateInput } from '../../controls/DateInput';
import { dateParts } from '../../home/deadline';

type Mode = 'today' | 'other' | 'blank';

interface DateChoiceProps {
  legend: string;
  /** YYYY-MM-DD, or null for a blank date line filled in by hand. */
  value: string | null;
  onChange: (value: string | null) => void;
  readOnly: boolean;
}

/** Today, another day, or left blank for handwriting — the three ways a paper form is dated. */
export function DateChoice({ legend, value, onChange, readOnly }: DateChoiceProps) {
  const { t } = useTranslation(['wizard', 'home']);
  const today = localDate(new Date());
  const [mode, setMode] = useState<Mode>(value === null ? 'blank' : value === today ? 'today' : 'other');
  const name = useId();
  const choose = (next: Mode) => {
    setMode(next);
    if (next === 'blank') onChange(null);
    else if (next === 'today' || value === null) onChange(today);
  };
  return (
    <fieldset className="date-choice" disabled={readOnly}>
      <legend>{legend}</legend>
      {(['today', 'other', 'blank'] as const).map((option) => (
        <label key={option} className="choice">
          <input type="radio" name={name} checked={mode === option} onChange={() => choose(option)} />
          {t(`date.${option}`, { date: t('home:campaign.date', dateParts(today)) })}
        </label>
      ))}
      {mode === 'other' && (
        <label className="choice-date">
          <span>{t('date.pick')}</span>
          <DateInput
            aria-label={legend}
            value={value ?? ''}
            placeholder={t('date.example')}
            // Half a date is not a choice yet: the last whole one stays until the text reads again.
            onChange={(iso) => iso && onChange(iso)}
          />
        </label>
      )}
    </fieldset>
  );
}
