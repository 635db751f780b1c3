import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { layoutOf } from '../electron/services/drafts/layout';
import { formRenderer } from '../electron/services/export/pipeline';
import type { Measured } from './report';
import { packPlainDocx } from './docx-baseline';
import { makePhotos } from './photos';
import { bodyWords, caseFull, caseFullDir } from './sample';
import { appServices, tempDataDir } from './services';
import { median, timeInterleaved, timeRuns } from './stats';

/**
 * The full case as a user makes it: a new draft, the sample's text, two 12-megapixel photos
 * attached through the real ingest (which makes their print copies), a drawn signature.
 */
async function fullCase(dataDir: string, photosDir: string) {
  const services = appServices(dataDir);
  const { call } = services;
  const created = await call('drafts:create', { kind: 'case' });
  const { id } = created;
  await call('drafts:save', {
    draft: { ...created, values: caseFull.values, domain: caseFull.domain },
  });
  services.queueDialog(await makePhotos(photosDir));
  const added = await call('attachments:add', { id, role: 'image' });
  const png = (await readFile(join(caseFullDir, caseFull.declaration.signatureFile!))).toString('base64');
  await call('attachments:saveSignature', { id, png });
  // Captions and placement, as the attachments step sets them.
  const sample = caseFull.attachments.filter((attachment) => attachment.role === 'image');
  const draft = await call('drafts:load', { id });
  await call('drafts:save', {
    draft: {
      ...draft,
      attachments: draft.attachments.map((attachment) => {
        const like = sample[added.findIndex((a) => a.id === attachment.id)];
        return like ? { ...attachment, caption: like.caption, afterPart: like.afterPart } : attachment;
      }),
      declaration: { ...caseFull.declaration, signatureFile: draft.declaration.signatureFile },
      status: 'final',
    },
  });
  return { ...services, id, draftDir: layoutOf(dataDir).draftDir(id) };
}

/**
 * Two figures. The ratio compares like with like: the print-ready form built in memory as the
 * exporter builds it (the draft read, preflight, layout, fonts, images, packing) beside the
 * `docx` library packing the same text and images plainly; runs alternate between the two.
 * The absolute budget covers all of `export:docx` as the review step calls it: the form built,
 * written atomically, and the export recorded in the draft (file, content copy, draft: each fsync'd).
 */
export async function benchExport(): Promise<Measured[]> {
  const data = await tempDataDir('export');
  try {
    const { call, queueDialog, context, id, draftDir } = await fullCase(join(data.dir, 'data'), data.dir);
    const draft = await call('drafts:load', { id });
    const render = formRenderer(context);
    const built = await timeInterleaved(
      async () => (await render(id)).form.bytes,
      async () => packPlainDocx(draft, draftDir),
      { warmUps: 3, runs: 15 },
    );
    const out = (run: number) => join(data.dir, `app-${run + 100}.docx`);
    const exported = await timeRuns(
      async (run) => {
        queueDialog(out(run));
        await call('export:docx', { id });
      },
      { warmUps: 2, runs: 10 },
    );
    const size = (await readFile(out(0))).length;
    const content = `${bodyWords(draft)}字 body, 2 photos of 12 MP embedded as their print copies`;
    return [
      {
        name: 'export: full case form built, in-process',
        figure: median(built.a),
        unit: 'ms',
        baseline: median(built.b),
        budget: { maxRatio: 1.2 },
        notes: `medians of 15 interleaved runs; ${content}; baseline = docx packing the same text and images plainly`,
      },
      {
        name: 'export: full case .docx written and recorded',
        figure: median(exported),
        unit: 'ms',
        budget: { max: 1000 },
        notes: `median of 10 runs of export:docx; .docx of ${(size / 1024).toFixed(0)} KB`,
      },
    ];
  } finally {
    await data.dispose();
  }
}
