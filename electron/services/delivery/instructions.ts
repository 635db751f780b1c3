import { ATTACHMENT_ROLES, printedImageMax } from '../../../shared/attachment-roles';
import type { Campaign } from '../../../shared/campaign';
import { textOf, type AttachmentRole, type Draft } from '../../../shared/draft';
import { formOf, type FormDefinition } from '../../../shared/forms';
import { limitedCounts, totalName } from '../../../shared/validate';

/** The name of the note inside the package, as the organiser will see it. */
export const INSTRUCTIONS_NAME = '报送说明.txt';

export interface ListedEntry {
  name: string;
  size: number;
}

/** 2022-01-20 → 2022年1月20日, as the notice writes dates. */
export function chineseDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** 字数 against each limit of the form, counted as the wizard and Word count. */
function wordsLine(draft: Draft): string {
  const form = formOf(draft.form);
  return limitedCounts(draft, form)
    .map((c) => `${c.total ? totalName(c.total) : c.part!.name} ${c.words}/${c.limit}字`)
    .join('，');
}

function imagesLine(draft: Draft): string {
  const form = formOf(draft.form);
  const count = (role: AttachmentRole) => draft.attachments.filter((a) => a.role === role).length;
  const max = printedImageMax(form);
  if (max > 0)
    return `征集表中 ${count('image')} 张（至多 ${max} 张），原图在「${ATTACHMENT_ROLES.image.folder}」文件夹`;
  return `图片 ${count('image')} 张、视频 ${count('video')} 个，均为原始文件`;
}

/** The notice's own checks (§三（三）, and the case's 近两年内开展), per form. */
function selfChecks(form: FormDefinition, draft: Draft, campaign: Campaign): string[] {
  const checks = [
    '原创：报送的文章确保原创，严禁抄袭。',
    '真实：报送的内容来自本单位的真实实践，严禁造假。',
    ...(form.paper610?.recentWork && campaign.recentYears
      ? [`近两年内开展：案例在近${campaign.recentYears}年内开展。`]
      : []),
    `字数：${wordsLine(draft)}。`,
    `图片：${imagesLine(draft)}。`,
    '盖章：纸质版已由报送人签字，并经所在单位/主管部门盖章。',
  ];
  return checks.map((check) => `□ ${check}`);
}

/**
 * `报送说明.txt`: where to email, where to mail the stamped paper, by when, what the package holds
 * and the notice's self-check list (docs/DELIVERY.md). UTF-8 with a BOM and CRLF line ends, so Windows
 * Notepad of any age opens it right.
 */
export function instructionsText(args: {
  draft: Draft;
  campaign: Campaign;
  entries: ListedEntry[];
  exportNumber: number;
  hash: string;
}): Buffer {
  const { draft, campaign } = args;
  const form = formOf(draft.form);
  const postal = campaign.postal;
  const lines = [
    `报送说明（${form.kindName}）`,
    '',
    `依据：${campaign.noticeTitle}（${campaign.documentNumber}）`,
    `题目：${textOf(draft, form.titleField)}`,
    `报送单位：${textOf(draft, 'unit')}　联系人：${textOf(draft, 'contact')}　电话：${textOf(draft, 'phone')}`,
    `征集表：第${args.exportNumber}次导出，校验码 ${args.hash}（见打印件页脚）`,
    '',
    '一、截止日期',
    campaign.deadline
      ? `${chineseDate(campaign.deadline)}前报送电子版和纸质版。`
      : '通知未规定截止日期，请按通知要求报送。',
    '',
    '二、电子版',
    campaign.email
      ? `将本压缩包内的全部文件发送至征集邮箱：${campaign.email}`
      : `将本压缩包内的全部文件报送至${campaign.recipient ?? '通知指定的接收单位'}。`,
    '',
    '三、纸质版',
    ...(postal
      ? [
          '打印征集表，报送人签字、所在单位/主管部门盖章后寄至：',
          `收件单位：${postal.organisation}`,
          `地址：${postal.address}`,
          ...(postal.recipient ? [`收件人：${postal.recipient}`] : []),
          ...(postal.phone ? [`电话：${postal.phone}`] : []),
        ]
      : // A notice that names no postal address (the 5·20 calls) takes the paper where it takes the file.
        [
          `打印征集表，报送人签字、所在单位/主管部门盖章后报送至${campaign.recipient ?? '通知指定的接收单位'}。`,
        ]),
    '',
    '四、本压缩包内容',
    ...args.entries.map((entry, i) => `${i + 1}. ${entry.name}（${sizeText(entry.size)}）`),
    `${args.entries.length + 1}. ${INSTRUCTIONS_NAME}（本说明）`,
    '',
    '五、报送前自查',
    ...selfChecks(form, draft, campaign),
    '',
  ];
  const body = lines.join('\r\n');
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]);
}
