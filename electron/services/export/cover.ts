import { AlignmentType, LineRuleType, Paragraph, TabStopType, TextRun } from 'docx';
import { textOf, type Draft } from '../../../shared/draft';
import { paper610, type FormDefinition } from '../../../shared/forms';
import { breakLines } from './measure';
import { PAGE } from './page';
import { printable } from './sanitize';
import { runProperties, runsOf, tableText, type PrintStyle } from './style';

/**
 * The cover's geometry (docs/LAYOUT.md, "Cover"): where labels start, where values start and
 * where every underline ends, in twips from the left margin.
 */
const LABEL_AT = 800;
const VALUE_AT = 2400;
const LINE_END = 8145;
const VALUE_PT = 16;
/** A value line holds this many em of 三号; the underline is about 18 em, the rest is slack for a closing mark. */
const VALUE_LINE_EM = 17;
const TITLE_LINE = 760;
const SUBTITLE = { before: 120, line: 640 };
/** The 版心's height, less a little for LibreOffice's rounding of exact lines. */
const ROOM = PAGE.height - PAGE.margin.top - PAGE.margin.bottom - 200;

/** Spacing from roomy (the attachment's look with short values) to tight (long values up to their limits). */
interface CoverSpacing {
  titleBefore: number;
  itemsBefore: number;
  /** Between two items. */
  gap: number;
  /** From one line of a value to the next. */
  pitch: number;
}
const SPACINGS: readonly CoverSpacing[] = [
  { titleBefore: 1600, itemsBefore: 2400, gap: 240, pitch: 640 },
  { titleBefore: 1000, itemsBefore: 1400, gap: 200, pitch: 600 },
  { titleBefore: 600, itemsBefore: 900, gap: 160, pitch: 560 },
  { titleBefore: 300, itemsBefore: 600, gap: 120, pitch: 500 },
  { titleBefore: 0, itemsBefore: 400, gap: 80, pitch: 440 },
];

function coverHeight(spacing: CoverSpacing, lineCounts: number[]): number {
  const items = lineCounts.reduce((sum, lines) => sum + spacing.gap + lines * spacing.pitch, 0);
  return spacing.titleBefore + TITLE_LINE + SUBTITLE.before + SUBTITLE.line + spacing.itemsBefore + items;
}

/** The roomiest spacing with which the cover fits page 1; the tightest when nothing does (values far over their limits). */
export function coverSpacing(lineCounts: number[]): CoverSpacing {
  return SPACINGS.find((s) => coverHeight(s, lineCounts) <= ROOM) ?? SPACINGS[SPACINGS.length - 1]!;
}

/** A cover value as the lines it prints on, each to carry its own underline. */
export function valueLines(value: string): string[] {
  return breakLines(printable(value).replace(/\s+/gu, ' ').trim(), VALUE_LINE_EM);
}

const exact = (before: number, line: number) => ({ before, after: 0, line, lineRule: LineRuleType.EXACT });

/**
 * Page 1 of the form, alone: the title, the subtitle naming the kind, then the six cover items —
 * the label, then the value on underlines that all run to the same right edge. The exporter breaks
 * a long value itself so that every line ends in a tab to that edge, underlined: an even rule under
 * each line, never a line the text overruns.
 */
export function coverParagraphs(draft: Draft, form: FormDefinition, style: PrintStyle): Paragraph[] {
  const inherited = tableText(style);
  const value = { role: 'text' as const, sizePt: VALUE_PT };
  const underlined = { ...value, underline: true };
  const { cover } = paper610(form);
  const values = cover.map((item) => valueLines(style.content(textOf(draft, item.id))));
  const spacing = coverSpacing(values.map((lines) => lines.length));
  const title = new Paragraph({
    children: runsOf(style.label(form.title), style, { role: 'title', sizePt: 22 }, inherited),
    alignment: AlignmentType.CENTER,
    spacing: exact(spacing.titleBefore, TITLE_LINE),
  });
  const subtitle = new Paragraph({
    children: runsOf(style.label(form.subtitle ?? ''), style, { role: 'subheading', sizePt: 16 }, inherited),
    alignment: AlignmentType.CENTER,
    spacing: exact(SUBTITLE.before, SUBTITLE.line),
  });
  const tab = (look: typeof value) => new TextRun({ text: '\t', ...runProperties(style, look, inherited) });
  const items = cover.map(
    (item, index) =>
      new Paragraph({
        children: [
          ...runsOf(style.label(item.label), style, { role: 'heading', sizePt: VALUE_PT }, inherited),
          tab(value),
          ...values[index]!.flatMap((line, at) => [
            ...(at > 0 ? [new TextRun({ break: 1 })] : []),
            ...runsOf(line, style, underlined, inherited),
            tab(underlined),
          ]),
        ],
        tabStops: [
          { type: TabStopType.LEFT, position: VALUE_AT },
          { type: TabStopType.LEFT, position: LINE_END },
        ],
        indent: { left: VALUE_AT, hanging: VALUE_AT - LABEL_AT },
        spacing: exact(index === 0 ? spacing.itemsBefore : spacing.gap, spacing.pitch),
      }),
  );
  return [title, subtitle, ...items];
}
