import { XMLValidator } from 'fast-xml-parser';
import { fromBuffer, type Entry, type ZipFile } from 'yauzl';

/** Characters XML 1.0 cannot hold; one of them in a part makes Word refuse the whole file. */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function open(bytes: Buffer): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: true }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    ),
  );
}

function readEntry(zip: ZipFile, entry: Entry): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => {
      if (error) return reject(error);
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('error', reject);
      stream.on('end', () => resolve(Buffer.concat(chunks)));
    }),
  );
}

/** Every entry of a zip, decompressed (yauzl checks each CRC and size as it reads). */
export async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const zip = await open(bytes);
  const parts = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      readEntry(zip, entry).then((data) => {
        parts.set(entry.fileName, data);
        zip.readEntry();
      }, reject);
    });
    zip.on('end', () => resolve());
    zip.on('error', reject);
    zip.readEntry();
  });
  return parts;
}

/**
 * Unzips a .docx and parses every XML part; throws naming the part that is not well-formed or
 * holds a character XML forbids. Returns the text of `word/document.xml`.
 */
export async function checkDocx(bytes: Buffer): Promise<string> {
  const parts = await unzip(bytes);
  if (!parts.has('word/document.xml') || !parts.has('[Content_Types].xml'))
    throw new Error(`not a Word document: ${[...parts.keys()].join(', ')}`);
  for (const [name, data] of parts) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = data.toString('utf8');
    const verdict = XMLValidator.validate(text);
    if (verdict !== true)
      throw new Error(`${name}: ${verdict.err.code} ${verdict.err.msg} at line ${verdict.err.line}`);
    const bad = XML_INVALID.exec(text);
    if (bad) throw new Error(`${name}: U+${bad[0].charCodeAt(0).toString(16)} at ${bad.index}`);
  }
  return parts.get('word/document.xml')!.toString('utf8');
}
