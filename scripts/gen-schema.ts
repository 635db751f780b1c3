import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { DRAFT_FORMAT_VERSION, DraftSchema } from '../shared/draft';

export const SCHEMA_FILE = 'shared/schema/draft.schema.json';

/**
 * The JSON Schema of draft.json, generated from the zod schema the app itself validates with.
 * It describes the input side: every file the app accepts, including hand-written ones that leave
 * out fields with defaults (the app writes them all back on the next save).
 */
export function draftJsonSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(DraftSchema, { io: 'input', target: 'draft-2020-12' }),
    $id: `https://submission-desk.local/schema/draft-v${DRAFT_FORMAT_VERSION}.json`,
    title: '征集表填报助手 draft (draft.json)',
    description:
      'One draft of a form of Submission Desk (计量创新案例, 计量文化科普素材, …): its values by field id. Attachment files lie beside draft.json and are referenced by relative paths.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeFile(SCHEMA_FILE, draftJsonSchemaText());
  process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
}
