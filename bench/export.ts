import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../electron/services/drafts/atomic';
import { layoutOf } from '../electron/services/drafts/layout';
import type { Measured } from './report';
import { packPlainDocx } from './docx-baseline';
import { makePhotos } from './photos';
import { bodyWords, caseFull, caseFullDir } from './sample';
import { appServices, tempDataDir } from './services';
import { median, timeInterleaved } from './stats';

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
    draft: { ...created, cover: caseFull.cover, fields: caseFull.fields, domain: caseFull.domain },
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
 * `export:docx` as the review step calls it (preflight, the form built, written atomically, the
 * export recorded in the draft) beside the `docx` library packing the same content into a plain
 * document, written the same atomic way. Runs alternate between the two.
 */
export async function benchExport(): Promise<Measured[]> {
  const data = await tempDataDir('export');
  try {
    const { call, queueDialog, id, draftDir } = await fullCase(join(data.dir, 'data'), data.dir);
    const draft = await call('drafts:load', { id });
    const out = (name: string, run: number) => join(data.dir, `${name}-${run + 100}.docx`);
    const times = await timeInterleaved(
      async (run) => {
        queueDialog(out('app', run));
        await call('export:docx', { id });
      },
      async (run) => writeFileAtomic(out('plain', run), await packPlainDocx(draft, draftDir)),
      { warmUps: 3, runs: 15 },
    );
    const size = (await readFile(out('app', 0))).length;
    return [
      {
        name: 'export: full case .docx, in-process',
        figure: median(times.a),
        unit: 'ms',
        baseline: median(times.b),
        budget: { max: 1000, maxRatio: 1.2 },
        notes: `medians of 15 interleaved runs; ${bodyWords(draft.fields)}字 body, 2 photos of 12 MP embedded as their print copies; .docx of ${(size / 1024).toFixed(0)} KB; baseline = docx packing the same text and images plainly`,
      },
    ];
  } finally {
    await data.dispose();
  }
}
