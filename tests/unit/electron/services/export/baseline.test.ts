import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedCampaign } from '../../../../../shared/campaign';
import { DraftSchema } from '../../../../../shared/draft';
import { ExportOptionsSchema } from '../../../../../shared/settings';
import { migrate } from '../../../../../electron/services/drafts/migrations';
import { renderDraft } from '../../../../../electron/services/export/render';
import { BASELINE_DIR, BASELINE_NOW, maskDocumentXml } from './baseline-files';
import { FIXTURES, unzip } from './docx-files';

/**
 * The 610 forms print as they did before the open form model (issue 17): the drafts recorded by
 * `scripts/export-baseline.ts`, read back through the load path (so a recorded v1 draft goes
 * through the migration), print the document.xml they printed then.
 */
const names = (await readdir(BASELINE_DIR))
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -5));

describe('export baseline', () => {
  it('covers every draft fixture and a slice of the layout corpus', () => {
    expect(names.filter((name) => !name.startsWith('corpus-')).sort()).toEqual([
      'case-full',
      'case-unfinished',
      'material-full',
    ]);
    expect(names.filter((name) => name.startsWith('corpus-')).length).toBeGreaterThanOrEqual(12);
  });

  it.each(names)('%s prints the same document.xml', async (name) => {
    const record = JSON.parse(await readFile(path.join(BASELINE_DIR, `${name}.json`), 'utf8')) as {
      fixture: string;
      options: unknown;
      draft: unknown;
    };
    const draft = DraftSchema.parse(migrate(record.draft).value);
    const { bytes } = await renderDraft(draft, path.join(FIXTURES, record.fixture), {
      campaign: shippedCampaign,
      now: BASELINE_NOW,
      options: ExportOptionsSchema.parse(record.options),
    });
    const xml = maskDocumentXml((await unzip(bytes)).get('word/document.xml')!.toString('utf8'));
    expect(xml === (await readFile(path.join(BASELINE_DIR, `${name}.document.xml`), 'utf8'))).toBe(true);
  });
});
