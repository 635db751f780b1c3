import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToPdf } from '../../../../../electron/services/delivery/pdf';
import { findSoffice } from '../../../../../electron/services/delivery/tools';
import { buildDocx } from '../../../../../electron/services/export/docx';
import { formOf, paper610 } from '../../../../../shared/forms';
import { ExportOptionsSchema } from '../../../../../shared/settings';
import { loadFixture, printedLines } from './docx-files';

const run = promisify(execFile);

const available = findSoffice() !== null;
if (!available)
  console.warn('Skipping the LibreOffice rendering test: soffice is not installed (apt libreoffice-writer).');

let work: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'export-lo-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

/** Converts a sample's export to PDF with a private profile; returns its text and page count. */
async function rendered(name: string): Promise<{ text: string; pages: number }> {
  const { draft, dir } = await loadFixture(name);
  const bytes = await buildDocx(draft, dir, {
    exportOptions: ExportOptionsSchema.parse({}),
    exportNumber: 1,
    provisional: false,
  });
  // The app's own converter, as `--pdf` and the PDF button use it.
  const pdf = path.join(work, `${name}.pdf`);
  await writeFile(pdf, await docxToPdf(bytes));
  const { stdout: raw } = await run('pdftotext', ['-raw', pdf, '-']);
  // Page numbers and the footer's small print fall between the lines of a paragraph that turns a page.
  const text = raw
    .split('\n')
    .filter((line) => !/^\s*— \d+ —\s*$/.test(line) && !/第\s*\d+\s*次导出/.test(line))
    .join('\n');
  const { stdout: info } = await run('pdfinfo', [pdf]);
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

/** PDF text breaks lines wherever the page does: compare without white space. */
const squeeze = (text: string) => text.replace(/\s+/gu, '');

describe.skipIf(!available)('LibreOffice renders the export', () => {
  it.each(['case-full', 'material-full'])(
    'the %s PDF holds every field’s text',
    { timeout: 180_000 },
    async (name) => {
      const { draft } = await loadFixture(name);
      const { text, pages } = await rendered(name);
      const flat = squeeze(text);
      const form = formOf(draft.form);
      for (const line of printedLines(draft)) expect(flat).toContain(squeeze(line));
      for (const section of paper610(form).sections) expect(flat).toContain(squeeze(section.label));
      if (name === 'case-full') {
        expect(pages).toBeGreaterThanOrEqual(4);
        expect(pages).toBeLessThanOrEqual(12);
      }
    },
  );
});
