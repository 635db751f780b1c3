import { z } from 'zod';
import { DRAFT_FORMAT_VERSION, DraftSchema, type Draft } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import { isFormId } from '../../../shared/forms';
import { FutureVersionError, migrate } from './migrations';

/**
 * Turns the text of a draft file into a valid current-format draft, or says why it cannot:
 * `draft-future-version` for a file written by a newer app (kept untouched for that app), and
 * `draft-corrupt` with the first problems found for anything else.
 */
export function parseDraftText(text: string): Draft {
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new DeskError('draft-corrupt', `not JSON: ${(error as Error).message}`);
  }
  let migrated: unknown;
  try {
    migrated = migrate(json).value;
  } catch (error) {
    if (error instanceof FutureVersionError)
      throw new DeskError(
        'draft-future-version',
        `${error.message} (this app reads ${DRAFT_FORMAT_VERSION})`,
      );
    if (error instanceof z.ZodError) throw new DeskError('draft-corrupt', describeIssues(error.issues));
    throw new DeskError('draft-corrupt', (error as Error).message);
  }
  const parsed = DraftSchema.safeParse(migrated);
  if (!parsed.success) throw new DeskError('draft-corrupt', describeIssues(parsed.error.issues));
  // A form this app does not know (a newer app's, a campaign's not loaded): nothing could read it.
  if (!isFormId(parsed.data.form))
    throw new DeskError('draft-corrupt', `form: unknown form ${parsed.data.form}`);
  return parsed.data;
}

export function describeIssues(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

/** The bytes written to disk: stable key order from the schema, readable in a text editor. */
export function serializeDraft(draft: Draft): string {
  return `${JSON.stringify(DraftSchema.parse(draft), null, 2)}\n`;
}
