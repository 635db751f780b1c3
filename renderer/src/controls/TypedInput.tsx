import { useState, type InputHTMLAttributes, type Ref } from 'react';

export type TypedInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** The stored form (2022-01-20), a text kept as typed, or empty. */
  value: string;
  /** The stored form of a text, or null when it does not read as one. */
  parse: (text: string) => string | null;
  /** How a stored value is written back into the field (2022年1月20日). */
  show: (value: string) => string;
  /**
   * The stored form whenever the text reads as one. While it does not: null, or with `keepText`
   * the text itself, so that what was typed reaches the draft instead of being lost.
   */
  onChange: (value: string | null) => void;
  keepText?: boolean;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A value typed as text and shown in the office's way (a date, a year-month). The text stays as
 * typed while the user types; on leaving the field a text that reads is written back in its one form.
 */
export function TypedInput({
  value,
  parse,
  show,
  onChange,
  keepText = false,
  onBlur,
  ...rest
}: TypedInputProps) {
  const [text, setText] = useState(() => (value ? show(value) : ''));
  const [previous, setPrevious] = useState(value);
  const emitted = (typed: string) => parse(typed) ?? (keepText && typed.trim() ? typed : null);
  // A new value from outside (a reset, another choice) replaces the text; our own does not.
  if (value !== previous) {
    setPrevious(value);
    if (value !== (emitted(text) ?? '')) setText(value ? show(value) : '');
  }
  const invalid = text.trim() !== '' && parse(text) === null;
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      value={text}
      aria-invalid={invalid || undefined}
      onChange={(event) => {
        setText(event.target.value);
        onChange(emitted(event.target.value));
      }}
      onBlur={(event) => {
        const read = parse(text);
        if (read) setText(show(read));
        onBlur?.(event);
      }}
    />
  );
}
