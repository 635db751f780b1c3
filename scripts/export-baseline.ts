/**
 * Writes the export baseline of issue 17: every draft fixture and a slice of the layout corpus,
 * each as the draft file it was exported from and the document.xml it printed. The baseline test
 * (tests/unit/electron/services/export/baseline.test.ts) reads the drafts back through the load
 * path and compares what they print now. Run it only to record a baseline on purpose:
 * `tsx scripts/export-baseline.ts`.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { shippedCampaign } from '../shared/campaign';
import { ExportOptionsSchema } from '../shared/settings';
import { renderDraft } from '../electron/services/export/render';
import { FIXTURES, loadFixture, unzip } from '../tests/unit/electron/services/export/docx-files';
import { layoutCorpus } from '../tests/unit/electron/services/export/layout-corpus';
import {
  BASELINE_DIR,
  BASELINE_NOW,
  maskDocumentXml,
} from '../tests/unit/electron/services/export/baseline-files';

async function main(): Promise<void> {
  await mkdir(BASELINE_DIR, { recursive: true });
  const names = (await readdir(FIXTURES, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);
  const entries = [
    ...(await Promise.all(
      names.map(async (name) => ({
        name,
        fixture: name,
        ...(await loadFixture(name)),
        options: ExportOptionsSchema.parse({}),
      })),
    )),
    ...(await layoutCorpus(12)).map((c) => ({
      ...c,
      name: `corpus-${c.name}`,
      fixture: path.basename(c.dir),
    })),
  ];
  for (const entry of entries) {
    const { bytes } = await renderDraft(entry.draft, path.join(FIXTURES, entry.fixture), {
      campaign: shippedCampaign,
      now: BASELINE_NOW,
      options: entry.options,
    });
    const xml = (await unzip(bytes)).get('word/document.xml')!.toString('utf8');
    const record = { fixture: entry.fixture, options: entry.options, draft: entry.draft };
    await writeFile(path.join(BASELINE_DIR, `${entry.name}.json`), `${JSON.stringify(record, null, 2)}\n`);
    await writeFile(path.join(BASELINE_DIR, `${entry.name}.document.xml`), maskDocumentXml(xml));
  }
  console.log(`${entries.length} baselines in ${BASELINE_DIR}`);
}

await main();
