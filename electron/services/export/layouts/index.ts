import type { FormDefinition } from '../../../../shared/forms';
import { fieldsTableLayout } from './fields-table';
import { form610Layout } from './form-610';
import type { Layout } from './types';

export type { Layout } from './types';

/** Every layout by id: a new layout is its module and one line here. */
const LAYOUTS: ReadonlyMap<string, Layout> = new Map(
  [form610Layout, fieldsTableLayout].map((layout) => [layout.id, layout]),
);

/** The layout that prints a form; a form naming none of these is a definition mistake, said as one. */
export function layoutOf(form: FormDefinition): Layout {
  const layout = LAYOUTS.get(form.layout);
  if (!layout) throw new Error(`form ${form.id} names an unknown layout: ${form.layout}`);
  return layout;
}
