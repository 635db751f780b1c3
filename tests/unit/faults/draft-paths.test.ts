import { cp, lstat, mkdir, readFile, realpath, stat, symlink, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prng } from '../../../scripts/hostile-corpus';
import { run as exportCommand } from '../../../electron/cli/commands/export';
import { run as validateCommand } from '../../../electron/cli/commands/validate';
import { CliError } from '../../../electron/cli/io';
import { removeDraftFile, resolveDraftFile } from '../../../electron/services/drafts/draft-files';
import { SOFFICE_ENV } from '../../../electron/services/delivery/tools';
import { RelativePathSchema, type Attachment, type Draft } from '../../../shared/draft';
import { unzip } from '../../faults/lib/docx';
import { filledCase, noiseJpeg, servicesIn, sha256 } from '../../faults/lib/fixtures';
import { figure, scaled, SEED } from '../../faults/lib/scale';

/**
 * Issue 16, item 1: every file a draft names is resolved by one resolver, inside the draft's own
 * folder and never one of the draft's own files, at the moment it is read, removed, embedded or
 * zipped. A page (through `drafts:save`), a hand-made draft.json (through the CLI) and a symlink
 * planted in the folder all try to reach outside.
 */
let env: Awaited<ReturnType<typeof servicesIn>>;
let draft: Draft;
let victim: string;
let outsidePng: string;
let outsidePngSha: string;
const draftDir = (id: string) => join(env.dataDir, 'drafts', id);
const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

function withAttachment(base: Draft, patch: Partial<Attachment>): Draft {
  const attachment: Attachment = {
    id: 'evil',
    role: 'proof',
    file: 'attachments/evil.pdf',
    originalName: '获奖证书.pdf',
    mime: 'application/pdf',
    size: 10,
    sha256: '0'.repeat(64),
    caption: '',
    ...patch,
  };
  return { ...base, attachments: [...base.attachments, attachment] };
}

beforeAll(async () => {
  // LibreOffice is not what this suite is about; a PDF conversion would only slow it down.
  vi.stubEnv(SOFFICE_ENV, join('/nonexistent', 'soffice'));
  env = await servicesIn('draft-paths');
  draft = await filledCase(env.services, await noiseJpeg(join(env.dir, 'photo.jpg'), 320, 240, SEED));
  victim = join(env.dir, 'victim.txt');
  await writeFile(victim, 'a file outside the data folder\n');
  outsidePng = join(env.dir, 'outside.png');
  await sharp({ create: { width: 64, height: 64, channels: 3, background: '#0a5' } })
    .png()
    .toFile(outsidePng);
  outsidePngSha = sha256(await readFile(outsidePng));
}, 60_000);
afterAll(async () => {
  vi.unstubAllEnvs();
  await env.cleanup();
});

describe('a page cannot name a file outside the draft through drafts:save', () => {
  it('the newline bypass of the path pattern is refused, and attachments:remove deletes nothing outside', async () => {
    const escape = `attachments/x\n/../../../../../victim.txt`;
    expect(join(draftDir(draft.id), escape)).toBe(victim);
    const saved = await env.services.call('drafts:save', {
      draft: withAttachment(draft, { file: escape }),
    });
    expect(saved).toMatchObject({ ok: false, code: 'invalid-request' });
    await env.services.call('attachments:remove', { id: draft.id, attachmentId: 'evil' });
    expect(await exists(victim)).toBe(true);
  });

  it("another draft's draft.json cannot be named either", async () => {
    const other = await env.services.value('drafts:create', { kind: 'material' });
    const saved = await env.services.call('drafts:save', {
      draft: withAttachment(draft, { file: `x\n/../../${other.id}/draft.json` }),
    });
    expect(saved).toMatchObject({ ok: false, code: 'invalid-request' });
    await env.services.call('attachments:remove', { id: draft.id, attachmentId: 'evil' });
    expect(await env.services.call('drafts:load', { id: other.id })).toMatchObject({ ok: true });
  });

  it("the draft's own files (draft.json, snapshots, exported copies) are not attachments", async () => {
    for (const file of [
      'draft.json',
      'summary.json',
      'snapshots/a.json',
      'exported/1.json',
      './draft.json',
    ]) {
      const saved = await env.services.call('drafts:save', { draft: withAttachment(draft, { file }) });
      expect(saved, file).toMatchObject({ ok: false, code: 'invalid-request' });
      await env.services.call('attachments:remove', { id: draft.id, attachmentId: 'evil' });
      expect(await exists(join(draftDir(draft.id), 'draft.json')), file).toBe(true);
    }
    expect(await env.services.call('drafts:load', { id: draft.id })).toMatchObject({ ok: true });
  });

  it('a printFile or signatureFile outside is refused, so export:preview cannot embed it', async () => {
    const outside = `attachments/x\n/../../../../../outside.png`;
    const image = draft.attachments.find((a) => a.role === 'image')!;
    const asPrint = {
      ...draft,
      attachments: draft.attachments.map((a) => (a === image ? { ...a, printFile: outside } : a)),
    };
    expect(await env.services.call('drafts:save', { draft: asPrint })).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    const asSignature = { ...draft, declaration: { ...draft.declaration, signatureFile: outside } };
    expect(await env.services.call('drafts:save', { draft: asSignature })).toMatchObject({
      ok: false,
      code: 'invalid-request',
    });
    const preview = await env.services.value('export:preview', { id: draft.id });
    const media = [...(await unzip(Buffer.from(preview.docx, 'base64'))).values()].map(sha256);
    expect(media).not.toContain(outsidePngSha);
  });
});

describe('a symlink planted in the draft folder leads nowhere', () => {
  let planted: Draft;
  beforeAll(async () => {
    planted = await filledCase(
      env.services,
      await noiseJpeg(join(env.dir, 'photo2.jpg'), 320, 240, SEED + 1),
    );
    const dir = draftDir(planted.id);
    await symlink(outsidePng, join(dir, 'attachments', 'outside-print.png'));
    await symlink('/etc/passwd', join(dir, 'attachments', 'passwd.pdf'));
    await symlink(join(env.dir, 'no-such-file.pdf'), join(dir, 'attachments', 'missing.pdf'));
    await symlink('../draft.json', join(dir, 'attachments', 'own.pdf'));
  });

  it('export:preview does not embed an image outside the draft folder, byte for byte or at all', async () => {
    const image = planted.attachments.find((a) => a.role === 'image')!;
    await env.services.value('drafts:save', {
      draft: {
        ...planted,
        attachments: planted.attachments.map((a) =>
          a === image ? { ...a, printFile: 'attachments/outside-print.png' } : a,
        ),
      },
    });
    const preview = await env.services.call('export:preview', { id: planted.id });
    if (preview.ok) {
      const media = [...(await unzip(Buffer.from(preview.value.docx, 'base64'))).values()].map(sha256);
      expect(media).not.toContain(outsidePngSha);
    } else expect(preview.code).toBe('not-found');
    const check = await env.services.value('export:preflight', { id: planted.id });
    expect(check.issues.filter((i) => i.field === image.id).map((i) => i.code)).toEqual([
      'attachment-missing',
    ]);
    await env.services.value('drafts:save', { draft: planted });
  });

  it('export:preflight answers the same for an outside file that exists and one that does not (no oracle)', async () => {
    const hostile = ['passwd.pdf', 'missing.pdf', 'own.pdf'].reduce(
      (d, name, i) => withAttachment(d, { id: `evil-${i}`, file: `attachments/${name}` }),
      planted,
    );
    await env.services.value('drafts:save', { draft: hostile });
    const check = await env.services.value('export:preflight', { id: planted.id });
    const codes = ['evil-0', 'evil-1', 'evil-2'].map((id) =>
      check.issues
        .filter((i) => i.field === id)
        .map((i) => i.code)
        .join(','),
    );
    expect(codes).toEqual(['attachment-missing', 'attachment-missing', 'attachment-missing']);
  });

  it('delivery:package puts no outside file into the mailed zip', async () => {
    // Only the link to a file that exists: nothing else is missing that could stop the zip first.
    await env.services.value('drafts:save', {
      draft: withAttachment(planted, { id: 'evil-0', file: 'attachments/passwd.pdf' }),
    });
    const target = join(env.dir, 'mailed.zip');
    env.services.dialogs.saved.push(target);
    const result = await env.services.call('delivery:package', { id: planted.id });
    expect(result).toMatchObject({ ok: false, code: 'not-found' });
    expect(await exists(target)).toBe(false);
  });

  it('attachments:remove of a record that is a symlink removes the link, never what it points at', async () => {
    await env.services.value('drafts:save', {
      draft: withAttachment(withAttachment(planted, { id: 'evil-0', file: 'attachments/passwd.pdf' }), {
        id: 'evil-2',
        file: 'attachments/own.pdf',
      }),
    });
    await env.services.value('attachments:remove', { id: planted.id, attachmentId: 'evil-2' });
    await env.services.value('attachments:remove', { id: planted.id, attachmentId: 'evil-0' });
    expect(await exists(join(draftDir(planted.id), 'draft.json'))).toBe(true);
    expect(await exists('/etc/passwd')).toBe(true);
    expect(await env.services.call('drafts:load', { id: planted.id })).toMatchObject({ ok: true });
  });
});

describe('a hand-made draft.json given to the command line', () => {
  let folder: string;
  const io = { out: () => undefined, err: () => undefined };
  beforeAll(async () => {
    folder = join(env.dir, 'cli-draft');
    await cp('tests/fixtures/drafts/case-full', folder, { recursive: true });
    const fixture = JSON.parse(await readFile(join(folder, 'draft.json'), 'utf8')) as Draft;
    const secret = join(env.dir, 'secret.pdf');
    await writeFile(secret, '%PDF-1.4 the unit’s private file\n');
    const hostile = withAttachment(fixture, { file: 'attachments/x\n/../../../secret.pdf' });
    expect(join(folder, hostile.attachments.at(-1)!.file)).toBe(secret);
    await writeFile(join(folder, 'hostile.json'), JSON.stringify(hostile));
    // The same through a symlink, which no pattern on the name can see.
    await symlink(secret, join(folder, 'attachments', 'linked.pdf'));
    await writeFile(
      join(folder, 'linked.json'),
      JSON.stringify(withAttachment(fixture, { file: 'attachments/linked.pdf' })),
    );
  });

  const exitOf = async (promise: Promise<number>) =>
    promise.then(
      (code) => code,
      (error: unknown) => {
        if (error instanceof CliError) return error.exitCode;
        throw error;
      },
    );

  it('validate does not call a draft that names an outside file valid', async () => {
    expect(await exitOf(validateCommand([join(folder, 'hostile.json')], io))).toBe(1);
    expect(await exitOf(validateCommand(['--strict', join(folder, 'linked.json')], io))).toBe(1);
  });

  it('export --package does not mail a local file as 证明材料', { timeout: 60_000 }, async () => {
    for (const name of ['hostile', 'linked']) {
      const zip = join(env.dir, `${name}.zip`);
      const code = await exitOf(
        exportCommand(
          [join(folder, `${name}.json`), '--out', join(env.dir, `${name}.docx`), '--package', zip],
          io,
        ),
      );
      expect(code, name).toBe(1);
      expect(await exists(zip), name).toBe(false);
    }
  });
});

/**
 * Names made of the pieces that have escaped folders before: separators of every kind, `.` and `..`,
 * newlines, NUL, look-alikes of `/`, `\` and `.`, absolute, drive and UNC paths, the draft's own
 * files, and symlinks inside the folder that point outside it, at its own files, or nowhere.
 */
function hostileNames(count: number, seed: number, outside: string): string[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const pieces = [
    '..',
    '.',
    '',
    '...',
    '.. ',
    '..\u200b',
    '\u2025',
    '\uff0e\uff0e',
    '\u2024\u2024',
    '%2e%2e',
    '~',
    'attachments',
    'ATTACHMENTS',
    'draft.json',
    'DRAFT.JSON',
    'summary.json',
    'snapshots',
    'exported',
    'ok.jpg',
    'link-out',
    'link-file',
    'link-own',
    'link-up',
    'link-snapshots',
    'dangling',
    'x',
    '照片.jpg',
    '\n',
    '\r',
    '\0',
    '\u2028',
    'x\n',
    'CON',
    'nul.txt',
    'x.jpg.',
    'x.jpg ',
    'e\u0301',
    '\u202e',
    'C:',
    'c:\\',
    'victim.txt',
    '.desk-tmp-1',
    '.staging-1',
    outside.slice(1),
  ] as const;
  const separators = ['/', '/', '/', '\\', '//', '/./', '\n/', '\u2215', '\u2044', '\uff0f', '\uff3c', '\0/'];
  const prefixes = [
    '',
    '',
    '',
    '',
    'attachments/',
    'attachments/',
    '/',
    'C:\\',
    'c:/',
    '\\\\server\\share\\',
    '//?/',
    'file:///',
    `${outside}/`,
  ];
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    const parts = Array.from({ length: 1 + Math.floor(random() * 5) }, () => pick(pieces));
    let name = pick(prefixes);
    parts.forEach((part, j) => {
      name += (j ? pick(separators) : '') + part;
    });
    names.push(name);
  }
  // Plain names that must resolve, so the resolver cannot pass by refusing everything.
  for (let i = 0; i < count / 20; i++) names[Math.floor(random() * count)] = 'attachments/ok.jpg';
  return names;
}

describe('fuzz: generated names (10,000 in the full run), none reaches outside the draft folder', () => {
  it(
    'schema and resolver agree, and neither read nor remove leaves the folder',
    { timeout: 600_000 },
    async () => {
      const root = join(env.dir, 'fuzz');
      const outside = join(root, 'outside');
      const dir = join(root, 'drafts', 'fuzzdraft01');
      const other = join(root, 'drafts', 'otherdraft01');
      await mkdir(join(outside, 'sub'), { recursive: true });
      await mkdir(join(dir, 'attachments'), { recursive: true });
      await mkdir(join(dir, 'snapshots'), { recursive: true });
      await mkdir(join(dir, 'exported'), { recursive: true });
      await mkdir(other, { recursive: true });
      const sentinels = [
        join(outside, 'victim.txt'),
        join(outside, 'sub', 'x'),
        join(dir, 'draft.json'),
        join(dir, 'summary.json'),
        join(dir, 'snapshots', 'a.json'),
        join(dir, 'exported', '1.json'),
        join(other, 'draft.json'),
        join(root, 'victim.txt'),
      ];
      for (const file of sentinels) await writeFile(file, 'keep');
      const links: [string, string][] = [
        ['link-out', outside],
        ['link-file', join(outside, 'victim.txt')],
        ['link-own', '../draft.json'],
        ['link-up', '..'],
        ['link-snapshots', '../snapshots'],
        ['dangling', join(outside, 'nothing')],
      ];
      const plant = async () => {
        for (const [name, to] of links)
          if (!(await exists(join(dir, 'attachments', name))))
            await symlink(to, join(dir, 'attachments', name));
        if (!(await exists(join(dir, 'attachments', 'ok.jpg'))))
          await writeFile(join(dir, 'attachments', 'ok.jpg'), 'ok');
      };
      const realRoot = await realpath(dir);
      const insideAttachments = (path: string) => {
        const inside = relative(realRoot, path);
        return (
          !inside.startsWith(`..${sep}`) && inside.split(sep)[0] === 'attachments' && inside !== 'attachments'
        );
      };

      const names = hostileNames(scaled(2_000, 10_000), SEED, outside);
      let accepted = 0;
      let resolved = 0;
      const escapes: string[] = [];
      for (const name of names) {
        await plant();
        if (RelativePathSchema.safeParse(name).success) {
          accepted++;
          if (!insideAttachments(join(realRoot, name))) escapes.push(`schema: ${JSON.stringify(name)}`);
        }
        const target = await resolveDraftFile(dir, name).catch(() => null);
        if (target !== null) {
          resolved++;
          if (!insideAttachments(target) || !(await stat(target)).isFile())
            escapes.push(`read: ${JSON.stringify(name)} -> ${target}`);
        }
        await removeDraftFile(dir, name).catch(() => undefined);
        for (const file of sentinels)
          if (!(await exists(file))) {
            escapes.push(`remove: ${JSON.stringify(name)} removed ${file}`);
            await writeFile(file, 'keep');
          }
      }
      figure('paths/fuzz', {
        names: names.length,
        acceptedBySchema: accepted,
        resolved,
        escapes: escapes.length,
      });
      expect(escapes.slice(0, 20)).toEqual([]);
      expect(resolved).toBeGreaterThan(names.length / 40);
    },
  );
});
