import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DeskError } from '../../../shared/errors';
import { findPdftoppm, findSoffice, runTool, ToolFailed } from './tools';

/** A cold LibreOffice start plus a long form with photos stays well under this on an office PC. */
export const CONVERT_TIMEOUT_MS = 120_000;

async function inWorkDir<T>(use: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'submission-desk-pdf-'));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The PDF of the very .docx bytes, converted by LibreOffice (docs/DELIVERY.md). Each conversion has
 * a private profile (`-env:UserInstallation`), so it neither waits for nor disturbs a LibreOffice
 * the user has open, and a bounded time. Throws `soffice-missing` where LibreOffice is not found.
 */
export async function docxToPdf(
  docx: Uint8Array,
  options: { soffice?: string | null; timeoutMs?: number } = {},
): Promise<Buffer> {
  const [pdf] = await docxToPdfs([docx], options);
  return pdf!;
}

/**
 * Several .docx files converted in one LibreOffice run, PDFs in the same order: a cold start of
 * LibreOffice costs seconds, a page a few milliseconds, so a batch (the layout tests' corpus)
 * starts it once. The time bound grows with the batch.
 */
export async function docxToPdfs(
  docs: readonly Uint8Array[],
  options: { soffice?: string | null; timeoutMs?: number } = {},
): Promise<Buffer[]> {
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
  if (!soffice) throw new DeskError('soffice-missing');
  return inWorkDir(async (dir) => {
    const inputs = docs.map((_, index) => join(dir, `form-${index}.docx`));
    await Promise.all(docs.map((docx, index) => writeFile(inputs[index]!, docx)));
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const args = [`-env:UserInstallation=${profile}`, '--headless', '--norestore'];
    try {
      await runTool(
        soffice,
        [...args, '--convert-to', 'pdf', '--outdir', dir, ...inputs],
        (options.timeoutMs ?? CONVERT_TIMEOUT_MS) * Math.max(1, Math.ceil(docs.length / 4)),
      );
      return await Promise.all(inputs.map((input) => readFile(input.replace(/\.docx$/, '.pdf'))));
    } catch (error) {
      const reason = error instanceof ToolFailed ? error.message : 'LibreOffice wrote no PDF';
      throw new DeskError('internal', reason);
    }
  });
}

/** Each page of a PDF as PNG bytes, in order; null where poppler's `pdftoppm` is not installed. */
export async function pdfPages(pdf: Uint8Array, dpi = 96): Promise<Buffer[] | null> {
  const pdftoppm = findPdftoppm();
  if (!pdftoppm) return null;
  return inWorkDir(async (dir) => {
    await writeFile(join(dir, 'form.pdf'), pdf);
    await runTool(pdftoppm, ['-png', '-r', String(dpi), join(dir, 'form.pdf'), join(dir, 'page')], 60_000);
    // pdftoppm pads page numbers to the width of the last one: page-01.png … page-12.png.
    const names = (await readdir(dir)).filter((name) => /^page-\d+\.png$/.test(name)).sort();
    return Promise.all(names.map((name) => readFile(join(dir, name))));
  });
}
