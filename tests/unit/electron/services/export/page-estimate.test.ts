import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToPdfs } from '../../../../../electron/services/delivery/pdf';
import { findSoffice } from '../../../../../electron/services/delivery/tools';
import { buildDocx } from '../../../../../electron/services/export/docx';
import { estimateDraftPages } from '../../../../../electron/services/export/page-estimate';
import { textOf, type Draft } from '../../../../../shared/draft';
import { ExportOptionsSchema } from '../../../../../shared/settings';
import { loadFixture } from './docx-files';
import { layoutCorpus, textOfWords, type CorpusDraft } from './layout-corpus';
import { formOf, partsOf } from '../../../../../shared/forms';

/**
 * The page estimate (docs/DELIVERY.md) against LibreOffice's own pagination of the very .docx: every
 * draft of the corpus — the layout corpus (opinions of 0–600字, cover values at and over their
 * limits, bodies cut at many lengths, both sizes and schemes) and a few at the extremes, from an
 * empty draft to a body of twice its limit — within one page.
 */
const run = promisify(execFile);
const available = findSoffice() !== null;
if (!available)
  console.warn('Skipping the page-estimate corpus: soffice is not installed (apt libreoffice-writer).');

/** Drafts at the ends of the range the layout corpus leaves out. */
async function extremes(): Promise<CorpusDraft[]> {
  const { draft: sample, dir } = await loadFixture('case-full');
  const pool = partsOf(formOf(sample.form))
    .map((part) => textOf(sample, part.id))
    .join('');
  const vary = (name: string, change: (draft: Draft) => Draft, size: 16 | 14): CorpusDraft => ({
    name,
    draft: change(sample),
    dir,
    options: ExportOptionsSchema.parse({ tableFontSize: size }),
    coverWithinLimits: true,
    typedHeadings: [],
  });
  const empty = (d: Draft): Draft => ({
    ...d,
    values: {
      ...d.values,
      ...Object.fromEntries(
        partsOf(formOf(d.form))
          .map((part) => part.id)
          .map((k) => [k, '']),
      ),
    },
    attachments: [],
  });
  const long =
    (words: number) =>
    (d: Draft): Draft => ({
      ...d,
      values: {
        ...d.values,
        results: Array.from({ length: 12 }, (_, i) => textOfWords(pool.slice(i * 97), words / 12)).join('\n'),
      },
    });
  return [
    vary('empty-三号', empty, 16),
    vary('empty-四号', empty, 14),
    vary('double-body-三号', long(3000), 16),
    vary('double-body-四号', long(3000), 14),
    vary('sample-三号', (d) => d, 16),
    vary('sample-四号', (d) => d, 14),
  ];
}

interface Measured {
  name: string;
  estimated: number;
  printed: number;
}
let measured: Measured[] = [];
let work: string;

beforeAll(async () => {
  if (!available) return;
  work = await mkdtemp(path.join(tmpdir(), 'page-estimate-'));
  const corpus = [...(await layoutCorpus()), ...(await extremes())];
  const docs = await Promise.all(
    corpus.map((item) =>
      buildDocx(item.draft, item.dir, { exportOptions: item.options, exportNumber: 1, provisional: false }),
    ),
  );
  const pdfs = await docxToPdfs(docs);
  measured = await Promise.all(
    corpus.map(async (item, index) => {
      const file = path.join(work, `${index}.pdf`);
      await writeFile(file, pdfs[index]!);
      const { stdout } = await run('pdfinfo', [file]);
      return {
        name: item.name,
        estimated: await estimateDraftPages(item.draft, item.dir, item.options),
        printed: Number(/^Pages:\s+(\d+)/m.exec(stdout)![1]),
      };
    }),
  );
}, 900_000);
afterAll(() => (work ? rm(work, { recursive: true, force: true }) : undefined));

describe.skipIf(!available)('page estimate', () => {
  it('is within one page of LibreOffice’s count for every draft of a corpus of 30', () => {
    expect(measured.length).toBeGreaterThanOrEqual(20);
    const errors = measured.map((m) => m.estimated - m.printed);
    const distribution = Object.fromEntries(
      [...new Set(errors)].sort((a, b) => a - b).map((e) => [e, errors.filter((x) => x === e).length]),
    );
    console.log(
      `page estimate − LibreOffice over ${measured.length} drafts: ${JSON.stringify(distribution)}; ` +
        `pages ${Math.min(...measured.map((m) => m.printed))}–${Math.max(...measured.map((m) => m.printed))}`,
    );
    for (const m of measured) console.log(`  ${m.name}: estimated ${m.estimated}, printed ${m.printed}`);
    for (const m of measured)
      expect({ name: m.name, off: Math.abs(m.estimated - m.printed) <= 1 }).toEqual({
        name: m.name,
        off: true,
      });
  });
});
