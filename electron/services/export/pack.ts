import type { Document } from 'docx';
import { Packer } from 'docx';
import { ZipFile } from 'yazl';

/** What the `docx` library's compiler gives: the package's files by their paths, in package order. */
interface DocxCompiler {
  compile(document: Document): Map<string, string | Uint8Array>;
}

/**
 * The `docx` library compiles a document into its package's files and zips them with its own
 * JavaScript DEFLATE, on the main thread, media included. The photos are JPEGs that DEFLATE
 * cannot shrink (1 % on the full case's print copies), and deflating their ~1 MB took half of an
 * export (docs/PERFORMANCE.md, export). So the files are taken from the library's compiler (the
 * step `Packer` runs before zipping; `docx` is pinned to an exact version) and zipped with yazl:
 * the XML deflated by zlib off the main thread, the media stored as they are. OPC (ECMA-376
 * part 2) allows stored entries beside deflated ones; the LibreOffice tests convert these files.
 */
const compiler = (Reflect.get(Packer, 'compiler') ?? null) as DocxCompiler | null;

/** Media that is compressed already; everything else (the XML, any embedded font) is deflated. */
const stored = (path: string) => /^word\/media\/.*\.(jpe?g|png|gif)$/i.test(path);

export async function packDocx(document: Document): Promise<Buffer> {
  if (typeof compiler?.compile !== 'function')
    throw new Error('docx: Packer has no compiler; check packDocx against this version of docx');
  const files = compiler.compile(document);
  const zip = new ZipFile();
  const mtime = new Date();
  for (const [path, data] of files) {
    const bytes =
      typeof data === 'string'
        ? Buffer.from(data, 'utf8')
        : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    zip.addBuffer(bytes, path, { compress: !stored(path), mtime });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
