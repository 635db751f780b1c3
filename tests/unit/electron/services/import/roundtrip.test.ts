import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shippedCampaign } from '../../../../../shared/campaign';
import { DraftSchema, textOf, type Draft } from '../../../../../shared/draft';
import { formOf, paper610 } from '../../../../../shared/forms';
import { ExportOptionsSchema } from '../../../../../shared/settings';
import { migrate } from '../../../../../electron/services/drafts/migrations';
import { printedCaption, imagesByPart } from '../../../../../electron/services/export/figures';
import { printFileOf } from '../../../../../electron/services/export/images';
import { renderDraft } from '../../../../../electron/services/export/render';
import { printable } from '../../../../../electron/services/export/sanitize';
import { textLines } from '../../../../../electron/services/export/style';
import { toTraditional } from '../../../../../electron/services/export/traditional';
import { importDocx } from '../../../../../electron/services/import/import';
import { BASELINE_DIR, BASELINE_NOW } from '../export/baseline-files';
import { FIXTURES, loadFixture } from '../export/docx-files';

/**
 * Our own export of every fixture reads back into a draft equal in content: the draft fixtures in
 * each font size, and every draft of the export baseline (cover values at and over their limits,
 * typed headings, opinions of 0–600字, with and without photos and signature).
 */
const work = await mkdtemp(path.join(tmpdir(), 'import-roundtrip-'));
afterAll(() => rm(work, { recursive: true, force: true }));

const baseline = (await readdir(BASELINE_DIR)).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5));

async function baselineCase(name: string) {
  const record = JSON.parse(await readFile(path.join(BASELINE_DIR, `${name}.json`), 'utf8')) as {
    fixture: string;
    options: unknown;
    draft: unknown;
  };
  return {
    draft: DraftSchema.parse(migrate(record.draft).value),
    dir: path.join(FIXTURES, record.fixture),
    options: ExportOptionsSchema.parse(record.options),
  };
}

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** What the paper shows of a draft, as the importer must read it back. */
function printedContent(draft: Draft) {
  const form = paper610(formOf(draft.form));
  const holder = form.sections.find((s) => s.holdsImages);
  const images = draft.attachments
    .filter((a) => a.role === 'image')
    .slice(0, form.attachments.printedImages.max);
  const placed = holder
    ? imagesByPart(
        holder,
        images.map((attachment) => ({ attachment }) as never),
      )
    : new Map();
  const afterPart = new Map<string, string>();
  for (const [part, items] of placed as Map<string, { attachment: { id: string } }[]>)
    for (const item of items) afterPart.set(item.attachment.id, part);
  const order = holder ? holder.parts.flatMap((p) => images.filter((a) => afterPart.get(a.id) === p.id)) : [];
  return {
    form: draft.form,
    cover: Object.fromEntries(
      form.cover.map((c) => [c.id, printable(textOf(draft, c.id)).replace(/\s+/gu, ' ').trim()]),
    ),
    parts: Object.fromEntries(
      form.sections.flatMap((s) => s.parts).map((p) => [p.id, textLines(textOf(draft, p.id)).join('\n')]),
    ),
    images: order.map((a) => ({ caption: printedCaption(a.caption), afterPart: afterPart.get(a.id) })),
    signer: printable(draft.declaration.signer).replace(/\s+/gu, ' ').trim(),
    signDate: draft.declaration.signDate,
    opinion: textLines(draft.declaration.opinion).join('\n'),
    opinionDate: draft.declaration.opinionDate,
    signature: !!draft.declaration.signatureFile,
  };
}

async function roundTrip(name: string, draft: Draft, dir: string, options = ExportOptionsSchema.parse({})) {
  const { bytes } = await renderDraft(draft, dir, { campaign: shippedCampaign, now: BASELINE_NOW, options });
  const docx = path.join(work, `${name}.docx`);
  await writeFile(docx, bytes);
  const out = path.join(work, name);
  const imported = await importDocx(docx, out, {
    id: 'imported-1',
    campaignFor: () => shippedCampaign.id,
    now: BASELINE_NOW,
    exclusive: true,
  });
  return { ...imported, out };
}

async function expectEqual(name: string, draft: Draft, dir: string, options = ExportOptionsSchema.parse({})) {
  const { draft: back, report, out } = await roundTrip(name, draft, dir, options);
  expect(printedContent(back)).toEqual(printedContent(draft));
  expect(report.problems).toEqual([]);
  // The images are the print copies the .docx holds, byte for byte, each with its own print copy.
  const form = paper610(formOf(draft.form));
  const printed = draft.attachments
    .filter((a) => a.role === 'image')
    .slice(0, form.attachments.printedImages.max);
  const originals = await Promise.all(printed.map((a) => sha256(path.join(dir, printFileOf(a)))));
  expect(back.attachments.map((a) => a.sha256).sort()).toEqual(originals.sort());
  for (const attachment of back.attachments) {
    expect(await sha256(path.join(out, attachment.file))).toBe(attachment.sha256);
    expect(attachment.printFile).toBeTruthy();
  }
  expect(DraftSchema.parse(JSON.parse(await readFile(path.join(out, 'draft.json'), 'utf8'))).id).toBe(
    'imported-1',
  );
  return { back, report };
}

describe('importing our own export', () => {
  it.each(['case-full', 'case-unfinished', 'material-full'])(
    '%s reads back equal in content',
    async (name) => {
      const { draft, dir } = await loadFixture(name);
      const { report } = await expectEqual(name, draft, dir);
      expect(report.form).toBe(draft.form);
    },
  );

  it('case-full at 四号 in the Windows faces reads back equal', async () => {
    const { draft, dir } = await loadFixture('case-full');
    await expectEqual(
      'case-full-14',
      draft,
      dir,
      ExportOptionsSchema.parse({ tableFontSize: 14, fontScheme: 'windows' }),
    );
  });

  it('case-full with 繁體 labels reads back equal, its labels recognised in traditional characters', async () => {
    const { draft, dir } = await loadFixture('case-full');
    const { report } = await expectEqual(
      'case-full-traditional',
      draft,
      dir,
      ExportOptionsSchema.parse({ traditional: true }),
    );
    expect(report.found.find((f) => f.id === 'background')?.name).toBe('一、背景緣由');
  });

  it('material-full printed all in 繁體 reads back as printed: its content in traditional characters', async () => {
    const { draft, dir } = await loadFixture('material-full');
    const convert = await toTraditional();
    const printed = {
      ...draft,
      values: Object.fromEntries(
        Object.entries(draft.values).map(([id, value]) => [
          id,
          typeof value === 'string' ? convert(value) : value,
        ]),
      ),
      declaration: {
        ...draft.declaration,
        signer: convert(draft.declaration.signer),
        opinion: convert(draft.declaration.opinion),
      },
    };
    const { draft: back } = await roundTrip(
      'material-full-traditional',
      draft,
      dir,
      ExportOptionsSchema.parse({ traditional: true, traditionalContent: true }),
    );
    expect(printedContent(back)).toEqual(printedContent(printed));
  });

  it.each(baseline)('baseline %s reads back equal in content', async (name) => {
    const { draft, dir, options } = await baselineCase(name);
    await expectEqual(`baseline-${name}`, draft, dir, options);
  });

  it('names the parts an unfinished draft left empty, one line each', async () => {
    const { draft, dir } = await loadFixture('case-unfinished');
    const { report } = await roundTrip('unfinished-report', draft, dir);
    // A part is named by its printed heading, or by its section's label where it has none.
    const empty = paper610(formOf(draft.form))
      .sections.flatMap((s) => s.parts.map((p) => ({ p, label: p.heading ?? s.label })))
      .filter(({ p }) => !textOf(draft, p.id).trim())
      .map(({ label }) => label);
    expect(empty.length).toBeGreaterThan(0);
    expect(report.missing.map((m) => m.name)).toEqual(expect.arrayContaining(empty));
  });
});
