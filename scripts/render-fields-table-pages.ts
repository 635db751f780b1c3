/**
 * Renders the generic table layout (electron/services/export/layouts/fields-table.ts) of the test
 * forms to PNG pages in docs/screenshots: the 5·20 activity table with one 序号 over three rows
 * (page 2: the header repeated, a 序号 merged across rows), and the committee plan (page 1: the
 * single fields in portrait; page 2: the 11-column member table in landscape). buildFieldsTable →
 * the app's LibreOffice conversion → pdftoppm. Run: `npx tsx scripts/render-fields-table-pages.ts`.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { docxToPdfs } from '../electron/services/delivery/pdf';
import { printStyle } from '../electron/services/export/docx';
import { buildFieldsTable } from '../electron/services/export/layouts/fields-table';
import { ExportOptionsSchema } from '../shared/settings';
import {
  activityForm,
  activityRows,
  planForm,
} from '../tests/unit/electron/services/export/fields-table-forms';

const OUT = path.resolve('docs/screenshots');
const PAGES = [
  { name: 'activities', form: activityForm(activityRows(30, 3)), pages: { 2: 'fields-table-activities' } },
  { name: 'plan', form: planForm, pages: { 1: 'fields-table-plan-p1', 2: 'fields-table-plan-p2' } },
];

const style = await printStyle(ExportOptionsSchema.parse({}));
const docs = await Promise.all(
  PAGES.map(({ form }) => buildFieldsTable({ ...form, style, exportNumber: 1, hash: '0123456789abcdef' })),
);
const pdfs = await docxToPdfs(docs);
const work = await mkdtemp(path.join(tmpdir(), 'fields-table-pages-'));
try {
  for (const [i, { name, pages }] of PAGES.entries()) {
    const pdf = path.join(work, `${name}.pdf`);
    await writeFile(pdf, pdfs[i]!);
    for (const [page, file] of Object.entries(pages)) {
      const stem = path.join(work, file);
      execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', page, '-l', page, pdf, stem]);
      await copyFile(`${stem}.png`, path.join(OUT, `${file}.png`));
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
