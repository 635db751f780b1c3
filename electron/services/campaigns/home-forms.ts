import { formIds, formOf, type FormDefinition } from '../../../shared/forms';
import type { z } from 'zod';
import type { HomeFormSchema } from '../../../shared/ipc';

type HomeForm = z.infer<typeof HomeFormSchema>;

/** The limits a writer meets first, read from the form definition rather than repeated. */
function limitsOf(form: FormDefinition): HomeForm['limits'] {
  const summary = form.sections.find((s) => s.step === 'summary')?.parts[0]?.limit;
  const body = form.sections.find((s) => s.step === 'body');
  const bodyLimit = body?.totalLimit ?? body?.parts[0]?.limit;
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
