import type { Declaration, FieldValue } from '../../shared/draft';
import {
  SIGNATURE_LABELS,
  type AttachmentsField,
  type CellValue,
  type ColumnField,
  type Field,
  type FormDefinition,
  type Row,
  type RowsField,
} from '../../shared/forms';
import { labelKey } from '../../shared/forms/label-key';
import { emptyRow, renumberGroups } from '../../shared/forms/rows';
import { parseDateText, parseMonthText } from '../../shared/date-text';
import { isStoredDate, readYesNo } from '../../shared/forms/values';
import { CliError, EXIT } from './io';
import { DECLARATION_NAMES } from '../services/issue-words';
import { message } from './messages';

/**
 * A values file of `cli new` (DESIGN §6.3): an object keyed by the labels the form prints. What it
 * holds is placed as given or refused with every problem named; nothing is guessed.
 */

type DeclarationEntry = 'confirmed' | 'signer' | 'signDate' | 'opinion' | 'opinionDate';

type Target = { kind: 'field'; field: Field } | { kind: 'declaration'; entry: DeclarationEntry };

export interface ValuesFile {
  values: Record<string, FieldValue>;
  declaration: Partial<Pick<Declaration, DeclarationEntry>>;
  /** The files of each attachments field, as written (relative to the values file). */
  files: { field: AttachmentsField; paths: string[] }[];
}

/** Every key a label or name of `names` reads as, pointing at `target`; a key naming two is the form's bug. */
function addKeys<T>(
  table: Map<string, T>,
  names: readonly string[],
  target: T,
  same: (a: T, b: T) => boolean,
) {
  for (const name of names) {
    const key = labelKey(name);
    const known = table.get(key);
    if (known !== undefined && !same(known, target))
      throw new Error(`two entries of the form read as ${key}`);
    table.set(key, target);
  }
}

const sameTarget = (a: Target, b: Target) =>
  a.kind === 'field'
    ? b.kind === 'field' && a.field === b.field
    : b.kind === 'declaration' && a.entry === b.entry;

function keyTable(form: FormDefinition): Map<string, Target> {
  const table = new Map<string, Target>();
  const add = (names: readonly string[], target: Target) => addKeys(table, names, target, sameTarget);
  for (const field of form.fields) {
    if (field.type !== 'signature') {
      add([field.label, field.name], { kind: 'field', field });
      continue;
    }
    const entry = (name: DeclarationEntry): Target => ({ kind: 'declaration', entry: name });
    add([field.label, field.name, field.statement], entry('confirmed'));
    add([SIGNATURE_LABELS.signer, DECLARATION_NAMES.signer], entry('signer'));
    add([DECLARATION_NAMES.signDate], entry('signDate'));
    add([SIGNATURE_LABELS.opinion, DECLARATION_NAMES.opinion], entry('opinion'));
    add([DECLARATION_NAMES.opinionDate], entry('opinionDate'));
  }
  return table;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A single value of `field` as given, or what it should have been (for the message). */
function cellOf(field: ColumnField, value: unknown): { value: CellValue } | { expected: string } {
  switch (field.type) {
    case 'text':
    case 'longText':
      return typeof value === 'string' ? { value } : { expected: '文字' };
    case 'choice':
      if (typeof value === 'string' && (field.other || field.options.includes(value))) return { value };
      return { expected: `${field.options.join('、')}${field.other ? '或其他文字' : ''}之一` };
    case 'date': {
      if (value === null || isStoredDate(value, field.precision)) return { value };
      // As the office writes it (2023年7月, 2022年1月20日), read the way the wizard reads it.
      const read =
        typeof value === 'string'
          ? field.precision === 'day'
            ? parseDateText(value)
            : parseMonthText(value)
          : null;
      if (read !== null) return { value: read };
      return {
        expected:
          field.precision === 'day'
            ? '2022年1月20日或 YYYY-MM-DD 格式的日期'
            : '2023年7月或 YYYY-MM 格式的年月',
      };
    }
    case 'number':
      if (value === null) return { value };
      return typeof value === 'number' &&
        Number.isFinite(value) &&
        (!field.integer || Number.isInteger(value))
        ? { value }
        : { expected: field.integer ? '整数' : '数字' };
    case 'yesNo': {
      if (value === null || typeof value === 'boolean') return { value };
      const read = typeof value === 'string' ? readYesNo(value) : null;
      return read === null ? { expected: '是、否、true 或 false' } : { value: read };
    }
  }
}

interface Problems {
  unknown: string[];
  invalid: string[];
  twice: string[];
}

/**
 * The entries of `given` with what each key names in `table`, `name` being how a message names the
 * key; keys the table does not hold and keys naming one entry twice go to `problems`.
 */
function matchKeys<T>(
  given: Record<string, unknown>,
  table: Map<string, T>,
  where: (key: string) => string,
  problems: Problems,
): { target: T; name: string; value: unknown }[] {
  const seen = new Map<T, string>();
  const matched: { target: T; name: string; value: unknown }[] = [];
  for (const [key, value] of Object.entries(given)) {
    const name = where(key);
    const target = table.get(labelKey(key));
    if (target === undefined) {
      problems.unknown.push(name);
      continue;
    }
    const before = seen.get(target);
    if (before !== undefined) problems.twice.push(`${before} 与 ${name}`);
    seen.set(target, name);
    matched.push({ target, name, value });
  }
  return matched;
}

function rowsOfFile(field: RowsField, key: string, value: unknown, problems: Problems): Row[] {
  if (!Array.isArray(value) || !value.every(isObject)) {
    problems.invalid.push(`${key}（应为各行一个对象的数组）`);
    return [];
  }
  const columns = new Map<string, ColumnField>();
  for (const column of field.columns)
    addKeys(columns, [column.label, column.name], column, (a, b) => a === b);
  const rows = value.map((given, index) => {
    const row = emptyRow(field.columns);
    const where = (header: string) => `${key}[${index + 1}].${header}`;
    for (const { target: column, name, value: cell } of matchKeys(given, columns, where, problems)) {
      const read = cellOf(column, cell);
      if ('value' in read) row.cells[column.id] = read.value;
      else problems.invalid.push(`${name}（应为${read.expected}）`);
    }
    return row;
  });
  // A row whose 序号 is empty continues the row above, as the printed table shows it; the groups
  // are numbered 1, 2, 3… as the wizard numbers them, whatever numbers the file gave.
  const group = field.columns.find((column) => column.id === field.groupBy);
  return group ? renumberGroups(rows, group) : rows;
}

function declarationValue(
  entry: DeclarationEntry,
  value: unknown,
): { value: unknown } | { expected: string } {
  if (entry === 'confirmed') return typeof value === 'boolean' ? { value } : { expected: 'true 或 false' };
  if (entry === 'signer' || entry === 'opinion')
    return typeof value === 'string' ? { value } : { expected: '文字' };
  return value === null || isStoredDate(value, 'day') ? { value } : { expected: 'YYYY-MM-DD 格式的日期' };
}

/** The values of `json` for `form`, or a CliError (exit 1) naming every unknown key and wrong value. */
export function readValuesFile(form: FormDefinition, json: Record<string, unknown>): ValuesFile {
  const table = keyTable(form);
  const problems: Problems = { unknown: [], invalid: [], twice: [] };
  const result: ValuesFile = { values: {}, declaration: {}, files: [] };
  for (const { target, name: key, value } of matchKeys(json, table, (key) => key, problems)) {
    if (target.kind === 'declaration') {
      const read = declarationValue(target.entry, value);
      if ('value' in read) Object.assign(result.declaration, { [target.entry]: read.value });
      else problems.invalid.push(`${key}（应为${read.expected}）`);
      continue;
    }
    const { field } = target;
    if (field.type === 'rows') result.values[field.id] = rowsOfFile(field, key, value, problems);
    else if (field.type === 'attachments') {
      const paths = typeof value === 'string' ? [value] : value;
      if (Array.isArray(paths) && paths.every((path) => typeof path === 'string' && path !== ''))
        result.files.push({ field, paths });
      else problems.invalid.push(`${key}（应为文件路径或路径的数组）`);
    } else if (field.type !== 'signature') {
      const read = cellOf(field, value);
      if ('value' in read) result.values[field.id] = read.value;
      else problems.invalid.push(`${key}（应为${read.expected}）`);
    }
  }
  const lines = [
    ...(problems.unknown.length
      ? [message('错误', '取值文件中有表上没有的项', 'unknown-keys', problems.unknown.join('、'))]
      : []),
    ...(problems.twice.length
      ? [message('错误', '同一项给了不止一次', 'duplicate-keys', problems.twice.join('；'))]
      : []),
    ...(problems.invalid.length
      ? [message('错误', '取值与该项的类型不符', 'invalid-values', problems.invalid.join('；'))]
      : []),
  ];
  if (lines.length) throw new CliError(EXIT.invalidInput, lines.join('\n'));
  return result;
}
