import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A line of text on a PDF page as pdftotext places it, in points from the page's top left. */
export interface PrintedLine {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

export interface PrintedPage {
  height: number;
  lines: PrintedLine[];
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const attribute = (tag: string, name: string) => Number(new RegExp(`${name}="([\\d.]+)"`).exec(tag)![1]);

/**
 * Every page of a PDF with its lines and their boxes (`pdftotext -bbox-layout`), top to bottom.
 * pdftotext cuts a line where a table column ends, so a row of the form reads as one line per cell.
 */
export async function printedPages(pdfFile: string): Promise<PrintedPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', pdfFile, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return [...stdout.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)].map((page) => ({
    height: attribute(page[1]!, 'height'),
    lines: [...page[2]!.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)]
      .map((line) => ({
        text: [...line[2]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => decode(w[1]!)).join(''),
        xMin: attribute(line[1]!, 'xMin'),
        xMax: attribute(line[1]!, 'xMax'),
        yMin: attribute(line[1]!, 'yMin'),
        yMax: attribute(line[1]!, 'yMax'),
      }))
      .sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin),
  }));
}
