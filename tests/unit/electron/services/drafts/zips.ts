import { writeFile } from 'node:fs/promises';
import { ZipFile } from 'yazl';

export interface RawEntry {
  name: string;
  data: Buffer | string;
  /** Unix mode bits, e.g. 0o120777 for a symlink. */
  mode?: number;
  compress?: boolean;
}

/**
 * Builds a zip with any entry names, including ones yazl refuses (`../x`, `/etc/x`, duplicates):
 * entries are written under same-length placeholder names that are then patched in place.
 */
export async function writeRawZip(file: string, entries: RawEntry[]): Promise<void> {
  const zip = new ZipFile();
  const placeholders = entries.map((entry, i) =>
    String.fromCharCode(65 + i).repeat(Buffer.byteLength(entry.name)),
  );
  entries.forEach((entry, i) =>
    zip.addBuffer(Buffer.from(entry.data), placeholders[i]!, {
      compress: entry.compress ?? false,
      ...(entry.mode ? { mode: entry.mode } : {}),
    }),
  );
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  let bytes: Buffer = Buffer.concat(chunks);
  entries.forEach((entry, i) => {
    bytes = replaceAll(bytes, Buffer.from(placeholders[i]!), Buffer.from(entry.name));
  });
  await writeFile(file, bytes);
}

function replaceAll(bytes: Buffer, from: Buffer, to: Buffer): Buffer {
  let at = bytes.indexOf(from);
  while (at !== -1) {
    to.copy(bytes, at);
    at = bytes.indexOf(from, at + to.length);
  }
  return bytes;
}

/** Sets the uncompressed size the central directory declares for `name` (a zip bomb's lie). */
export function declareSize(bytes: Buffer, name: string, size: number): Buffer {
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  for (let at = bytes.indexOf(signature); at !== -1; at = bytes.indexOf(signature, at + 4)) {
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.subarray(at + 46, at + 46 + nameLength).toString() === name) bytes.writeUInt32LE(size, at + 24);
  }
  return bytes;
}
