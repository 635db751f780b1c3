import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { draftJsonSchemaText, SCHEMA_FILE } from '../../../scripts/gen-schema';

describe('draft JSON Schema', () => {
  it('is committed exactly as generated from the zod schema (run `npm run gen:schema` after a format change)', async () => {
    expect(await readFile(SCHEMA_FILE, 'utf8')).toBe(draftJsonSchemaText());
  });

  it('documents the version, the form, the values and the attachment paths', () => {
    const schema = JSON.parse(draftJsonSchemaText());
    expect(schema.properties.formatVersion.const).toBe(2);
    expect(schema.required).toEqual(
      expect.arrayContaining(['formatVersion', 'id', 'form', 'campaignId', 'values']),
    );
    expect(schema.properties.attachments.items.properties.file.pattern).toBeTypeOf('string');
  });
});
