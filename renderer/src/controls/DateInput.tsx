import { useState, type InputHTMLAttributes, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { dateParts } from '../home/deadline';
import { parseDateText } from '../../../shared/date-text';

type DateInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** YYYY-MM-DD, or empty. */
  value: string;
  /** YYYY-MM-DD whenever the text reads as a date, null while it does not. */
  onChange: (iso: string | null) => void;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A date typed and shown as 2022年1月20日. The text stays as typed while the user types; on
 * leaving the field a date that reads is written back in the app's one form.
 */
export function DateInput({ value, onChange, onBlur, ...rest }: DateInputProps) {
  const { t } = useTranslation('home');
  const written = (iso: string) => (iso ? t('campaign.date', dateParts(iso)) : '');
  const [text, setText] = useState(() => written(value));
  const [previous, setPrevious] = useState(value);
  // A new value from outside (a reset, another choice) replaces the text; our own does not.
  if (value !== previous) {
    setPrevious(value);
    if (value !== (parseDateText(text) ?? '')) setText(written(value));
  }
  const invalid = text.trim() !== '' && parseDateText(text) === null;
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      value={text}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseDateText(event.target.value));
      }}
      onBlur={(event) => {
        const iso = parseDateText(text);
        if (iso) setText(written(iso));
        onBlur?.(event);
      }}
    />
  );
}
