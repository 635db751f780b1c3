import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docxToPdfs } from '../../../../../electron/services/delivery/pdf';
import { findSoffice } from '../../../../../electron/services/delivery/tools';
import { valueLines } from '../../../../../electron/services/export/cover';
import { buildDocx } from '../../../../../electron/services/export/docx';
import { GRID } from '../../../../../electron/services/export/cells';
import { LABEL_COLUMN, PAGE } from '../../../../../electron/services/export/page';
import { formOf, partsOf, SIGNATURE_LABELS, paper610 } from '../../../../../shared/forms';
import { validateDraft } from '../../../../../shared/validate';
import { layoutCorpus, type CorpusDraft } from './layout-corpus';
import { printedPages, type PrintedLine, type PrintedPage } from './pdf-lines';
import { textOf } from '../../../../../shared/draft';

/**
 * The done-when test of the paper (docs/LAYOUT.md): a corpus of drafts rendered through
 * LibreOffice in one run, every page of every PDF read back with its line positions.
 */
const available = findSoffice() !== null;
if (!available)
  console.warn('Skipping the paper layout corpus: soffice is not installed (apt libreoffice-writer).');

const pt = (twips: number) => twips / 20;
const FOOTER_TOP = pt(PAGE.height - PAGE.margin.bottom);
const BODY_TOP = pt(PAGE.margin.top);
/** Where the content column and the opinion cell start. */
const CONTENT_X = pt(PAGE.margin.left + LABEL_COLUMN);
const OPINION_X = pt(PAGE.margin.left + GRID[0]! + GRID[1]!);
const VALUE_X = pt(PAGE.margin.left + 2400);
const UNDERLINE_END = pt(PAGE.margin.left + 8145);
const STAMP_SIDE = (50 / 25.4) * 72;
/** pdftotext boxes run a point or so past the glyphs. */
const SLACK = 2;

const DATE = /年[^年]*?月[^月]*?日/;
const DATES = new RegExp(DATE.source, 'g');
const squeeze = (text: string) => text.replace(/[\s\u3000]+/gu, '');
const bodyLines = (page: PrintedPage) =>
  page.lines.filter((line) => line.yMin >= BODY_TOP - SLACK && line.yMax <= FOOTER_TOP + SLACK);

interface Rendered {
  item: CorpusDraft;
  pages: PrintedPage[];
}

let work: string;
let rendered: Rendered[] = [];

beforeAll(async () => {
  if (!available) return;
  work = await mkdtemp(path.join(tmpdir(), 'paper-layout-'));
  const corpus = await layoutCorpus();
  const docs = await Promise.all(
    corpus.map((item) =>
      buildDocx(item.draft, item.dir, {
        exportOptions: item.options,
        exportNumber: 1,
        provisional: validateDraft(item.draft).some((issue) => issue.severity === 'error'),
      }),
    ),
  );
  const pdfs = await docxToPdfs(docs);
  rendered = await Promise.all(
    corpus.map(async (item, index) => {
      const file = path.join(work, `${item.name}.pdf`);
      await writeFile(file, pdfs[index]!);
      return { item, pages: await printedPages(file) };
    }),
  );
}, 600_000);
afterAll(() => (work ? rm(work, { recursive: true, force: true }) : undefined));

/** The headings of the form and the user's own: none may be the last line of a page. */
function headingsOf(item: CorpusDraft): Set<string> {
  const form = formOf(item.draft.form);
  const printed = partsOf(form).flatMap((part) => (part.heading ? [part.heading] : []));
  return new Set([...printed, ...item.typedHeadings].map(squeeze));
}

/** The lines that stand level with each other joined, left to right, into one. */
function levels(lines: PrintedLine[]): PrintedLine[] {
  const rows: PrintedLine[][] = [];
  for (const line of [...lines].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin)) {
    const row = rows.find((r) => Math.abs(r[0]!.yMin - line.yMin) < SLACK);
    if (row) row.push(line);
    else rows.push([line]);
  }
  return rows.map((row) => ({
    text: row.map((line) => line.text).join(''),
    xMin: Math.min(...row.map((line) => line.xMin)),
    xMax: Math.max(...row.map((line) => line.xMax)),
    yMin: Math.min(...row.map((line) => line.yMin)),
    yMax: Math.max(...row.map((line) => line.yMax)),
  }));
}

const find = (page: PrintedPage, text: string): PrintedLine | undefined =>
  bodyLines(page).find((line) => squeeze(line.text).startsWith(squeeze(text)));

describe.skipIf(!available)('the paper of every draft in the layout corpus', () => {
  it('has at least 20 drafts over both sizes and font schemes, opinions 0–600字, cover values over their limits', async () => {
    const corpus = await layoutCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(20);
    expect(new Set(corpus.map((c) => `${c.options.tableFontSize}/${c.options.fontScheme}`)).size).toBe(4);
    const opinions = corpus.map((c) => c.draft.declaration.opinion.replace(/\s/g, '').length);
    expect(Math.min(...opinions)).toBe(0);
    expect(Math.max(...opinions)).toBeGreaterThanOrEqual(600);
    expect(corpus.some((c) => !c.coverWithinLimits)).toBe(true);
    expect(rendered).toHaveLength(corpus.length);
  });

  it('prints no blank page', () => {
    for (const { item, pages } of rendered)
      pages.forEach((page, index) =>
        expect(bodyLines(page).length, `${item.name} page ${index + 1}`).toBeGreaterThan(0),
      );
  });

  it('never ends a page with a heading, the form’s or one the user typed', () => {
    let checked = 0;
    for (const { item, pages } of rendered) {
      const headings = headingsOf(item);
      pages.forEach((page, index) => {
        const content = bodyLines(page).filter((line) => line.xMin >= CONTENT_X - SLACK);
        const last = content.reduce<PrintedLine | undefined>(
          (low, line) => (!low || line.yMax > low.yMax ? line : low),
          undefined,
        );
        if (!last) return;
        checked++;
        expect(
          headings.has(squeeze(last.text)),
          `${item.name} page ${index + 1} ends with 「${last.text}」`,
        ).toBe(false);
      });
    }
    expect(checked).toBeGreaterThan(rendered.length * 3);
  });

  it('prints 报送人签字, the name, both dates and 盖章 under a clear 50 mm on one page, above the footer', () => {
    for (const { item, pages } of rendered) {
      const signed = pages.filter((page) => find(page, SIGNATURE_LABELS.signer));
      expect(signed, `${item.name}: pages with 报送人签字`).toHaveLength(1);
      const page = signed[0]!;
      const signer = find(page, SIGNATURE_LABELS.signer)!;
      const stamp = find(page, SIGNATURE_LABELS.stamp);
      expect(stamp, `${item.name}: 盖章 on the page of 报送人签字`).toBeDefined();
      expect(Math.abs(stamp!.yMin - signer.yMin), `${item.name}: 盖章 level with 报送人签字`).toBeLessThan(
        12,
      );
      const below = bodyLines(page).filter((line) => line.yMin > signer.yMin - SLACK);
      // pdftotext reads 年　　月　　日 as three lines a U+3000 apart: dates are read level by level.
      const dates = levels(below).filter((line) => DATE.test(line.text));
      const dateCount = dates.reduce((sum, line) => sum + (line.text.match(DATES) ?? []).length, 0);
      expect(dateCount, `${item.name}: two dates under 报送人签字 and 盖章`).toBe(2);
      const name = item.draft.declaration.signer.trim();
      if (name)
        expect(
          below.some((line) => squeeze(line.text) === squeeze(name)),
          `${item.name}: the name`,
        ).toBe(true);
      for (const line of [signer, stamp!, ...dates])
        expect(line.yMax, `${item.name}: 「${line.text}」 above the footer`).toBeLessThanOrEqual(FOOTER_TOP);
      const above = bodyLines(page).filter(
        (line) => line.xMin >= OPINION_X - SLACK && line.yMax < stamp!.yMin,
      );
      const clearFrom = Math.max(BODY_TOP, ...above.map((line) => line.yMax));
      expect(stamp!.yMin - clearFrom, `${item.name}: the stamp area above 盖章`).toBeGreaterThanOrEqual(
        STAMP_SIDE,
      );
    }
  });

  it('prints the opinion with its stamp on one page when the opinion is within its limit', () => {
    for (const { item, pages } of rendered) {
      const opinion = item.draft.declaration.opinion.trim();
      const over = validateDraft(item.draft).some((issue) => issue.field === 'opinion');
      if (!opinion || over) continue;
      const page = pages.find((p) => find(p, SIGNATURE_LABELS.signer))!;
      const text = squeeze(
        bodyLines(page)
          .map((line) => line.text)
          .join(''),
      );
      expect(text, `${item.name}: the opinion beside 盖章`).toContain(squeeze(opinion));
    }
  });

  it('keeps the cover alone on page 1, each value on lines its underlines hold, when within limits', () => {
    let checked = 0;
    for (const { item, pages } of rendered) {
      if (!item.coverWithinLimits) continue;
      checked++;
      const form = formOf(item.draft.form);
      const first = squeeze(
        bodyLines(pages[0]!)
          .map((line) => line.text)
          .join(''),
      );
      for (const cover of paper610(form).cover) {
        expect(first, `${item.name}: ${cover.name} on page 1`).toContain(squeeze(cover.label));
        expect(first, `${item.name}: the ${cover.id} value on page 1`).toContain(
          squeeze(textOf(item.draft, cover.id)),
        );
      }
      for (const section of paper610(form).sections)
        expect(first).not.toContain(squeeze(section.label).slice(0, 4));
      const second = squeeze(
        bodyLines(pages[1]!)
          .map((line) => line.text)
          .join(''),
      );
      expect(
        second.startsWith(
          squeeze(paper610(form).sections[0]!.labelLines?.[0] ?? paper610(form).sections[0]!.label),
        ) || second.includes(squeeze(paper610(form).sections[0]!.parts[0]!.heading ?? '')),
        `${item.name}: the table opens page 2`,
      ).toBe(true);
      // LibreOffice wraps none of the lines the exporter broke: no text runs past its underline.
      const firstLabel = find(pages[0]!, paper610(form).cover[0]!.label)!;
      const values = bodyLines(pages[0]!).filter(
        (line) => line.xMin >= VALUE_X - SLACK && line.yMin >= firstLabel.yMin - SLACK,
      );
      const expected = paper610(form).cover.reduce(
        (sum, cover) => sum + valueLines(textOf(item.draft, cover.id)).length,
        0,
      );
      expect(values.length, `${item.name}: value lines on page 1`).toBe(expected);
      for (const line of values)
        expect(line.xMax, `${item.name}: 「${line.text}」`).toBeLessThanOrEqual(UNDERLINE_END + SLACK);
    }
    expect(checked).toBeGreaterThan(10);
  });
});
