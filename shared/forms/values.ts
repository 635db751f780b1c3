import { ISO_DAY, ISO_MONTH, parseDateText, parseMonthText } from '../date-text';
import type { CellValue, ColumnField, NumberField } from './fields';

/**
 * Reading what a user typed or pasted into a single-value field. Nothing typed is ever dropped: a
 * text that does not read as the field's kind is kept as the text it is (a string in a number or a
 * date field), so the draft still holds it and validation can say what is wrong with it.
 */

/** Full-width digits and signs as an IME types them, and thousands separators. */
const FULL_WIDTH = /[\uff10-\uff19\uff0e\uff0d\uff0b]/g;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)$/;

/** The number a text reads as (１２, 1,200, 3.5), or null when it reads as none. */
export function readNumber(text: string): number | null {
  const plain = text
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[,，\s]/g, '');
  return NUMBER_TEXT.test(plain) ? Number(plain) : null;
}

/** What is wrong with a number for its field, if anything: the caller words it. */
export type NumberProblem = 'notNumber' | 'notInteger' | 'belowMin' | 'aboveMax';

export function numberProblem(
  value: unknown,
  field: Pick<NumberField, 'integer' | 'min' | 'max'>,
): NumberProblem | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value !== 'number') return 'notNumber';
  if (field.integer && !Number.isInteger(value)) return 'notInteger';
  if (field.min !== undefined && value < field.min) return 'belowMin';
  if (field.max !== undefined && value > field.max) return 'aboveMax';
  return null;
}

/** 是/否 as a table writes them (是, 否, Y, N, √, ×), else null. */
export function readYesNo(text: string): boolean | null {
  const value = text.trim().toLowerCase();
  if (['是', 'y', 'yes', 'true', '√', '✓'].includes(value)) return true;
  if (['否', 'n', 'no', 'false', '×', '✗'].includes(value)) return false;
  return null;
}

/** A date kept in its stored form: YYYY-MM-DD or YYYY-MM as the field's precision says. */
export function isStoredDate(value: unknown, precision: 'day' | 'month'): value is string {
  return typeof value === 'string' && (precision === 'day' ? ISO_DAY : ISO_MONTH).test(value);
}

/**
 * A pasted text as the value of a cell of `column`: a number, 是/否 or a date where it reads as
 * one, the text itself where it does not, and null for an empty cell.
 */
export function cellFromText(column: ColumnField, text: string): CellValue {
  const trimmed = column.type === 'longText' || column.type === 'text' ? text : text.trim();
  if (trimmed.trim() === '')
    return column.type === 'text' || column.type === 'longText' || column.type === 'choice' ? '' : null;
  switch (column.type) {
    case 'number':
      return readNumber(trimmed) ?? trimmed;
    case 'yesNo':
      return readYesNo(trimmed) ?? trimmed;
    case 'date':
      return (column.precision === 'day' ? parseDateText(trimmed) : parseMonthText(trimmed)) ?? trimmed;
    default:
      return trimmed;
  }
}
