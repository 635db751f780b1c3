import { useState, type ClipboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseMonthText, ISO_MONTH, monthParts } from '../../../../shared/date-text';
import type {
  CellValue,
  ChoiceField,
  ColumnField,
  DateField,
  NumberField,
  YesNoField,
} from '../../../../shared/forms/fields';
import { isStoredDate, numberProblem, readNumber } from '../../../../shared/forms/values';
import { DateInput } from '../../controls/DateInput';
import { TypedInput } from '../../controls/TypedInput';
import { useFormText } from '../useFormText';
import { useImeSafeValue } from '../useImeSafeValue';

/**
 * The bare input of each single-value kind, without a label of its own: a field's frame labels it
 * (`FieldFrame`), a table's cell names it by its column and row. Every one keeps what was typed:
 * a text that does not read as the kind reaches `onChange` as the text, with a message beside it.
 */
export interface InputProps<F extends ColumnField = ColumnField> {
  field: F;
  value: unknown;
  onChange: (next: CellValue) => void;
  id: string;
  /** The accessible name, when no `<label>` names the input (a table's cell). */
  label?: string;
  describedBy?: string;
  readOnly?: boolean;
  /** In a table's cell: a select instead of radios, a smaller message. */
  compact?: boolean;
  invalid?: boolean;
  onPaste?: (event: ClipboardEvent<HTMLInputElement | HTMLTextAreaElement>) => void;
}

const joined = (...ids: (string | false | null | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** The attributes every input of a kind takes from its props; `describe` adds the input's own message. */
function attributes(props: InputProps, describe?: string | false | null) {
  return {
    id: props.id,
    readOnly: props.readOnly,
    onPaste: props.onPaste,
    'aria-label': props.label,
    'aria-describedby': joined(props.describedBy, describe),
    'aria-invalid': props.invalid || Boolean(describe) || undefined,
  };
}

export function TextInput(props: InputProps) {
  const { field, value, onChange } = props;
  const editing = useImeSafeValue(
    typeof value === 'string' ? value : value == null ? '' : String(value),
    onChange,
  );
  const common = { ...attributes(props), ...editing, spellCheck: false };
  const multiline = field.type === 'longText' || (field.type === 'text' && field.multiline);
  return multiline ? (
    <textarea className="short" rows={3} {...common} />
  ) : (
    <input type="text" autoComplete="off" {...common} />
  );
}

/** What the number input stores for a text: the number it reads as, the text, or nothing. */
const storedNumber = (text: string): number | string | null =>
  readNumber(text) ?? (text.trim() ? text : null);
const shownNumber = (value: unknown) => (value === null || value === undefined ? '' : String(value));

export function NumberInput(props: InputProps<NumberField>) {
  const { field, value, onChange, id } = props;
  const { t } = useTranslation('fields');
  const formText = useFormText();
  const stored = shownNumber(value);
  const [text, setText] = useState(stored);
  const [previous, setPrevious] = useState(stored);
  // A value from outside (a paste into the table, a restored row) replaces the text; our own does not.
  if (stored !== previous) {
    setPrevious(stored);
    if (stored !== shownNumber(storedNumber(text))) setText(stored);
  }
  const problem = numberProblem(storedNumber(text), field);
  const messageId = `${id}-number`;
  return (
    <>
      <span className="number-input">
        <input
          {...attributes(props, problem && messageId)}
          type="text"
          inputMode={field.integer ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            onChange(storedNumber(event.target.value));
          }}
        />
        {field.unit && <span className="unit">{formText(`${field.key}.unit`, field.unit)}</span>}
      </span>
      {problem && (
        <p id={messageId} className="field-warning">
          {t(`number.${problem}`, { min: field.min, max: field.max })}
        </p>
      )}
    </>
  );
}

export function DateValueInput(props: InputProps<DateField>) {
  const { field, value, onChange, id } = props;
  const { t } = useTranslation('fields');
  const text = typeof value === 'string' ? value : '';
  const unread = text.trim() !== '' && !isStoredDate(text, field.precision);
  const messageId = `${id}-date`;
  const common = {
    ...attributes(props, unread && messageId),
    value: text,
    keepText: true,
    placeholder: t(field.precision === 'day' ? 'dateHint' : 'monthHint'),
    onChange: (next: string | null) => onChange(next),
  };
  return (
    <>
      {field.precision === 'day' ? (
        <DateInput {...common} />
      ) : (
        <TypedInput
          {...common}
          parse={parseMonthText}
          show={(stored) => (ISO_MONTH.test(stored) ? t('month', monthParts(stored)) : stored)}
        />
      )}
      {unread && (
        <p id={messageId} className="field-warning">
          {t(field.precision === 'day' ? 'dateUnread' : 'monthUnread')}
        </p>
      )}
    </>
  );
}

/** The value the select shows for "one outside the list". */
const OTHER = '\u0000other';
/** Up to this many options show as radios in a field; more, or any in a cell, as a select. */
const RADIO_OPTIONS = 4;

export const choiceAsRadios = (field: ChoiceField) => field.options.length <= RADIO_OPTIONS;

/** A select's attributes: a select has no read-only state, so a locked draft disables it. */
function selectAttributes(props: InputProps) {
  const { readOnly, onPaste: _paste, ...rest } = attributes(props);
  return { ...rest, disabled: readOnly };
}

/** A radio group named by the field: one radio per choice, none checked while unanswered. */
function Radios({
  props,
  choices,
}: {
  props: InputProps;
  choices: readonly { key: string; text: string; checked: boolean; choose: () => void }[];
}) {
  const { id, label, describedBy, readOnly } = props;
  return (
    <div
      className="choice-radios"
      role="radiogroup"
      id={id}
      aria-label={label}
      aria-describedby={describedBy}
    >
      {choices.map((choice) => (
        <label key={choice.key}>
          <input
            type="radio"
            name={id}
            checked={choice.checked}
            disabled={readOnly}
            onChange={choice.choose}
          />
          {choice.text}
        </label>
      ))}
    </div>
  );
}

export function ChoiceInput(props: InputProps<ChoiceField>) {
  const { field, value, onChange, id, label, readOnly, compact } = props;
  const { t } = useTranslation('fields');
  const formText = useFormText();
  const text = typeof value === 'string' ? value : '';
  const listed = field.options.includes(text);
  // 其他 chosen with its text still empty is the user's choice, not yet a value: kept here.
  const [otherOpen, setOtherOpen] = useState(false);
  const current = listed ? text : text !== '' || otherOpen ? OTHER : '';
  const choose = (next: string) => {
    setOtherOpen(next === OTHER);
    if (next === OTHER) onChange(listed ? '' : text);
    else onChange(next);
  };
  const choices = [
    ...field.options.map((option, index) => ({
      key: option,
      text: formText(`${field.key}.options.${index}`, option),
    })),
    ...(field.other ? [{ key: OTHER, text: t('choice.other') }] : []),
  ];
  return (
    <>
      {!compact && choiceAsRadios(field) ? (
        <Radios
          props={props}
          choices={choices.map((choice) => ({
            ...choice,
            checked: current === choice.key,
            choose: () => choose(choice.key),
          }))}
        />
      ) : (
        <select {...selectAttributes(props)} value={current} onChange={(event) => choose(event.target.value)}>
          <option value="">{t('choice.placeholder')}</option>
          {choices.map((choice) => (
            <option key={choice.key} value={choice.key}>
              {choice.text}
            </option>
          ))}
        </select>
      )}
      {field.other && current === OTHER && (
        <OtherText
          id={`${id}-other`}
          value={listed ? '' : text}
          label={t('choice.otherText', { name: label ?? '' })}
          onChange={onChange}
          readOnly={readOnly}
        />
      )}
    </>
  );
}

function OtherText({
  id,
  value,
  label,
  onChange,
  readOnly,
}: {
  id: string;
  value: string;
  label: string;
  onChange: (next: string) => void;
  readOnly?: boolean;
}) {
  const editing = useImeSafeValue(value, onChange);
  return <input id={id} type="text" autoComplete="off" aria-label={label} readOnly={readOnly} {...editing} />;
}

export function YesNoInput(props: InputProps<YesNoField>) {
  const { value, onChange, compact } = props;
  const { t } = useTranslation('fields');
  const answer = typeof value === 'boolean' ? value : null;
  if (compact)
    return (
      <select
        {...selectAttributes(props)}
        value={answer === null ? '' : answer ? 'yes' : 'no'}
        onChange={(event) => onChange(event.target.value === '' ? null : event.target.value === 'yes')}
      >
        <option value="" />
        <option value="yes">{t('yes')}</option>
        <option value="no">{t('no')}</option>
      </select>
    );
  return (
    <Radios
      props={props}
      choices={([true, false] as const).map((option) => ({
        key: String(option),
        text: t(option ? 'yes' : 'no'),
        checked: answer === option,
        choose: () => onChange(option),
      }))}
    />
  );
}

/** The input of a column's kind (or of a single field's, through `FieldControl`). */
export function ValueInput(props: InputProps) {
  const { field } = props;
  switch (field.type) {
    case 'number':
      return <NumberInput {...props} field={field} />;
    case 'date':
      return <DateValueInput {...props} field={field} />;
    case 'choice':
      return <ChoiceInput {...props} field={field} />;
    case 'yesNo':
      return <YesNoInput {...props} field={field} />;
    default:
      return <TextInput {...props} />;
  }
}
