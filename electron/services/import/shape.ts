import { formIds, formOf, SIGNATURE_LABELS, type FormDefinition, type FormId } from '../../../shared/forms';
import type { CellValue, FieldLimit } from '../../../shared/forms';
import { cellFromText } from '../../../shared/forms/values';

/**
 * What the importer needs to know of a form, read from its definition in one place so the rest
 * of the importer does not depend on how a definition is laid out: the typed fields give the cover
 * items, the text parts with their headings and guidance, the declaration and how many images the
 * form prints; the 610 part's sections (on the forms that have one) give the labels of the table's
 * left column.
 */
export interface ImportShape {
  form: FormDefinition;
  /** The form's title, printed above the subtitle: not content. */
  title: string;
  /** Text that names the form on its first page: the subtitle （计量创新案例）, the kind. */
  names: string[];
  cover: { id: string; label: string; name: string; key: string; limit?: FieldLimit }[];
  parts: { id: string; key: string; name: string; heading?: string; limit?: number }[];
  /** The repeating-row tables, read by their printed column headers. */
  tables: ImportTable[];
  /** The left column's labels, each with the parts its cell holds. */
  sections: { label: string; parts: string[] }[];
  /** The blank form's advice to the writer, never content. */
  guidance: string[];
  statement: string;
  printedImages: number;
  labels: typeof SIGNATURE_LABELS;
}

export interface ImportTable {
  id: string;
  key: string;
  name: string;
  columns: { id: string; label: string; read: (text: string) => CellValue }[];
  /** The column whose empty (or vertically merged) cell continues the row above. */
  groupBy?: string;
  maxRows: number;
}

export function shapeOf(form: FormDefinition): ImportShape {
  const cover: ImportShape['cover'] = [];
  const parts: ImportShape['parts'] = [];
  const tables: ImportTable[] = [];
  const guidance = new Set<string>();
  let statement = '';
  let printedImages = 0;
  for (const field of form.fields) {
    if (field.type === 'text')
      cover.push({ id: field.id, label: field.label, name: field.name, key: field.key, limit: field.limit });
    else if (field.type === 'longText') {
      parts.push({
        id: field.id,
        key: field.key,
        name: field.heading ?? field.label,
        ...(field.heading ? { heading: field.heading } : {}),
        ...(field.limit ? { limit: field.limit } : {}),
      });
      if (field.guidance) guidance.add(field.guidance);
    } else if (field.type === 'signature') statement = field.statement;
    else if (field.type === 'attachments' && field.role === 'image') printedImages += field.printedMax ?? 0;
    else if (field.type === 'rows')
      tables.push({
        id: field.id,
        key: field.key,
        name: field.name,
        columns: field.columns.map((column) => ({
          id: column.id,
          label: column.label,
          read: (text: string) => cellFromText(column, text),
        })),
        ...(field.groupBy !== undefined ? { groupBy: field.groupBy } : {}),
        maxRows: field.maxRows,
      });
  }
  const sections = (form.paper610?.sections ?? []).map((section) => ({
    label: section.label,
    parts: section.parts.map((part) => part.id),
  }));
  // A part printed without a heading is introduced by its section's label (三、相关证明材料).
  for (const part of parts)
    if (!part.heading && !sections.some((s) => s.parts.includes(part.id)))
      sections.push({ label: part.name, parts: [part.id] });
  return {
    form,
    title: form.title,
    names: [form.subtitle, form.kindName].filter((name): name is string => !!name),
    cover,
    parts,
    tables,
    sections,
    guidance: [...guidance],
    statement,
    printedImages,
    labels: SIGNATURE_LABELS,
  };
}

/** Every registered form the importer can map a document onto: cover items, and parts or tables. */
export function importableShapes(): ImportShape[] {
  return formIds()
    .map((id: FormId) => shapeOf(formOf(id)))
    .filter((shape) => shape.cover.length > 0 && shape.parts.length + shape.tables.length > 0);
}

/**
 * The shape with every printed label in another script: an export with 繁體 labels (the export's
 * traditional option) prints 計量創新案例, 一、背景緣由, 報送人簽字. Ids and keys stay, so the values land
 * in the same fields; what the user wrote is never converted.
 */
export function convertShape(shape: ImportShape, convert: (text: string) => string): ImportShape {
  const labels = Object.fromEntries(
    Object.entries(shape.labels).map(([key, text]) => [key, convert(text)]),
  ) as unknown as ImportShape['labels'];
  return {
    ...shape,
    title: convert(shape.title),
    names: shape.names.map(convert),
    cover: shape.cover.map((item) => ({ ...item, label: convert(item.label), name: convert(item.name) })),
    parts: shape.parts.map((part) => ({
      ...part,
      name: convert(part.name),
      ...(part.heading ? { heading: convert(part.heading) } : {}),
    })),
    tables: shape.tables.map((table) => ({
      ...table,
      name: convert(table.name),
      columns: table.columns.map((column) => ({ ...column, label: convert(column.label) })),
    })),
    sections: shape.sections.map((section) => ({ ...section, label: convert(section.label) })),
    guidance: shape.guidance.map(convert),
    statement: convert(shape.statement),
    labels,
  };
}
