import { createHash } from 'node:crypto';
import { readFile, symlink, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/draft';
import type { ErrorCode } from '../../../shared/errors';
import { treeOf } from '../../faults/lib/disk';
import { noiseJpeg, packagedCase, sha256 } from '../../faults/lib/fixtures';
import { figure, SEED } from '../../faults/lib/scale';
import { declareSize, writeRawZip, type RawEntry } from '../electron/services/drafts/zips';

/**
 * Hostile files chosen in the app's own dialogs: attachments that lie about what they are, and
 * draft packages built to escape the data folder or to exhaust it. Each is refused with the code
 * the user sees, and the data folder is left exactly as it was, byte for byte.
 */
let env: Awaited<ReturnType<typeof packagedCase>>;
let draft: Draft;
let good: RawEntry[];
const at = (name: string) => env.at(name);

beforeAll(async () => {
  env = await packagedCase('hostile-files', { width: 400, height: 300 });
  ({ draft, good } = env);
}, 60_000);
afterAll(() => env.cleanup());

let refused = 0;
/** Runs `call`, expects `code`, and that not one file of the data folder changed. */
async function expectRefused(
  code: ErrorCode,
  call: () => Promise<{ ok: boolean; code?: string }>,
  what = '',
) {
  const before = await treeOf(env.dataDir);
  const result = await call();
  expect(result, `${what} ${JSON.stringify(result)}`).toMatchObject({ ok: false, code });
  expect(await treeOf(env.dataDir), what).toEqual(before);
  refused++;
}

async function pngWithSize(name: string, width: number, height: number): Promise<string> {
  const bytes = await sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } })
    .png()
    .toBuffer();
  bytes.writeUInt32BE(width, 16);
  bytes.writeUInt32BE(height, 20);
  bytes.writeUInt32BE(crc32(bytes.subarray(12, 29)), 29);
  await writeFile(at(name), bytes);
  return at(name);
}

async function truncatedCopy(source: string, name: string): Promise<string> {
  const bytes = await readFile(source);
  await writeFile(at(name), bytes.subarray(0, Math.floor(bytes.length / 2)));
  return at(name);
}

describe('hostile attachments', () => {
  const add = (file: string) => () => {
    env.services.dialogs.opened.push([file]);
    return env.services.call('attachments:add', { id: draft.id, role: 'image' });
  };

  it('refuses what is not what it claims, broken images and pixel bombs, leaving the draft untouched', async () => {
    const jpeg = await noiseJpeg(at('real.jpg'), 300, 200, SEED + 1);
    const png = at('real.png');
    await sharp({ create: { width: 300, height: 200, channels: 3, background: '#06c' } })
      .png()
      .toFile(png);
    await writeFile(at('text.jpg'), 'this is not a photo\n');
    await writeFile(at('empty.jpg'), '');
    await writeFile(
      at('script.svg'),
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    await writeFile(at('script-svg.png'), '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    await writeFile(at('exe.jpg'), Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]));
    await symlink('/etc/passwd', at('passwd.jpg'));
    await writeFile(at('huge.mp4'), Buffer.from('0000001866747970', 'hex'));
    await truncate(at('huge.mp4'), 3 * 1024 ** 3);

    await expectRefused('unsupported-file', add(at('text.jpg')));
    await expectRefused('unsupported-file', add(at('empty.jpg')));
    await expectRefused('unsupported-file', add(at('script.svg')));
    await expectRefused('unsupported-file', add(at('script-svg.png')));
    await expectRefused('unsupported-file', add(at('exe.jpg')));
    await expectRefused('unsupported-file', add(at('passwd.jpg')));
    await expectRefused('image-broken', add(await truncatedCopy(jpeg, 'half.jpg')));
    await expectRefused('image-broken', add(await truncatedCopy(png, 'half.png')));
    await expectRefused('file-too-large', add(await pngWithSize('bomb.png', 30000, 30000)));
    await expectRefused('file-too-large', add(at('huge.mp4')));
    await expectRefused('not-found', add(at('missing.jpg')));
  }, 60_000);
});

describe('hostile draft packages', () => {
  const importing = (file: string) => () => {
    env.services.dialogs.opened.push([file]);
    return env.services.call('drafts:importPackage', {});
  };
  const zipOf = async (name: string, entries: RawEntry[]) => {
    await writeRawZip(at(name), entries);
    return at(name);
  };
  const replaced = (name: string, data: Buffer | string) =>
    good.map((entry) => (entry.name === name ? { ...entry, data } : entry));
  const attachment = () => good.find((entry) => entry.name.startsWith('attachments/'))!;

  it('refuses entries that leave the folder, links, duplicates, bad checksums and size bombs', async () => {
    const cases: [ErrorCode, string, RawEntry[]][] = [
      ['package-unsafe-entry', 'dotdot', [...good, { name: '../../evil.txt', data: 'x' }]],
      [
        'package-unsafe-entry',
        'dotdot-inside',
        [...good, { name: 'attachments/../../../evil.txt', data: 'x' }],
      ],
      ['package-unsafe-entry', 'absolute', [...good, { name: '/tmp/evil.txt', data: 'x' }]],
      ['package-unsafe-entry', 'drive', [...good, { name: 'C:/evil.txt', data: 'x' }]],
      ['package-unsafe-entry', 'backslash', [...good, { name: 'attachments\\..\\..\\evil.txt', data: 'x' }]],
      [
        'package-unsafe-entry',
        'symlink',
        [...good, { name: 'attachments/link', data: '/etc/passwd', mode: 0o120777 }],
      ],
      ['package-unsafe-entry', 'duplicate', [...good, { ...attachment(), data: 'another' }]],
      ['package-checksum', 'attachment-checksum', replaced(attachment().name, Buffer.from('tampered'))],
      [
        'package-checksum',
        'draft-checksum',
        replaced(
          'draft.json',
          good
            .find((e) => e.name === 'draft.json')!
            .data.toString()
            .replace('计量', '记量'),
        ),
      ],
      ['package-invalid', 'no-manifest', good.filter((entry) => entry.name !== 'manifest.json')],
      ['package-invalid', 'unlisted', [...good, { name: 'attachments/extra.jpg', data: 'x' }]],
      ['package-invalid', 'manifest-not-json', replaced('manifest.json', '{')],
    ];
    for (const [code, name, entries] of cases)
      await expectRefused(code, importing(await zipOf(`${name}.zip`, entries)), name);

    // Stored entries must declare their real size (yauzl checks at once); deflated ones are caught
    // when inflating stops short of the lie, and draft.json past its limit before it is read.
    const deflated = (name: string) => good.map((e) => (e.name === name ? { ...e, compress: true } : e));
    const bombs: [ErrorCode, string, RawEntry[], string][] = [
      ['package-invalid', 'stored-gigabyte', good, attachment().name],
      ['package-invalid', 'deflated-gigabyte', deflated(attachment().name), attachment().name],
      ['package-unsafe-entry', 'deflated-gigabyte-draft', deflated('draft.json'), 'draft.json'],
      ['package-unsafe-entry', 'three-gigabytes', deflated(attachment().name), attachment().name],
    ];
    for (const [code, name, entries, liar] of bombs) {
      const bytes = await readFile(await zipOf(`${name}.zip`, entries));
      await writeFile(
        at(`${name}.zip`),
        declareSize(bytes, liar, name === 'three-gigabytes' ? 3 * 1024 ** 3 : 1024 ** 3),
      );
      await expectRefused(code, importing(at(`${name}.zip`)), name);
    }

    await writeFile(at('noise.zip'), createHash('sha512').update(String(SEED)).digest());
    await expectRefused('package-invalid', importing(at('noise.zip')));
    const whole = await readFile(at('good.sdpkg.zip'));
    await writeFile(at('truncated.zip'), whole.subarray(0, whole.length - 100));
    await expectRefused('package-invalid', importing(at('truncated.zip')));

    // The dispatcher and the repository keep serving: the good package still imports, intact.
    env.services.dialogs.opened.push([at('good.sdpkg.zip')]);
    const { id } = await env.services.value('drafts:importPackage', {});
    const copy = await env.services.value('drafts:load', { id });
    expect(sha256(await readFile(join(env.dataDir, 'drafts', id, copy.attachments[0]!.file)))).toBe(
      copy.attachments[0]!.sha256,
    );
    figure('hostile/files', { refused });
  }, 120_000);
});
