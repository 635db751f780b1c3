import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileExclusive } from '../../../../../electron/services/files/atomic';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-exclusive-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('writeFileExclusive', () => {
  it('writes a new file, and refuses a name already taken without touching it or leaving a temp file', async () => {
    const target = join(dir, 'draft.json');
    await writeFileExclusive(target, 'first');
    expect(await readFile(target, 'utf8')).toBe('first');
    await expect(writeFileExclusive(target, 'second')).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(target, 'utf8')).toBe('first');
    expect(await readdir(dir)).toEqual(['draft.json']);
  });
});
