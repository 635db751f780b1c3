/**
 * Renders the exported forms of the sample drafts to PNG pages in docs/screenshots, the way a
 * reviewer sees them on paper: buildDocx → the app's LibreOffice conversion → pdftoppm. Pages are
 * named `export-<sample>-p<N>.png`: the full case, the full material, and the full case with a unit
 * opinion at its limit (`long-opinion`, docs/LAYOUT.md), whose last page shows the opinion beside
 * the stamp area. Needs `soffice` and `pdftoppm`; for faithful faces install
 * /work/shared/fonts/60-gb-fonts.conf (see README). Run: `npx tsx scripts/render-export-pages.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { docxToPdf } from '../electron/services/delivery/pdf';
import { buildDocx } from '../electron/services/export/docx';
import { DraftSchema, type Draft } from '../shared/draft';
import { countText } from '../shared/count';
import { DECLARATION_LIMITS } from '../shared/forms/common';
import { ExportOptionsSchema } from '../shared/settings';

const OUT = path.resolve('docs/screenshots');
/** A unit's opinion as long as the form allows, in two paragraphs as units write them. */
const LONG_OPINION =
  '经我局局务会审议，该案例所述“云秤”在线监测平台和社区计量服务站建设情况属实，数据来源可靠，' +
  '做法具有创新性，在全区农贸市场推广后取得了明显的社会效果，具有较强的示范和推广价值。\n' +
  '同意报送。';

const longOpinion = (draft: Draft): Draft => ({
  ...draft,
  declaration: { ...draft.declaration, opinion: LONG_OPINION },
});

/** The samples by the name their pages carry: the fixture, and what is changed in it. */
const SAMPLES = {
  case: { fixture: 'case-full', vary: (draft: Draft) => draft },
  material: { fixture: 'material-full', vary: (draft: Draft) => draft },
  'long-opinion': { fixture: 'case-full', vary: longOpinion },
} as const;
const DPI = '60';

const opinionWords = countText(LONG_OPINION).words;
if (
  opinionWords > DECLARATION_LIMITS.opinionLimit.max ||
  opinionWords < DECLARATION_LIMITS.opinionLimit.max - 15
)
  throw new Error(`The long opinion should be just within its limit, not ${opinionWords}字.`);

const work = await mkdtemp(path.join(tmpdir(), 'render-export-'));
try {
  await mkdir(OUT, { recursive: true });
  for (const [kind, sample] of Object.entries(SAMPLES)) {
    const dir = path.resolve('tests/fixtures/drafts', sample.fixture);
    const draft = sample.vary(
      DraftSchema.parse(JSON.parse(await readFile(path.join(dir, 'draft.json'), 'utf8'))),
    );
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
