import {
  AlignmentType,
  BorderStyle,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import type { Campaign } from '../../../shared/campaign';
import { textOf, type Draft } from '../../../shared/draft';
import { draftNames, formOf } from '../../../shared/forms';
import type { ExportOptions } from '../../../shared/settings';
import { printStyle } from '../export/docx';
import { fontOf } from '../export/fonts';
import { PAGE, TEXT_WIDTH } from '../export/page';
import { stripXmlInvalid } from '../export/sanitize';
import { runsOf, type PrintStyle } from '../export/style';
import { chineseDate } from './instructions';

const LABEL_WIDTH = 1900;
const line = (before = 0, pitch = 520) => ({ before, after: 0, line: pitch, lineRule: LineRuleType.EXACT });

/** One `label value` row of a block; long values wrap under themselves, not under the label. */
function itemRow(label: string, value: string, style: PrintStyle, sizePt: number): TableRow {
  const cell = (text: string, role: 'heading' | 'text', width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: [
        new Paragraph({
          children: runsOf(text, style, { role, sizePt }),
          spacing: line(60, sizePt * 32),
        }),
      ],
    });
  return new TableRow({
    cantSplit: true,
    children: [cell(label, 'heading', LABEL_WIDTH), cell(value, 'text', TEXT_WIDTH - LABEL_WIDTH)],
  });
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  left: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  right: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'auto' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'auto' },
};

function block(rows: [string, string][], style: PrintStyle, sizePt: number): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH, TEXT_WIDTH - LABEL_WIDTH],
    borders: NO_BORDERS,
    rows: rows
      .filter(([, value]) => value.trim())
      .map(([label, value]) => itemRow(label, value, style, sizePt)),
  });
}

function heading(text: string, style: PrintStyle, before: number): Paragraph {
  return new Paragraph({
    children: runsOf(text, style, { role: 'heading', sizePt: 16 }),
    spacing: line(before, 600),
    border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 4 } },
    keepNext: true,
  });
}

/** What goes into the envelope: the stamped form, and paper copies of the proof files if any. */
export function enclosedItems(draft: Draft, exportNumber: number | undefined, hash: string): string[] {
  const form = formOf(draft.form);
  const printed = exportNumber ? `，第${exportNumber}次导出，校验码 ${hash}` : '';
  const proofs = draft.attachments.filter((a) => a.role === 'proof').map((a) => a.originalName);
  return [
    `《${form.title}》${form.subtitle ?? ''}：《${textOf(draft, form.titleField)}》，签字盖章纸质版 1 份${printed}`,
    ...(proofs.length ? [`相关证明材料复印件：${proofs.join('、')}`] : []),
  ];
}

/**
 * One printable A4 page for the mailed paper (docs/DELIVERY.md): the organiser's postal address and
 * recipient in large print, the sender unit and contact, what is enclosed, and the deadline.
 */
export async function buildCoverSheet(args: {
  draft: Draft;
  campaign: Campaign;
  options: ExportOptions;
  /** The export the paper copy is (its number and hash are printed on it). */
  printed?: { number: number; hash: string };
}): Promise<Buffer> {
  const { draft, campaign } = args;
  const style = await printStyle(args.options);
  const names = draftNames(draft, formOf(draft.form));
  const postal = campaign.postal;
  const enclosed = enclosedItems(draft, args.printed?.number, args.printed?.hash ?? '');
  const children = [
    new Paragraph({
      children: runsOf(style.label('征集材料寄送封面'), style, { role: 'title', sizePt: 22 }),
      alignment: AlignmentType.CENTER,
      spacing: line(0, 800),
    }),
    new Paragraph({
      children: runsOf(`${campaign.noticeTitle}（${campaign.documentNumber}）`, style, {
        role: 'subheading',
        sizePt: 14,
      }),
      alignment: AlignmentType.CENTER,
      spacing: line(120, 480),
    }),
    heading(style.label('收件'), style, 360),
    block(
      // A notice that names no postal address leaves the lines blank for the sender, but its recipient.
      [
        ['收件单位', postal?.organisation ?? campaign.recipient ?? ''],
        ['地　　址', postal?.address ?? ''],
        ['收 件 人', postal?.recipient ?? ''],
        ['电　　话', postal?.phone ?? ''],
      ],
      style,
      18,
    ),
    heading(style.label('寄件'), style, 360),
    block(
      [
        ['报送单位', names.unit],
        ['联 系 人', textOf(draft, 'contact')],
        ['联系电话', textOf(draft, 'phone')],
        ['联系地址', textOf(draft, 'address')],
      ],
      style,
      16,
    ),
    heading(style.label('内附材料'), style, 360),
    ...enclosed.map(
      (item, i) =>
        new Paragraph({
          children: runsOf(`${i + 1}. ${item}`, style, { role: 'text', sizePt: 14 }),
          spacing: line(60, 440),
          indent: { left: 420, hanging: 420 },
        }),
    ),
    new Paragraph({
      children: runsOf(
        `${campaign.deadline ? `截止日期：${chineseDate(campaign.deadline)}。` : ''}${campaign.email ? `电子版请同时发送至 ${campaign.email}。` : ''}`,
        style,
        { role: 'text', sizePt: 14 },
      ),
      spacing: line(360, 440),
    }),
  ];
  const document = new Document({
    title: stripXmlInvalid(`${names.title} — 寄送封面`),
    creator: stripXmlInvalid(names.unit),
    styles: { default: { document: { run: { font: fontOf(style.scheme, 'text'), size: 28 } } } },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...PAGE.margin } },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
