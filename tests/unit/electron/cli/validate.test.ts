import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFT_FORMAT_VERSION, emptyDraft } from '../../../../shared/draft';
import { cli } from '../../../support/cli';

let dir: string;
const unfinished = emptyDraft({
  id: 'cli-validate-1',
  form: 'case',
  campaignId: 'c',
  now: new Date('2021-12-20T08:00:00Z'),
});
const complete = {
  ...unfinished,
  values: {
    ...unfinished.values,
    title: '题目',
    unit: '单位',
    contact: '王明',
    phone: '13800138000',
    email: 'a@b.cn',
    address: '地址',
    summary: '简介',
    background: '一',
    approach: '二',
    results: '三',
    significance: '四',
    lessons: '五',
  },
  declaration: { ...unfinished.declaration, confirmed: true, signer: '王明' },
};

async function draftFile(name: string, content: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-cli-validate-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('cli validate', () => {
  it('accepts an unfinished but well-formed draft, and fails it with --strict naming the empty fields', async () => {
    const file = await draftFile('unfinished.json', unfinished);
    expect(await cli(['validate', file])).toMatchObject({ code: 0, stdout: '' });
    const strict = await cli(['validate', '--strict', file]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('required title');
    expect(strict.stderr).toContain('declaration-unconfirmed');
  });

  it('passes --strict for a complete draft', async () => {
    expect((await cli(['validate', '--strict', await draftFile('complete.json', complete)])).code).toBe(0);
  });

  it('migrates an older format instead of refusing it', async () => {
    const v0 = await readFile('tests/fixtures/migrations/v0-case.json', 'utf8');
    expect((await cli(['validate', await draftFile('v0.json', v0)])).code).toBe(0);
  });

  it.each([
    ['truncated JSON', JSON.stringify(complete).slice(0, 80), 'not JSON'],
    [
      'a future format version',
      { ...complete, formatVersion: DRAFT_FORMAT_VERSION + 1 },
      'draft-future-version',
    ],
    ['a wrong field type', { ...complete, values: { summary: { text: 3 } } }, 'values.summary'],
  ])('exits 1 for %s with the reason on stderr', async (_label, content, reason) => {
    const result = await cli(['validate', await draftFile('bad.json', content)]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(reason);
  });

  it('exits 2 on wrong usage', async () => {
    expect((await cli(['validate'])).code).toBe(2);
  });
});
