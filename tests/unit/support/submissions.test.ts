import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formIds, formOf } from '../../../shared/forms';
import { validateDraft } from '../../../shared/validate';
import { parseDraftText } from '../../../electron/services/drafts/format';
import { findSharedPassages } from '../../../electron/services/rollup/originality/index';
import type { Draft } from '../../../shared/draft';
import { readZip } from '../electron/services/delivery/zip';
import { writePlantedCorpus, type GeneratedCorpus } from '../../support/submissions';

let root: string;
let corpus: GeneratedCorpus;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'corpus-test-'));
  corpus = await writePlantedCorpus(join(root, 'a'));
}, 60_000);
afterAll(() => rm(root, { recursive: true, force: true }));

/** Every text of a draft the originality check would read: its long texts, its tables' cells. */
function textsOf(draft: Draft, row: string) {
  return Object.entries(draft.values).flatMap(([field, value]) =>
    typeof value === 'string'
      ? [{ row, field, text: value }]
      : Array.isArray(value)
        ? value.flatMap((r) =>
            Object.entries(r.cells).flatMap(([column, cell]) =>
              typeof cell === 'string' ? [{ row, field: `${field}.${column}`, text: cell }] : [],
            ),
          )
        : [],
  );
}

const byPlant = (plant: string) => corpus.submissions.filter((s) => s.planted.includes(plant as never));

describe('the planted corpus', () => {
  it('holds 30 submissions of every form and kind, each file where it says', async () => {
    expect(corpus.submissions).toHaveLength(30);
    expect(new Set(corpus.submissions.map((s) => s.form))).toEqual(new Set(formIds()));
    expect(new Set(corpus.submissions.map((s) => s.kind))).toEqual(
      new Set(['submission', 'portable', 'folder', 'docx']),
    );
    expect((await readdir(corpus.dir)).sort()).toEqual(corpus.submissions.map((s) => s.file).sort());
    expect(byPlant('over-limit')).toHaveLength(2);
    expect(byPlant('unsigned')).toHaveLength(2);
    expect(byPlant('damaged')).toHaveLength(1);
    expect(byPlant('duplicate')).toHaveLength(1);
    expect(byPlant('docx')).toHaveLength(1);
    expect(byPlant('shares-passage').map((s) => s.form)).toEqual(['case', 'material']);
  });

  it('opens every package but the damaged one, with what each kind carries', async () => {
    for (const submission of corpus.submissions) {
      const path = join(corpus.dir, submission.file);
      if (submission.kind === 'folder') {
        const draft = parseDraftText(await readFile(join(path, 'draft.json'), 'utf8'));
        expect(draft).toEqual(submission.draft);
        continue;
      }
      if (submission.planted.includes('damaged')) {
        await expect(readZip(path)).rejects.toThrow();
        continue;
      }
      const names = (await readZip(path)).map((entry) => entry.name);
      if (submission.kind === 'submission') {
        expect(names).toContain('报送说明.txt');
        expect(names.some((name) => name.endsWith('.docx'))).toBe(true);
      } else if (submission.kind === 'portable') expect(names).toEqual(['manifest.json', 'draft.json']);
      else expect(names).toContain('word/document.xml');
    }
    const duplicate = byPlant('duplicate')[0]!;
    const copy = await readFile(join(corpus.dir, duplicate.file));
    expect(copy.equals(await readFile(join(corpus.dir, duplicate.duplicateOf!)))).toBe(true);
  });

  it('is valid where nothing was planted, and breaks only what was', () => {
    for (const submission of corpus.submissions) {
      const issues = validateDraft(submission.draft, formOf(submission.form));
      const errors = issues.filter((issue) => issue.severity === 'error').map((issue) => issue.code);
      const codes = issues.map((issue) => issue.code);
      expect(errors, submission.file).toEqual(
        submission.planted.includes('over-limit') ? ['over-limit'] : [],
      );
      expect(codes.includes('signer-missing'), submission.file).toBe(submission.planted.includes('unsigned'));
    }
  });

  it('shares exactly the planted passage between two submissions', () => {
    const distinct = corpus.submissions.filter((s) => !s.planted.includes('duplicate'));
    const found = findSharedPassages(distinct.flatMap((s) => textsOf(s.draft, s.file)));
    const [planted] = corpus.passages;
    expect(found.map((f) => [f.a.row, f.a.field, 'row' in f.b ? f.b.row : '', f.b.field, f.passage])).toEqual(
      [
        [
          planted!.places[0].file,
          planted!.places[0].field,
          planted!.places[1].file,
          planted!.places[1].field,
          planted!.text,
        ],
      ],
    );
    expect(planted!.text).toHaveLength(200);
  });

  it('is the same for the same seed (every entry but the .docx, which carries the time it was packed, and the manifest listing its hash)', async () => {
    const again = await writePlantedCorpus(join(root, 'b'));
    expect(again.submissions).toEqual(corpus.submissions);
    expect(again.passages).toEqual(corpus.passages);
    const entries = async (dir: string, file: string) => {
      const path = join(dir, file);
      if ((await stat(path)).isDirectory()) return [await readFile(join(path, 'draft.json'), 'utf8')];
      if (file.endsWith('.docx')) return [];
      return (await readZip(path).catch(() => [])).map(({ name, sha256 }) =>
        // The package's manifest lists the .docx's SHA-256, which changes with its packing time.
        name.endsWith('.docx') || name === 'manifest.json' ? name : `${name} ${sha256}`,
      );
    };
    for (const { file } of corpus.submissions)
      expect(await entries(again.dir, file), file).toEqual(await entries(corpus.dir, file));
  }, 60_000);
});
