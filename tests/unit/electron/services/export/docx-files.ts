import { formOf, paper610 } from '../../../../../shared/forms';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';
import { textOf, type Draft } from '../../../../../shared/draft';
import { parseDraftText } from '../../../../../electron/services/drafts/format';

export const FIXTURES = path.resolve('tests/fixtures/drafts');

export async function loadFixture(name: string): Promise<{ draft: Draft; dir: string }> {
  const dir = path.join(FIXTURES, name);
  // The fixtures are format-1 files: they load through the migration, as a user's old draft does.
  return { draft: parseDraftText(await readFile(path.join(dir, 'draft.json'), 'utf8')), dir };
}

/** Every entry of a .docx (a zip) as text or bytes, by name. */
export function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            entries.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of each paragraph of a WordprocessingML part, runs joined. */
export function paragraphTexts(xml: string): string[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''),
  );
}

/** How often `needle` occurs in `haystack`. */
export function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

/** A run as it prints: its text and the face and size it ends up with, whether its own or inherited. */
export interface EffectiveRun {
  text: string;
  paragraphStyle: string | undefined;
  eastAsia: string | undefined;
  /** Half-points, as `w:sz` holds them. */
  size: number | undefined;
  eastAsianHint: boolean;
}

interface RunProps {
  eastAsia?: string;
  size?: number;
}

function runPropsOf(rPr: string | undefined): RunProps {
  const eastAsia = rPr && /<w:rFonts [^>]*w:eastAsia="([^"]+)"/.exec(rPr)?.[1];
  const size = rPr && /<w:sz w:val="(\d+)"/.exec(rPr)?.[1];
  return { ...(eastAsia ? { eastAsia } : {}), ...(size ? { size: Number(size) } : {}) };
}

/**
 * Resolves each text run of a part the way Word does for face and size: the run's own properties,
 * then its paragraph style and the styles that style is based on, then the document defaults.
 */
export function effectiveRuns(xml: string, stylesXml: string): EffectiveRun[] {
  const defaults = runPropsOf(/<w:rPrDefault>([\s\S]*?)<\/w:rPrDefault>/.exec(stylesXml)?.[1]);
  const styles = new Map(
    [
      ...stylesXml.matchAll(
        /<w:style w:type="paragraph"[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g,
      ),
    ].map((m) => [
      m[1]!,
      {
        basedOn: /<w:basedOn w:val="([^"]+)"/.exec(m[2]!)?.[1],
        run: runPropsOf(/<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(m[2]!)?.[1]),
      },
    ]),
  );
  const fromStyle = (id: string | undefined): RunProps => {
    const style = id ? styles.get(id) : undefined;
    return style ? { ...defaults, ...fromStyle(style.basedOn), ...style.run } : defaults;
  };
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].flatMap((p) => {
    const paragraphStyle = /<w:pStyle w:val="([^"]+)"/.exec(p[0])?.[1];
    const inherited = fromStyle(paragraphStyle);
    return [...p[0].matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)]
      .filter((r) => /<w:t[ >]/.test(r[1]!))
      .map((r) => {
        const rPr = /^<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(r[1]!)?.[1];
        const own = runPropsOf(rPr);
        return {
          text: [...r[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''),
          paragraphStyle,
          eastAsia: own.eastAsia ?? inherited.eastAsia,
          size: own.size ?? inherited.size,
          eastAsianHint: !!rPr && /w:hint="eastAsia"/.test(rPr),
        };
      });
  });
}

/** Every line of text the form prints from the draft: cover values, the parts, the opinion and the signer. */
export function printedLines(draft: Draft): string[] {
  const form = formOf(draft.form);
  const parts = paper610(form)
    .sections.flatMap((s) => s.parts)
    .map((p) => textOf(draft, p.id));
  const cover = paper610(form).cover.map((item) => textOf(draft, item.id));
  return [...cover, ...parts, draft.declaration.opinion, draft.declaration.signer]
    .flatMap((text) => text.split('\n'))
    .map((line) => line.replace(/^\s+/u, '').trimEnd())
    .filter(Boolean);
}
