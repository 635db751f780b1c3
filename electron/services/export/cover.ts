import { AlignmentType, LineRuleType, Paragraph, TabStopType, TextRun } from 'docx';
import type { Draft } from '../../../shared/draft';
import type { FormDefinition } from '../../../shared/forms';
import { TEXT_WIDTH } from './page';
import { runProperties, runsOf, tableText, type PrintStyle } from './style';

/** Where the cover block starts, where values start, and where their underline ends (twips). */
const LABEL_AT = 800;
const VALUE_AT = 2400;
const LINE_END = TEXT_WIDTH - 700;
const ITEM_PITCH = 880;

const spaced = (before: number, line = 760) => ({ before, after: 0, line, lineRule: LineRuleType.EXACT });

/**
 * Page 1 of the form, alone: the title, the subtitle naming the kind, then the six cover items —
 * the label, then the value on an underline that runs to the same right edge for every item.
 */
export function coverParagraphs(draft: Draft, form: FormDefinition, style: PrintStyle): Paragraph[] {
  const inherited = tableText(style);
  const value = { role: 'text' as const, sizePt: 16 };
  const underlined = { ...value, underline: true };
  const title = new Paragraph({
    children: runsOf(style.label(form.title), style, { role: 'title', sizePt: 22 }, inherited),
    alignment: AlignmentType.CENTER,
    spacing: spaced(1600),
  });
  const subtitle = new Paragraph({
    children: runsOf(style.label(form.subtitle), style, { role: 'subheading', sizePt: 16 }, inherited),
    alignment: AlignmentType.CENTER,
    spacing: spaced(120, 640),
  });
  const items = form.cover.map(
    (item, index) =>
      new Paragraph({
        children: [
          ...runsOf(style.label(item.label), style, { role: 'heading', sizePt: 16 }, inherited),
          new TextRun({ text: '\t', ...runProperties(style, value, inherited) }),
          // The underline runs on through the tab to the line's end, as the blank form's line does.
          ...runsOf(`${style.content(draft.cover[item.id])}`, style, underlined, inherited),
          new TextRun({ text: '\t', ...runProperties(style, underlined, inherited) }),
        ],
        tabStops: [
          { type: TabStopType.LEFT, position: VALUE_AT },
          { type: TabStopType.LEFT, position: LINE_END },
        ],
        indent: { left: VALUE_AT, hanging: VALUE_AT - LABEL_AT },
        spacing: spaced(index === 0 ? 2400 : 0, ITEM_PITCH),
      }),
  );
  return [title, subtitle, ...items];
}
