import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { preflight } from '../../../../../electron/services/export/preflight';
import { shippedCampaign } from '../../../../../shared/campaign';
import type { Draft } from '../../../../../shared/draft';
import { PreflightSchema } from '../../../../../shared/ipc';
import { PreflightIssueSchema } from '../../../../../shared/issues';
import { FIXTURES, loadFixture } from './docx-files';

const BEFORE_DEADLINE = new Date('2022-01-15T10:00:00+08:00');
const AFTER_DEADLINE = new Date('2022-01-21T10:00:00+08:00');
const codes = (issues: { code: string; severity: string }[], severity: string) =>
  issues.filter((i) => i.severity === severity).map((i) => i.code);

let scratch: string | undefined;
afterEach(() => (scratch ? rm(scratch, { recursive: true, force: true }) : undefined));

/** A copy of a fixture folder to break things in. */
async function copyOf(name: string): Promise<{ draft: Draft; dir: string }> {
  scratch = await mkdtemp(path.join(tmpdir(), 'preflight-'));
  await cp(path.join(FIXTURES, name), scratch, { recursive: true });
  return { draft: (await loadFixture(name)).draft, dir: scratch };
}

describe('preflight', () => {
  it('finds nothing to fix in the full case before the deadline, so the export is final', async () => {
    const { draft, dir } = await loadFixture('case-full');
    expect(await preflight(draft, dir, shippedCampaign, BEFORE_DEADLINE)).toEqual({
      issues: [],
      provisional: false,
    });
  });

  it('warns after the deadline and without a signing date, without making the export provisional', async () => {
    const { draft, dir } = await loadFixture('material-full');
    const result = await preflight(draft, dir, shippedCampaign, AFTER_DEADLINE);
    expect(codes(result.issues, 'warning').sort()).toEqual(['deadline-passed', 'sign-date-missing']);
    expect(result.provisional).toBe(false);
  });

  it('lists the unfinished case’s errors with where to fix them, and marks it provisional', async () => {
    const { draft, dir } = await loadFixture('case-unfinished');
    const result = await preflight(draft, dir, shippedCampaign, BEFORE_DEADLINE);
    expect(result.provisional).toBe(true);
    expect(result.issues).toContainEqual({
      severity: 'error',
      code: 'required',
      step: 'cover',
      field: 'contact',
    });
    expect(result.issues).toContainEqual({
      severity: 'error',
      code: 'required',
      step: 'body',
      field: 'results',
    });
    expect(result.issues).toContainEqual({
      severity: 'error',
      code: 'over-limit',
      step: 'summary',
      field: 'summary',
      words: 339,
      limit: 300,
    });
    expect(codes(result.issues, 'warning')).toContain('not-final');
  });

  it('sends only codes and steps the contract names, and the contract refuses any other', async () => {
    const { draft, dir } = await loadFixture('case-unfinished');
    const result = await preflight(draft, dir, shippedCampaign, AFTER_DEADLINE);
    expect(PreflightSchema.parse(result)).toEqual(result);
    const issue = { severity: 'error', code: 'required', step: 'cover', field: 'contact' };
    expect(PreflightIssueSchema.safeParse(issue).success).toBe(true);
    expect(PreflightIssueSchema.safeParse({ ...issue, code: 'too-long' }).success).toBe(false);
    expect(PreflightIssueSchema.safeParse({ ...issue, step: 'bdoy' }).success).toBe(false);
  });

  it('sends a short field over its limit with the unit its limit counts', async () => {
    const { draft, dir } = await copyOf('case-full');
    draft.values.email = `${'x'.repeat(54)}@b.cn`;
    draft.declaration.opinion = '同'.repeat(101);
    const result = await preflight(draft, dir, shippedCampaign, BEFORE_DEADLINE);
    expect(result.provisional).toBe(true);
    const over = result.issues.filter((issue) => issue.code === 'over-limit');
    expect(over.map(({ step, field, words, limit, unit }) => [step, field, words, limit, unit])).toEqual([
      ['cover', 'email', 59, 50, 'chars'],
      ['declaration', 'opinion', 101, 100, 'words'],
    ]);
  });

  it('names a missing attachment and a broken image, as errors', async () => {
    const { draft, dir } = await copyOf('case-full');
    await rm(path.join(dir, 'attachments/service-station.jpg'));
    await rm(path.join(dir, 'attachments/print/service-station.jpg'));
    await writeFile(path.join(dir, 'attachments/print/monitor-screen.jpg'), 'not a jpeg at all');
    const result = await preflight(draft, dir, shippedCampaign, BEFORE_DEADLINE);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'attachment-missing',
        detail: '社区计量服务站.jpg',
      }),
    );
    expect(result.issues).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'image-broken', detail: '“云秤”平台监控大屏.jpg' }),
    );
    expect(result.provisional).toBe(true);
  });

  it('warns when a photo prints below 150 dpi at its placed width', async () => {
    const { draft, dir } = await copyOf('case-full');
    const small = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#369' } })
      .jpeg()
      .toBuffer();
    await writeFile(path.join(dir, 'attachments/print/monitor-screen.jpg'), small);
    const result = await preflight(draft, dir, shippedCampaign, BEFORE_DEADLINE);
    expect(result.issues).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'image-low-resolution', field: 'img-platform' }),
    ]);
  });

  it('counts more than two printed images as an error', async () => {
    const { draft, dir } = await loadFixture('case-full');
    const three = {
      ...draft,
      attachments: [...draft.attachments, { ...draft.attachments[0]!, id: 'img-3' }],
    };
    const result = await preflight(three, dir, shippedCampaign, BEFORE_DEADLINE);
    expect(codes(result.issues, 'error')).toContain('too-many-images');
  });
});
