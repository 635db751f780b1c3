/**
 * Renders the 世界计量日 forms as the command line makes them (docs/LAYOUT.md): the seed's two
 * activity tables (沪市监计量〔2021〕260号's attachment) and a summary, each `cli new --values` from
 * `tests/fixtures/activity/` then `cli export --pdf` (LibreOffice), every page to a PNG in
 * docs/screenshots (activity-municipal-p1.png …). Run: `npx tsx scripts/render-activity-pages.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const OUT = path.resolve('docs/screenshots');
const FORMS = [
  { name: 'municipal', form: 'activity-plan-municipal', values: 'seed-municipal.json' },
  { name: 'district', form: 'activity-plan-district', values: 'seed-district.json' },
  { name: 'summary', form: 'activity-summary', values: 'summary-2021.json', campaign: 'shsjl-2021-520' },
];

const work = await mkdtemp(path.join(tmpdir(), 'activity-pages-'));
// An empty per-user folder: only the built-in campaigns, as on a fresh install.
const env = { ...process.env, XDG_CONFIG_HOME: path.join(work, 'config') };
const cli = (args: string[]) =>
  execFileSync('npx', ['tsx', 'electron/cli/index.ts', ...args], { env, stdio: 'pipe' });
try {
  for (const old of (await readdir(OUT)).filter((file) => file.startsWith('activity-')))
    await rm(path.join(OUT, old));
  for (const { name, form, values, campaign } of FORMS) {
    const dir = path.join(work, name);
    cli([
      'new',
      '--form',
      form,
      ...(campaign ? ['--campaign', campaign] : []),
      '--values',
      `tests/fixtures/activity/${values}`,
      '--out',
      dir,
    ]);
    const docx = path.join(work, `${name}.docx`);
    cli(['export', path.join(dir, 'draft.json'), '--out', docx, '--pdf']);
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      docx.replace(/\.docx$/u, '.pdf'),
      path.join(OUT, `activity-${name}-p`),
    ]);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
