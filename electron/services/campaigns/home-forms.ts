import { formIds, formOf, type FormDefinition } from '../../../shared/forms';
import type { z } from 'zod';
import type { HomeFormSchema } from '../../../shared/ipc';

type HomeForm = z.infer<typeof HomeFormSchema>;

/** The limits a writer meets first, read from the form definition rather than repeated. */
function limitsOf(form: FormDefinition): HomeForm['limits'] {
  const body = form.totals.find((t) => t.id === form.body);
  const inBody = new Set(body ? body.fields : [form.body]);
  const texts = form.fields.filter((f) => f.type === 'longText');
  const summary = texts.find((f) => f.limit && !inBody.has(f.id))?.limit;
  const bodyLimit = body?.limit ?? texts.find((f) => f.id === form.body)?.limit;
  return summary && bodyLimit ? { summary, body: bodyLimit } : undefined;
}

/** The home screen's view of the forms the campaigns ask for, in registry order. */
export function homeForms(asked: string[]): HomeForm[] {
  return formIds()
    .filter((id) => asked.includes(id))
    .map((id) => {
      const form = formOf(id);
      const limits = limitsOf(form);
      return { id, key: form.key, kindName: form.kindName, ...(limits ? { limits } : {}) };
    });
}
