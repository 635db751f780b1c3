import { crc32 } from 'node:zlib';
import { open, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';

/** Test media made on the spot, so each test shows what it feeds in. */
export async function jpeg(dir: string, name: string, width: number, height: number, orientation?: number) {
  const file = join(dir, name);
  let image = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } }).jpeg();
  if (orientation) image = image.withMetadata({ orientation });
  await image.toFile(file);
  return file;
}

export async function png(dir: string, name: string, width: number, height: number) {
  const file = join(dir, name);
  await sharp({ create: { width, height, channels: 4, background: { r: 0, g: 90, b: 200, alpha: 0.5 } } })
    .png()
    .toFile(file);
  return file;
}

/** A small PNG whose header claims 30000 × 30000 pixels (a decompression bomb's shape). */
export async function hugeHeaderPng(dir: string, name: string) {
  const bytes = await readFile(await png(dir, name, 4, 4));
  bytes.writeUInt32BE(30000, 16);
  bytes.writeUInt32BE(30000, 20);
  bytes.writeUInt32BE(crc32(bytes.subarray(12, 29)), 29);
  await writeFile(join(dir, name), bytes);
  return join(dir, name);
}

export async function bytesFile(dir: string, name: string, bytes: Buffer | string) {
  await writeFile(join(dir, name), bytes);
  return join(dir, name);
}

export const pdfBytes = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';
/** An ISO-BMFF header with the HEIC brand, as an iPhone photo starts. */
export const heicBytes = Buffer.concat([
  Buffer.from('0000001866747970', 'hex'),
  Buffer.from('heic\0\0\0\0mif1heic'),
]);

/** A sparse file of `size` bytes: as big as a long video to `stat`, nothing on disk. */
export async function sparse(dir: string, name: string, size: number, head: Buffer) {
  const file = join(dir, name);
  const handle = await open(file, 'w');
  await handle.write(head, 0, head.length, 0);
  await handle.truncate(size);
  await handle.close();
  return file;
}

export const TINY_MP4 = 'tests/fixtures/media/tiny.mp4';
