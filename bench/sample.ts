import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countText } from '../shared/count';
import { textOf, type Draft } from '../shared/draft';
import { parseDraftText } from '../electron/services/drafts/format';
import { formOf, partsOf, paper610 } from '../shared/forms';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(repoRoot, 'tests', 'fixtures');

/** The full case sample: about 3000字 of body, two photos, a drawn signature. */
export const caseFullDir = join(fixtures, 'drafts', 'case-full');
export const caseFull: Draft = parseDraftText(readFileSync(join(caseFullDir, 'draft.json'), 'utf8'));

/** The parts of the case form's body (正文), in the order the wizard shows them. */
export const bodyParts: string[] =
  paper610(formOf('case'))
    .sections.find((section) => section.step === 'body')
    ?.parts.map((part) => part.id) ?? [];

export const bodyWords = (draft: Pick<Draft, 'values'>): number =>
  bodyParts.reduce((sum, id) => sum + countText(textOf(draft, id)).words, 0);

/**
 * Real writing of the kind users paste and type: both sample drafts, plus a web copy with
 * pinyin, digits, Latin and URLs mixed in. Repeated up to `bytes` of UTF-8.
 */
export function mixedChineseText(bytes: number): string {
  const material = parseDraftText(
    readFileSync(join(fixtures, 'drafts', 'material-full', 'draft.json'), 'utf8'),
  );
  const webCopy = readFileSync(join(fixtures, 'paste', 'seed-002-web-copy.txt'), 'utf8');
  const unit = [
    ...partsOf(formOf('case')).map((part) => textOf(caseFull, part.id)),
    ...paper610(formOf('case')).cover.map((item) => textOf(caseFull, item.id)),
    ...partsOf(formOf('material')).map((part) => textOf(material, part.id)),
    webCopy,
  ].join('\n');
  const unitBytes = Buffer.byteLength(unit);
  return unit.repeat(Math.max(1, Math.round(bytes / unitBytes)));
}
