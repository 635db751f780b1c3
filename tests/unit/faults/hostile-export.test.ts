import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printable } from '../../../electron/services/export/sanitize';
import { hostileStrings } from '../../../scripts/hostile-corpus';
import { formOf, partsOf } from '../../../shared/forms';
import { checkDocx } from '../../faults/lib/docx';
import { servicesIn } from '../../faults/lib/fixtures';
import { figure, scaled, SEED } from '../../faults/lib/scale';
import { textOf } from '../../../shared/draft';

/**
 * Hostile text through the exporter: each draft's .docx is unzipped and every XML part parsed,
 * the user's text must be in document.xml (minus what XML cannot hold), and a sample is opened
 * in LibreOffice, which must turn it into a PDF with pages.
 */
const DRAFTS = scaled(30, 300);
const IN_LIBREOFFICE = scaled(1, 10);
const run = promisify(execFile);

let env: Awaited<ReturnType<typeof servicesIn>>;
beforeAll(async () => {
  env = await servicesIn('hostile-export');
});
afterAll(() => env.cleanup());

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The text Word shows: every run's text in order, entities decoded. */
function visibleText(documentXml: string): string {
  return [...documentXml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1]!.replace(/&(lt|gt|amp|quot|apos);/g, (_, name: string) => ENTITIES[name]!))
    .join('');
}

/** Spacing is layout in the printed form (indents, line breaks, tabs), so it is left out of the comparison. */
const ink = (text: string) => printable(text).replace(/[\s\u3000\u0085\uFEFF]/g, '');

describe('hostile text through export', () => {
  it(`${DRAFTS} drafts of hostile text: every .docx unzips, every XML part parses, and the text is all there`, async () => {
    const corpus = hostileStrings(DRAFTS * 8, SEED + 1);
    const sample: string[] = [];
    let parts = 0;
    for (let i = 0; i < DRAFTS; i++) {
      const kind = i % 2 ? 'material' : 'case';
      const created = await env.services.value('drafts:create', { kind });
      const ids = partsOf(formOf(created.form)).map((part) => part.id);
      const text = (j: number) => corpus[(i * 8 + j) % corpus.length]!;
      const draft = {
        ...created,
        values: { ...created.values, title: text(7).slice(0, 500), unit: text(6).slice(0, 500) },
        fields: Object.fromEntries(ids.map((id, j) => [id, text(j)])),
      };
      await env.services.value('drafts:save', { draft });
      const { docx } = await env.services.value('export:preview', { id: created.id });
      const bytes = Buffer.from(docx, 'base64');
      const shown = ink(visibleText(await checkDocx(bytes)));
      for (const id of ids) expect(shown).toContain(ink(textOf(draft, id)!));
      parts += ids.length;
      if (i % Math.ceil(DRAFTS / IN_LIBREOFFICE) === 0 && sample.length < IN_LIBREOFFICE) {
        const file = join(env.dir, `hostile-${i}.docx`);
        await writeFile(file, bytes);
        sample.push(file);
      }
    }
    await openInLibreOffice(sample);
    figure('hostile/export', { drafts: DRAFTS, textParts: parts, openedInLibreOffice: sample.length });
  }, 1_200_000);
});

/** Converts the files to PDF in one LibreOffice run and checks each has at least one page. */
async function openInLibreOffice(files: string[]): Promise<void> {
  if (!existsSync('/usr/bin/soffice') && !process.env.SOFFICE) {
    console.info(
      '[faults] hostile/export: LibreOffice (soffice) not installed, .docx files not opened in it',
    );
    return;
  }
  const out = join(env.dir, 'pdf');
  // A profile of its own, so a LibreOffice already running for someone else does not swallow the call.
  const profile = `-env:UserInstallation=file://${join(env.dir, 'lo-profile')}`;
  await run(
    process.env.SOFFICE ?? 'soffice',
    [profile, '--headless', '--convert-to', 'pdf', '--outdir', out, ...files],
    {
      timeout: 600_000,
    },
  );
  const pdfs = await readdir(out);
  expect(pdfs.length).toBe(files.length);
  for (const pdf of pdfs) {
    expect((await readFile(join(out, pdf))).subarray(0, 5).toString()).toBe('%PDF-');
    const { stdout } = await run('pdfinfo', [join(out, pdf)]);
    expect(Number(/Pages:\s+(\d+)/.exec(stdout)?.[1])).toBeGreaterThan(0);
  }
}
