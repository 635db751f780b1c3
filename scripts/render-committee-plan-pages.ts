/**
 * Renders the 计量技术委员会组成方案 of a 20-member plan (tests/fixtures/committee/valid-plan.json,
 * read as `cli new --values` reads it) to PNG pages in docs/screenshots: the committee layout
 * (electron/services/export/layouts/committee-plan.ts) → the app's LibreOffice conversion →
 * pdftoppm, every page. Run: `npx tsx scripts/render-committee-plan-pages.ts`.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { readValuesFile } from '../electron/cli/values-file';
import { docxToPdf } from '../electron/services/delivery/pdf';
import { printStyle } from '../electron/services/export/docx';
import { buildCommitteePlan } from '../electron/services/export/layouts/committee-plan';
import { committeePlanForm } from '../shared/forms/committee-plan';
import { ExportOptionsSchema } from '../shared/settings';

const OUT = path.resolve('docs/screenshots');
const plan = JSON.parse(await readFile('tests/fixtures/committee/valid-plan.json', 'utf8')) as Record<
  string,
  unknown
>;
const docx = await buildCommitteePlan({
  title: committeePlanForm.title,
  fields: committeePlanForm.fields,
  values: readValuesFile(committeePlanForm, plan).values,
  style: await printStyle(ExportOptionsSchema.parse({})),
  exportNumber: 1,
  hash: '0123456789abcdef',
});
const work = await mkdtemp(path.join(tmpdir(), 'committee-plan-pages-'));
try {
  const pdf = path.join(work, 'plan.pdf');
  await writeFile(pdf, await docxToPdf(docx));
  execFileSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(work, 'committee-plan')]);
  const pages = (await readdir(work)).filter((name) => name.endsWith('.png')).sort();
  for (const [i, page] of pages.entries())
    await copyFile(path.join(work, page), path.join(OUT, `committee-plan-p${i + 1}.png`));
} finally {
  await rm(work, { recursive: true, force: true });
}
