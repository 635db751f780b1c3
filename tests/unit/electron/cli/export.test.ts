import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphTexts, unzip } from '../services/export/docx-files';
import { cli } from '../../../support/cli';

let out: string;
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'cli-export-'));
});
afterAll(() => rm(out, { recursive: true, force: true }));

describe('cli export', () => {
  it.each(['case-full', 'material-full', 'case-unfinished'])(
    'exports the %s sample, prints only the path, and leaves the draft as it was',
    async (name) => {
      const draftFile = `tests/fixtures/drafts/${name}/draft.json`;
      const before = await readFile(draftFile);
      const target = join(out, `${name}.docx`);
      const result = await cli(['export', draftFile, '--out', target]);
      expect(result).toMatchObject({ code: 0, stdout: `${target}\n` });
      const document = (await unzip(await readFile(target))).get('word/document.xml')!.toString();
      expect(paragraphTexts(document).join('')).toContain('计量创新案例和计量文化科普素材征集表');
      expect(await readFile(draftFile)).toEqual(before);
      if (name === 'case-unfinished') expect(result.stderr).toContain('草稿');
    },
  );

  it('exits 2 for an unknown option or a missing --out', async () => {
    const draftFile = 'tests/fixtures/drafts/case-full/draft.json';
    expect((await cli(['export', draftFile, '--out', join(out, 'x.docx'), '--bogus'])).code).toBe(2);
    expect((await cli(['export', draftFile])).code).toBe(2);
  });

  it('exits 1 for a file that is not a draft, naming it', async () => {
    const result = await cli(['export', 'package.json', '--out', join(out, 'y.docx')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('package.json');
  });
});
