import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { ISO_DAY, parseDateText } from '../../../shared/date-text';
import { dateParts } from '../home/deadline';
import { TypedInput, type TypedInputProps } from './TypedInput';

type DateInputProps = Omit<TypedInputProps, 'parse' | 'show' | 'onChange'> & {
  /** YYYY-MM-DD, or empty (or, with `keepText`, a text kept as typed). */
  value: string;
  /** YYYY-MM-DD whenever the text reads as a date, null (or the text, with `keepText`) while it does not. */
  onChange: (iso: string | null) => void;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A date typed and shown as 2022年1月20日. The text stays as typed while the user types; on
 * leaving the field a date that reads is written back in the app's one form.
 */
export function DateInput(props: DateInputProps) {
  const { t } = useTranslation('home');
  const show = (value: string) => (ISO_DAY.test(value) ? t('campaign.date', dateParts(value)) : value);
  return <TypedInput {...props} parse={parseDateText} show={show} />;
}
