import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { prng } from '../../../scripts/hostile-corpus';
import type { Draft } from '../../../shared/draft';
import { unzip } from './docx';
import { SEED } from './scale';
import { startServices, type Services } from './services';
import { formOf, partsOf } from '../../../shared/forms';

/** A JPEG of seeded noise: it does not compress, so its size (and the time to copy it) is real. */
export async function noiseJpeg(file: string, width: number, height: number, seed: number): Promise<string> {
  const random = prng(seed);
  const pixels = Buffer.alloc(width * height * 3);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.floor(random() * 256);
  await sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .toFile(file);
  return file;
}

/** A temp folder for one suite, removed afterwards. */
export async function scratch(label: string) {
  const dir = await mkdtemp(join(tmpdir(), `desk-faults-${label}-`));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A filled-in case with one photo, made through the app's own channels. */
export async function filledCase(services: Services, photo: string): Promise<Draft> {
  const created = await services.value('drafts:create', { kind: 'case' });
  const fields = Object.fromEntries(
    partsOf(formOf(created.form))
      .map((part) => part.id)
      .map((part) => [part, `${part}：计量创新，践行改革。`]),
  );
  await services.value('drafts:save', {
    draft: {
      ...created,
      values: {
        title: '计量创新案例',
        unit: '上海市计量测试技术研究院',
        contact: '张三',
        phone: '021-64220000',
        email: 'a@b.cn',
        address: '上海市',
        ...fields,
      },
      declaration: { ...created.declaration, confirmed: true, signer: '张三' },
    },
  });
  services.dialogs.opened.push([photo]);
  await services.value('attachments:add', { id: created.id, role: 'image' });
  return services.value('drafts:load', { id: created.id });
}

export async function servicesIn(label: string) {
  const { dir, cleanup } = await scratch(label);
  const dataDir = join(dir, 'data');
  return { dir, dataDir, services: startServices(dataDir), cleanup };
}

/**
 * A suite's services with a filled-in case whose photo is `width` × `height`, and the entries of
 * the draft package the app wrote of it (`good.sdpkg.zip`), for suites that take packages apart.
 * `beforePackaging` runs in between, for what the package should carry (exports, edits).
 */
export async function packagedCase(
  label: string,
  photo: { width: number; height: number },
  beforePackaging?: (services: Services, draft: Draft, at: (name: string) => string) => Promise<void>,
) {
  const env = await servicesIn(label);
  const at = (name: string) => join(env.dir, name);
  const draft = await filledCase(
    env.services,
    await noiseJpeg(at('photo.jpg'), photo.width, photo.height, SEED),
  );
  await beforePackaging?.(env.services, draft, at);
  env.services.dialogs.saved.push(at('good.sdpkg.zip'));
  await env.services.value('drafts:exportPackage', { id: draft.id });
  const good = [...(await unzip(await readFile(at('good.sdpkg.zip'))))].map(([name, data]) => ({
    name,
    data,
  }));
  return { ...env, at, draft, good };
}

/** Hex SHA-256, as package manifests and attachment records carry it. */
export const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');
