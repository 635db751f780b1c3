/**
 * Renders the exported forms of the sample drafts to PNG pages in docs/screenshots, the way a
 * reviewer sees them on paper: buildDocx → the app's LibreOffice conversion → pdftoppm. Needs `soffice` and
 * `pdftoppm`; for faithful faces install /work/shared/fonts/60-gb-fonts.conf (see README).
 * Run: `npx tsx scripts/render-export-pages.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { docxToPdf } from '../electron/services/delivery/pdf';
import { buildDocx } from '../electron/services/export/docx';
import { DraftSchema } from '../shared/draft';
import { ExportOptionsSchema } from '../shared/settings';

const OUT = path.resolve('docs/screenshots');
const SAMPLES = { case: 'case-full', material: 'material-full' } as const;
const DPI = '45';

const work = await mkdtemp(path.join(tmpdir(), 'render-export-'));
try {
  await mkdir(OUT, { recursive: true });
  for (const [kind, sample] of Object.entries(SAMPLES)) {
    const dir = path.resolve('tests/fixtures/drafts', sample);
    const draft = DraftSchema.parse(JSON.parse(await readFile(path.join(dir, 'draft.json'), 'utf8')));
    const options = { exportOptions: ExportOptionsSchema.parse({}), exportNumber: 1, provisional: false };
    const pdf = await docxToPdf(await buildDocx(draft, dir, options));
    await writeFile(path.join(work, `${kind}.pdf`), pdf);
    for (const old of (await readdir(OUT)).filter((f) => f.startsWith(`export-${kind}-p`)))
      await rm(path.join(OUT, old));
    execFileSync('pdftoppm', ['-r', DPI, '-png', path.join(work, `${kind}.pdf`), path.join(work, kind)]);
    for (const page of (await readdir(work)).filter((f) => f.startsWith(`${kind}-`) && f.endsWith('.png'))) {
      const number = Number(/-(\d+)\.png$/.exec(page)![1]);
      // A small palette keeps the committed pages light; text and rules stay crisp.
      await sharp(path.join(work, page))
        .png({ palette: true, colours: 32, compressionLevel: 9 })
        .toFile(path.join(OUT, `export-${kind}-p${number}.png`));
    }
    console.log(`${kind}: pages written to ${OUT}`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
