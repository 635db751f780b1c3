import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { z } from 'zod';
import { DRAFT_FORMAT_VERSION, type Draft } from '../../../shared/draft';
import { tempPathFor } from '../files/atomic';
import { openDraftFile } from './draft-files';
import { DRAFT_FILE } from './layout';

/**
 * The portable draft package (docs/DRAFTS.md): one zip with `draft.json`, the files it refers to, and
 * `manifest.json` listing every other entry with its size and SHA-256, so the receiving machine
 * can prove it got exactly what was sent.
 */
export const PACKAGE_VERSION = 1;
export const MANIFEST_FILE = 'manifest.json';
export const PACKAGE_EXTENSION = 'sdpkg.zip';

export const ManifestSchema = z.object({
  packageVersion: z.literal(PACKAGE_VERSION),
  formatVersion: z.number().int().min(0),
  draftId: z.string(),
  createdAt: z.string(),
  files: z
    .array(
      z.object({
        path: z.string(),
        size: z.number().int().nonnegative(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
      }),
    )
    .max(1000),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/** Every file of the folder that the draft refers to, draft.json first. */
export function filesOf(draft: Draft): string[] {
  const files = [DRAFT_FILE];
  for (const a of draft.attachments) files.push(a.file, ...(a.printFile ? [a.printFile] : []));
  if (draft.declaration.signatureFile) files.push(draft.declaration.signatureFile);
  return [...new Set(files)];
}

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

/** Media is already compressed; deflating it again costs time for nothing. */
const compressible = (path: string) => /\.(json|txt|pdf)$/i.test(path);

/** Writes the package of the draft in `draftDir` to `target`, via a temp file renamed into place. */
export async function writePackage(
  draftDir: string,
  draft: Draft,
  target: string,
  now: Date,
): Promise<Manifest> {
  // draft.json is main's own file; every other one is opened through the resolver, and the
  // bytes hashed and zipped are read from that handle.
  const opened = new Map<string, FileHandle>();
  try {
    const files = [];
    for (const path of filesOf(draft)) {
      if (path === DRAFT_FILE) {
        const full = join(draftDir, path);
        files.push({ path, size: (await stat(full)).size, sha256: await sha256OfFile(full) });
        continue;
      }
      const { handle, size } = await openDraftFile(draftDir, path);
      opened.set(path, handle);
      const hash = createHash('sha256');
      await pipeline(handle.createReadStream({ start: 0, autoClose: false }), hash);
      files.push({ path, size, sha256: hash.digest('hex') });
    }
    return await zipPackage(draftDir, draft, files, opened, target, now);
  } finally {
    for (const handle of opened.values()) await handle.close().catch(() => undefined);
  }
}

async function zipPackage(
  draftDir: string,
  draft: Draft,
  files: Manifest['files'],
  opened: Map<string, FileHandle>,
  target: string,
  now: Date,
): Promise<Manifest> {
  const manifest: Manifest = {
    packageVersion: PACKAGE_VERSION,
    formatVersion: DRAFT_FORMAT_VERSION,
    draftId: draft.id,
    createdAt: now.toISOString(),
    files,
  };
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), MANIFEST_FILE, { mtime: now });
  for (const { path, size } of files) {
    const handle = opened.get(path);
    if (handle)
      zip.addReadStream(handle.createReadStream({ start: 0, autoClose: false }), path, {
        compress: compressible(path),
        mtime: now,
        size,
      });
    else zip.addFile(join(draftDir, path), path, { compress: compressible(path), mtime: now });
  }
  zip.end();
  const temp = tempPathFor(target);
  try {
    await pipeline(zip.outputStream, createWriteStream(temp));
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return manifest;
}
