import { open } from 'node:fs/promises';
import { posix } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Entry, ZipFile } from 'yauzl';
import { DeskError } from '../../../shared/errors';
import { entriesOf, openZip, readEntry, type ZipCodes, type ZipLimits } from '../files/zip-read';
import { MAX_FILE_BYTES } from '../drafts/ingest';

/**
 * A .docx read down to what an import needs: its body as paragraphs and tables in document order,
 * with the text as it prints (hidden text and deleted revisions left out, accepted insertions
 * kept) and the embedded images each paragraph holds. Direct OOXML reading with the zip and XML
 * libraries the project already has; Word, WPS and our own exporter all write this part the same way.
 */
export interface DocxParagraph {
  kind: 'p';
  /** Tabs as `\t`, line breaks as `\n`. */
  text: string;
  /** The zip entries of the images anchored in this paragraph, in order. */
  images: string[];
  centered: boolean;
}

export interface DocxTable {
  kind: 'table';
  rows: DocxBlock[][][];
  /** By row and cell: the cell continues a vertical merge from the row above (`w:vMerge` without `restart`). */
  continued: boolean[][];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface DocxContent {
  body: DocxBlock[];
  /** The file holds a VBA project (.docm): it is never run, only named in the report. */
  macros: boolean;
  /** Image references the file links to outside itself or does not hold: named in the report. */
  missingImages: string[];
  /** Reads an embedded image's bytes (checked against the same limits as every entry). */
  image(entry: string): Promise<Buffer>;
  close(): void;
}

const CODES: ZipCodes = { invalid: 'import-damaged', unsafe: 'import-unsafe' };
/**
 * A filled form is a few hundred KB of XML and a handful of photos: these bound a file far above
 * that and far below what would exhaust memory, so a 1 KB zip claiming gigabytes is refused from
 * its central directory.
 */
const LIMITS: ZipLimits = {
  maxEntries: 2000,
  maxEntryBytes: 200 * 1024 ** 2,
  maxTotalBytes: 600 * 1024 ** 2,
};
const MAX_XML_BYTES = 40 * 1024 ** 2;

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from('PK');
/** The stream a password-protected .docx keeps in its OLE container (MS-OFFCRYPTO). */
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');
const MAX_OLE_SEARCH = 16 * 1024 ** 2;
const MAIN_TYPES = [
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  'application/vnd.ms-word.document.macroEnabled.main+xml',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml',
  'application/vnd.ms-word.template.macroEnabledTemplate.main+xml',
];

/** What the file is by its first bytes: a .doc or an encrypted .docx are OLE containers, a .docx a zip. */
async function sniff(path: string): Promise<void> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw new DeskError('not-found', (error as Error).message);
  });
  try {
    const { size } = await handle.stat();
    if (size > MAX_FILE_BYTES) throw new DeskError('file-too-large', posix.basename(path));
    const head = Buffer.alloc(8);
    await handle.read(head, 0, 8, 0);
    if (head.equals(OLE_MAGIC)) {
      // The stream names sit in the container's directory, which Word writes near the start; a
      // large .doc is not read whole only to say it is a .doc.
      const start = Buffer.alloc(Math.min(size, MAX_OLE_SEARCH));
      await handle.read(start, 0, start.length, 0);
      throw new DeskError(start.includes(ENCRYPTION_INFO) ? 'import-encrypted' : 'import-doc');
    }
    if (!head.subarray(0, 2).equals(ZIP_MAGIC)) throw new DeskError('import-not-docx');
  } finally {
    await handle.close();
  }
}

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
});

/**
 * Parses a part; a DOCTYPE is refused outright: Word never writes one, and it is how an XML file
 * expands a few bytes of entities into gigabytes.
 */
function parseXml(bytes: Buffer, name: string): XmlNode[] {
  const text = bytes.toString('utf8');
  if (/<!DOCTYPE/i.test(text)) throw new DeskError('import-unsafe', `${name} (DOCTYPE)`);
  try {
    return parser.parse(text) as XmlNode[];
  } catch (error) {
    throw new DeskError('import-damaged', `${name}: ${(error as Error).message}`);
  }
}

const ATTRS = ':@';
const tagOf = (node: XmlNode): string | undefined => Object.keys(node).find((key) => key !== ATTRS);
const childrenOf = (node: XmlNode): XmlNode[] => {
  const tag = tagOf(node);
  const value = tag ? node[tag] : undefined;
  return Array.isArray(value) ? (value as XmlNode[]) : [];
};
const attrOf = (node: XmlNode, name: string): string | undefined =>
  (node[ATTRS] as Record<string, string> | undefined)?.[name];

function find(nodes: XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((node) => tagOf(node) === tag);
}

/** Every descendant with `tag`, depth first. */
function findAll(nodes: XmlNode[], tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    if (tagOf(node) === tag) out.push(node);
    else findAll(childrenOf(node), tag, out);
  }
  return out;
}

/** `w:vanish` and `w:val="0"`-style switches: present and not turned off. */
function isOn(node: XmlNode | undefined): boolean {
  if (!node) return false;
  const value = attrOf(node, 'w:val');
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

interface Collector {
  text: string;
  images: string[];
}

/** The images of a drawing or a VML picture, as relationship ids. */
function imageIds(node: XmlNode): string[] {
  const nodes = [node];
  return [
    ...findAll(nodes, 'a:blip').map((blip) => attrOf(blip, 'r:embed')),
    ...findAll(nodes, 'v:imagedata').map((data) => attrOf(data, 'r:id')),
  ].filter((id): id is string => !!id);
}

function collectRun(run: XmlNode, into: Collector): void {
  const children = childrenOf(run);
  if (isOn(find(childrenOf(find(children, 'w:rPr') ?? {}), 'w:vanish'))) return;
  for (const child of children) {
    const tag = tagOf(child);
    if (tag === 'w:t')
      into.text += childrenOf(child)
        .map((t) => String(t['#text'] ?? ''))
        .join('');
    else if (tag === 'w:tab' || tag === 'w:ptab') into.text += '\t';
    else if (tag === 'w:br' || tag === 'w:cr') into.text += '\n';
    else if (tag === 'w:noBreakHyphen') into.text += '-';
    else if (tag === 'w:drawing' || tag === 'w:pict' || tag === 'w:object')
      into.images.push(...imageIds(child));
    // Word writes a drawing once for itself and once as a fallback for older readers: take one.
    else if (tag === 'mc:AlternateContent') {
      const choice = find(childrenOf(child), 'mc:Choice') ?? find(childrenOf(child), 'mc:Fallback');
      if (choice) collectRun({ 'w:r': childrenOf(choice) }, into);
    }
  }
}

/** A paragraph's content: runs, and the wrappers runs sit in; deleted and moved-away text is skipped. */
function collectInline(nodes: XmlNode[], into: Collector): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:r') collectRun(node, into);
    else if (tag === 'w:del' || tag === 'w:moveFrom' || tag === 'w:pPr' || tag === 'w:rPr') continue;
    else if (tag === 'w:sdt') collectInline(childrenOf(find(childrenOf(node), 'w:sdtContent') ?? {}), into);
    else if (tag) collectInline(childrenOf(node), into);
  }
}

function paragraphOf(node: XmlNode, images: (id: string) => string | undefined, missing: string[]) {
  const children = childrenOf(node);
  const pPr = childrenOf(find(children, 'w:pPr') ?? {});
  const jc = find(pPr, 'w:jc');
  const into: Collector = { text: '', images: [] };
  collectInline(children, into);
  const entries: string[] = [];
  for (const id of into.images) {
    const entry = images(id);
    if (entry) entries.push(entry);
    else missing.push(id);
  }
  const paragraph: DocxParagraph = {
    kind: 'p',
    text: into.text,
    images: entries,
    centered: !!jc && attrOf(jc, 'w:val') === 'center',
  };
  return paragraph;
}

/** Rows and cells as they stand, with the content controls and custom XML that wrap some of them opened. */
function unwrapped(nodes: XmlNode[]): XmlNode[] {
  return nodes.flatMap((node) => {
    const tag = tagOf(node);
    if (tag === 'w:sdt') return unwrapped(childrenOf(find(childrenOf(node), 'w:sdtContent') ?? {}));
    if (tag === 'w:customXml') return unwrapped(childrenOf(node));
    return [node];
  });
}

function continuesMerge(cell: XmlNode): boolean {
  const merge = find(childrenOf(find(childrenOf(cell), 'w:tcPr') ?? {}), 'w:vMerge');
  return !!merge && attrOf(merge, 'w:val') !== 'restart';
}

function blocksOf(
  nodes: XmlNode[],
  images: (id: string) => string | undefined,
  missing: string[],
): DocxBlock[] {
  const blocks: DocxBlock[] = [];
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === 'w:p') blocks.push(paragraphOf(node, images, missing));
    else if (tag === 'w:tbl') {
      const rows = unwrapped(childrenOf(node))
        .filter((row) => tagOf(row) === 'w:tr')
        .map((row) => unwrapped(childrenOf(row)).filter((cell) => tagOf(cell) === 'w:tc'));
      blocks.push({
        kind: 'table',
        rows: rows.map((cells) => cells.map((cell) => blocksOf(childrenOf(cell), images, missing))),
        continued: rows.map((cells) => cells.map(continuesMerge)),
      });
    } else if (tag === 'w:sdt')
      blocks.push(...blocksOf(childrenOf(find(childrenOf(node), 'w:sdtContent') ?? {}), images, missing));
    else if (tag === 'w:ins' || tag === 'w:customXml')
      blocks.push(...blocksOf(childrenOf(node), images, missing));
  }
  return blocks;
}

/** A relationship's target as a zip entry name, resolved against the part that holds it. */
function entryOfTarget(partDir: string, target: string): string {
  return target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(partDir, target));
}

async function mainPart(
  zip: ZipFile,
  entries: Map<string, Entry>,
): Promise<{ name: string; macros: boolean }> {
  if (!entries.has('[Content_Types].xml')) throw new DeskError('import-not-docx', 'no [Content_Types].xml');
  const types = parseXml(
    (await readEntry(zip, entries, '[Content_Types].xml', MAX_XML_BYTES, CODES)).bytes,
    '[Content_Types].xml',
  );
  const main = findAll(types, 'Override').find((o) => MAIN_TYPES.includes(attrOf(o, 'ContentType') ?? ''));
  const name = main && attrOf(main, 'PartName')?.replace(/^\//, '');
  if (!name || !entries.has(name)) throw new DeskError('import-not-docx', 'no document part');
  const macros =
    (attrOf(main!, 'ContentType') ?? '').includes('macroEnabled') ||
    [...entries.keys()].some((e) => /vbaProject\.bin$/i.test(e));
  return { name, macros };
}

/**
 * Opens a .docx and reads its body. Refused with their codes: a file that is no zip, a .doc, a
 * password-protected file, a zip without a Word document part, anything unsafe in the zip or XML.
 * The caller closes the result once the images are read.
 */
export async function readDocx(path: string): Promise<DocxContent> {
  await sniff(path);
  const zip = await openZip(path, CODES);
  try {
    const entries = await entriesOf(zip, LIMITS, CODES);
    const main = await mainPart(zip, entries);
    const dir = posix.dirname(main.name);
    const relsName = `${dir}/_rels/${posix.basename(main.name)}.rels`;
    const rels = entries.has(relsName)
      ? findAll(
          parseXml((await readEntry(zip, entries, relsName, MAX_XML_BYTES, CODES)).bytes, relsName),
          'Relationship',
        )
      : [];
    const targets = new Map(
      rels
        .filter(
          (rel) => attrOf(rel, 'TargetMode') !== 'External' && /\/image$/.test(attrOf(rel, 'Type') ?? ''),
        )
        .map((rel) => [attrOf(rel, 'Id') ?? '', entryOfTarget(dir, attrOf(rel, 'Target') ?? '')]),
    );
    const document = parseXml(
      (await readEntry(zip, entries, main.name, MAX_XML_BYTES, CODES)).bytes,
      main.name,
    );
    const body = childrenOf(find(childrenOf(find(document, 'w:document') ?? {}), 'w:body') ?? {});
    if (!find(document, 'w:document')) throw new DeskError('import-not-docx', 'no w:document');
    const missingImages: string[] = [];
    const blocks = blocksOf(
      body,
      (id) => {
        const entry = targets.get(id);
        return entry && entries.has(entry) ? entry : undefined;
      },
      missingImages,
    );
    return {
      body: blocks,
      macros: main.macros,
      missingImages,
      image: async (entry) => (await readEntry(zip, entries, entry, LIMITS.maxEntryBytes, CODES)).bytes,
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/**
 * The text of a .docx's footers, paragraph by paragraph, read with the same guards as the body:
 * where an exported form prints its export number and hash (第3次导出　校验码 1a2b3c4d).
 */
export async function readFooters(source: string | Buffer): Promise<string[]> {
  if (typeof source === 'string') await sniff(source);
  const zip = await openZip(source, CODES);
  try {
    const entries = await entriesOf(zip, LIMITS, CODES);
    const parts = [...entries.keys()].filter((name) => /^word\/footer\d*\.xml$/.test(name)).sort();
    const texts: string[] = [];
    for (const name of parts) {
      const nodes = parseXml((await readEntry(zip, entries, name, MAX_XML_BYTES, CODES)).bytes, name);
      for (const paragraph of findAll(nodes, 'w:p')) {
        const into: Collector = { text: '', images: [] };
        collectInline(childrenOf(paragraph), into);
        texts.push(into.text);
      }
    }
    return texts;
  } finally {
    zip.close();
  }
}
