import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { wordForm } from '../tests/support/word-form';
import type { Measured } from './report';
import { makePhotos, PHOTO } from './photos';
import { bodyWords, caseFull } from './sample';
import { appServices, tempDataDir } from './services';
import { median, timeRuns } from './stats';

/**
 * A Word import as the draft list makes it (`drafts:importDocx`, then 创建草稿's `drafts:importConfirm`): the full case typed in Word —
 * about 3000字 of body, headings in one cell — with two 12-megapixel photos inline, as Word embeds
 * them at full size. Timed from the channel's call to the new draft in place: the zip read, the
 * mapping, each photo through the ingest (its print copy made), the draft staged and placed.
 */
export async function benchImport(): Promise<Measured[]> {
  const data = await tempDataDir('import');
  try {
    const photos = await Promise.all(
      (await makePhotos(data.dir)).map(async (file) => ({ bytes: await readFile(file), ...PHOTO })),
    );
    const file = join(data.dir, '征集表.docx');
    const docx = await wordForm({
      draft: caseFull,
      photos,
      signDate: '2022年1月10日',
      opinionDate: '2022.1.12',
    });
    await writeFile(file, docx);
    const { call, queueDialog } = appServices(join(data.dir, 'data'));
    let images = 0;
    const runs = await timeRuns(
      async () => {
        queueDialog([file]);
        const { staged, report } = await call('drafts:importDocx', {});
        await call('drafts:importConfirm', { staged });
        images = report.images;
      },
      { warmUps: 1, runs: 7 },
    );
    if (images !== 2) throw new Error(`import bench: ${images} photos imported, expected 2`);
    return [
      {
        name: 'import: full case from Word, 2 photos of 12 MP',
        figure: median(runs),
        unit: 'ms',
        budget: { max: 2000 },
        notes: `median of 7 runs; ${bodyWords(caseFull)}字 body; .docx of ${(docx.length / 1024 ** 2).toFixed(1)} MB; max ${Math.max(...runs).toFixed(0)} ms`,
      },
    ];
  } finally {
    await data.dispose();
  }
}
