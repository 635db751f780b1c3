import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countText } from '../shared/count';
import { DraftSchema, type Draft } from '../shared/draft';
import { formOf } from '../shared/forms';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(repoRoot, 'tests', 'fixtures');

/** The full case sample: about 3000字 of body, two photos, a drawn signature. */
export const caseFullDir = join(fixtures, 'drafts', 'case-full');
export const caseFull: Draft = DraftSchema.parse(
  JSON.parse(readFileSync(join(caseFullDir, 'draft.json'), 'utf8')),
);

/** The parts of the case form's body (正文), in the order the wizard shows them. */
export const bodyParts: string[] =
  formOf('case')
    .sections.find((section) => section.step === 'body')
    ?.parts.map((part) => part.id) ?? [];

export const bodyWords = (fields: Record<string, string>): number =>
  bodyParts.reduce((sum, id) => sum + countText(fields[id] ?? '').words, 0);

/**
 * Real writing of the kind users paste and type: both sample drafts, plus a web copy with
 * pinyin, digits, Latin and URLs mixed in. Repeated up to `bytes` of UTF-8.
 */
export function mixedChineseText(bytes: number): string {
  const material = DraftSchema.parse(
    JSON.parse(readFileSync(join(fixtures, 'drafts', 'material-full', 'draft.json'), 'utf8')),
  );
  const webCopy = readFileSync(join(fixtures, 'paste', 'seed-002-web-copy.txt'), 'utf8');
  const unit = [
    ...Object.values(caseFull.fields),
    ...Object.values(caseFull.cover),
    ...Object.values(material.fields),
    webCopy,
  ].join('\n');
  const unitBytes = Buffer.byteLength(unit);
  return unit.repeat(Math.max(1, Math.round(bytes / unitBytes)));
}
