import { AlignmentType, Document, DocumentGridType, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import { ISO_DAY } from '../../../../shared/date-text';
import { contentHash } from '../../../../shared/draft';
import { SUMMARY_FIGURES } from '../../../../shared/forms/activity-fields';
import { rowsOf } from '../../../../shared/forms/rows';
import { printStyle } from '../docx';
import { draftHeader, formFooter } from '../footer';
import { breakBetween, titlePieces } from '../measure';
import { PAGE, TEXT_WIDTH } from '../page';
import { printable } from '../sanitize';
import { PARAGRAPH, runsOf, tableText, textLines, textParagraphs, type PrintStyle } from '../style';
import { formStyles } from '../styles';
import type { Layout } from './types';

/**
 * The activity summary as a 公文 (GB/T 9704-2012, the page of the 610 form): the title in 小标宋,
 * 主送 the campaign's recipient, the body in 仿宋 with 一、二、三 headings in 黑体 — only the parts
 * the unit wrote, numbered as they print — and the 落款 (the unit, the date) at the right.
 */
export interface ActivitySummaryInput {
  values: Readonly<Record<string, unknown>>;
  campaign: {
    documentNumber: string;
    noticeTitle: string;
    issuedOn: string;
    recipient?: string;
  };
  style: PrintStyle;
  exportNumber: number;
  hash: string;
  provisional?: boolean;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

const stringOf = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** 2021年5月24日, as GB/T 9704-2012 writes the date of a document. */
function dateText(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) return stringOf(value);
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return `${year}年${month}月${day}日`;
}

/**
 * The title as the pieces it may break between: a typed 标题 by its words, else the unit's summary
 * of the campaign's year — the unit's name, 2021年, “世界计量日”, 活动总结, each kept whole.
 */
function summaryTitlePieces(
  values: ActivitySummaryInput['values'],
  campaign: ActivitySummaryInput['campaign'],
): string[] {
  const typed = stringOf(values.title);
  if (typed) return titlePieces(typed);
  return [stringOf(values.unit), `${campaign.issuedOn.slice(0, 4)}年`, '“世界计量日”', '活动总结'];
}

/** What is printed as the title: the typed 标题, else the unit's summary of the campaign's year. */
export function summaryTitle(
  values: ActivitySummaryInput['values'],
  campaign: ActivitySummaryInput['campaign'],
): string {
  return summaryTitlePieces(values, campaign).join('');
}

/**
 * The title's lines at 二号 on the 版心 (20 em; one spare for the width estimate, as the cover
 * keeps): left to the page, LibreOffice broke 世界计量/日” on a unit name of 11 字.
 */
const TITLE_SIZE_PT = 22;
const TITLE_LINE_EM = Math.floor(TEXT_WIDTH / (TITLE_SIZE_PT * 20)) - 1;

/** A document number worth citing: one the notice prints (沪市监计量〔2021〕260号). */
const citedNumber = (documentNumber: string) =>
  /〔\d{4}〕\d+号$/u.test(documentNumber) ? documentNumber : '';

/** The figures as one sentence of the first part: 共开展活动12场，参与1,200人…; empty when none is given. */
function figuresSentence(values: ActivitySummaryInput['values']): string {
  const given = SUMMARY_FIGURES.filter((figure) => typeof values[figure.id] === 'number');
  if (!given.length) return '';
  return `${given.map((figure) => `${figure.label}${String(values[figure.id])}${figure.unit ?? ''}`).join('，')}。`;
}

const line = (
  text: string,
  style: PrintStyle,
  options: { alignment?: 'left' | 'right'; indentRight?: number } = {},
) =>
  new Paragraph({
    style: PARAGRAPH.line,
    alignment: options.alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    ...(options.indentRight ? { indent: { right: options.indentRight } } : {}),
    children: runsOf(text, style, tableText(style), tableText(style)),
  });

const heading = (text: string, style: PrintStyle) =>
  new Paragraph({
    style: PARAGRAPH.heading,
    indent: { firstLine: style.textSize * 40, firstLineChars: 200 },
    children: runsOf(
      text,
      style,
      { role: 'heading', sizePt: style.textSize },
      { role: 'heading', sizePt: style.textSize },
    ),
  });

/** The body's parts in the notice's order (汇总活动、报道和组织收看情况, 成效经验), each with its paragraphs. */
function parts(
  values: ActivitySummaryInput['values'],
  style: PrintStyle,
): { title: string; body: Paragraph[] }[] {
  const paragraphs = (text: string) => textParagraphs(text, style);
  const activities = rowsOf(values.activities).filter((row) => stringOf(row.cells.name));
  const activityParagraphs = activities.map((row, index) => {
    const when = stringOf(row.cells.when);
    const content = textLines(stringOf(row.cells.content)).join('');
    const text = `${index + 1}．${stringOf(row.cells.name)}${when ? `（${when.replace(/\s+/gu, '')}）` : ''}${content ? `。${content}` : ''}`;
    return paragraphs(/[。；！？]$/u.test(text) ? text : `${text}。`);
  });
  return [
    {
      title: '活动开展情况',
      body: [...paragraphs(figuresSentence(values)), ...activityParagraphs.flat()],
    },
    { title: '宣传报道情况', body: paragraphs(stringOf(values.coverage)) },
    { title: '组织收看情况', body: paragraphs(stringOf(values.viewing)) },
    { title: '成效与经验', body: paragraphs(stringOf(values.results)) },
    { title: '存在问题与下一步打算', body: paragraphs(stringOf(values.problems)) },
  ].filter((part) => part.body.length > 0);
}

function children(input: ActivitySummaryInput): Paragraph[] {
  const { style, values, campaign } = input;
  const content = (text: string) => style.content(text);
  const label = (text: string) => style.label(text);
  const titleLines = breakBetween(
    summaryTitlePieces(values, campaign).map((piece) => printable(content(piece))),
    TITLE_LINE_EM,
  );
  const title = new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    spacing: { before: 0, after: PAGE.linePitch, line: 760, lineRule: LineRuleType.EXACT },
    children: titleLines.flatMap((text, index) => [
      ...(index > 0 ? [new TextRun({ break: 1 })] : []),
      ...runsOf(text, style, { role: 'title', sizePt: TITLE_SIZE_PT }, tableText(style)),
    ]),
  });
  const recipient = campaign.recipient ? [line(`${label(campaign.recipient)}：`, style)] : [];
  const number = citedNumber(campaign.documentNumber);
  const opening = textParagraphs(
    label(
      `根据《${campaign.noticeTitle}》${number ? `（${number}）` : ''}要求，现将${content(stringOf(values.unit)) || '我单位'}活动开展情况总结如下：`,
    ),
    style,
  );
  const body = parts(values, style).flatMap((part, index) => [
    heading(`${NUMERALS[index] ?? String(index + 1)}、${label(part.title)}`, style),
    ...part.body,
  ]);
  const contact = [
    stringOf(values.contact) && `联系人：${content(stringOf(values.contact))}`,
    stringOf(values.phone) && `联系电话：${content(stringOf(values.phone))}`,
  ]
    .filter(Boolean)
    .join('，');
  // 落款: the unit and the date at the right, four characters in from the margin as GB/T 9704 sets them.
  const indentRight = style.textSize * 20 * 4;
  return [
    title,
    ...recipient,
    ...opening,
    ...body,
    ...(contact ? [line('', style), ...textParagraphs(label(contact), style)] : []),
    line('', style),
    line(content(stringOf(values.unit)), style, { alignment: 'right', indentRight }),
    line(label(dateText(values.signedOn)), style, { alignment: 'right', indentRight }),
  ];
}

/** The print-ready .docx of an activity summary. */
export async function buildActivitySummary(input: ActivitySummaryInput): Promise<Buffer> {
  const { style } = input;
  const document = new Document({
    title: printable(summaryTitle(input.values, input.campaign)),
    styles: formStyles(style),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { ...PAGE.margin, header: PAGE.header, footer: PAGE.footer },
          },
          grid: { type: DocumentGridType.LINES, linePitch: PAGE.linePitch },
        },
        footers: { default: formFooter(input.exportNumber, input.hash.slice(0, 8), style) },
        ...(input.provisional ? { headers: { default: draftHeader(style) } } : {}),
        children: children(input),
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** The activity summary (`activity-summary`), addressed to the draft's campaign's recipient. */
export const activitySummaryLayout: Layout = {
  id: 'activity-summary',
  render: async (draft, _draftDir, options) => {
    const [style, hash] = await Promise.all([
      printStyle(options.exportOptions),
      options.hash ?? contentHash(draft),
    ]);
    const campaign = options.campaign;
    return buildActivitySummary({
      values: draft.values,
      campaign: {
        documentNumber: campaign?.documentNumber ?? '',
        noticeTitle: campaign?.noticeTitle ?? '',
        issuedOn: campaign?.issuedOn ?? draft.createdAt.slice(0, 10),
        ...(campaign?.recipient ? { recipient: campaign.recipient } : {}),
      },
      style,
      exportNumber: options.exportNumber,
      hash,
      provisional: options.provisional,
    });
  },
};
