/**
 * 职称 read by level, for （八）「担任委员的计量技术专业人员，一般应具有副高级以上职称或同等资历」.
 * A plan's table is typed by hand, so a title is compared after folding widths and spaces, and a
 * cell naming several (研究员、博士生导师) counts at the highest level it names. A title the lists do
 * not know is `unknown`: the plan is asked for its level, never guessed.
 */
export type TitleLevel = 'senior' | 'deputy' | 'below' | 'equivalent' | 'unknown' | 'none';

/** 正高级: the full professional titles of research, engineering, teaching, medicine and the rest. */
const SENIOR = [
  '研究员',
  '正高级工程师',
  '教授级高级工程师',
  '教授级高工',
  '教授',
  '主任医师',
  '主任药师',
  '主任技师',
  '主任护师',
  '正高级实验师',
  '正高级经济师',
  '正高级会计师',
  '正高级统计师',
  '正高级讲师',
  '正高级教师',
  '编审',
  '译审',
  '研究馆员',
  '高级记者',
  '高级编辑',
];

/** 副高级. */
const DEPUTY = [
  '副研究员',
  '高级工程师',
  '高工',
  '副教授',
  '副主任医师',
  '副主任药师',
  '副主任技师',
  '副主任护师',
  '高级实验师',
  '高级经济师',
  '高级会计师',
  '高级统计师',
  '高级讲师',
  '高级教师',
  '高级农艺师',
  '副编审',
  '副译审',
  '副研究馆员',
  '主任记者',
  '主任编辑',
];

/** 中级 and below: what （八） asks the plan to explain. */
const BELOW = [
  '工程师',
  '助理研究员',
  '讲师',
  '助理工程师',
  '实验师',
  '助理实验师',
  '主治医师',
  '主管药师',
  '主管技师',
  '主管护师',
  '医师',
  '药师',
  '技师',
  '经济师',
  '会计师',
  '统计师',
  '助理经济师',
  '助理会计师',
  '研究实习员',
  '助教',
  '技术员',
  '一级教师',
  '二级教师',
  '记者',
  '编辑',
  '中级',
  '初级',
];

const LEVELS = new Map<string, TitleLevel>([
  ...SENIOR.map((title): [string, TitleLevel] => [title, 'senior']),
  ...DEPUTY.map((title): [string, TitleLevel] => [title, 'deputy']),
  ...BELOW.map((title): [string, TitleLevel] => [title, 'below']),
  ['正高级', 'senior'],
  ['正高', 'senior'],
  ['副高级', 'deputy'],
  ['副高', 'deputy'],
]);

/** Higher first: a cell naming two titles counts at the first of these it names. */
const RANK: readonly TitleLevel[] = ['senior', 'deputy', 'equivalent', 'below'];

/** Width-folded, without spaces: 「高级工程师 」 and 「高级工程师」 are one title. */
export function foldText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/** Separators between several titles in one cell, and the brackets around a note (（同等资历）). */
const SEPARATORS = /[、,;/|()\u3001\uff0c\uff1b\uff0f\uff08\uff09]+/u;

/**
 * The level of a 职称 cell. `equivalent` when it says 同等资历: the unit's answer to （八）, to be
 * explained in its 说明; `none` for an empty cell; `unknown` for a title the lists do not hold.
 */
export function titleLevel(text: string): TitleLevel {
  const folded = foldText(text);
  if (folded === '') return 'none';
  const levels = new Set<TitleLevel>();
  for (const part of folded.split(SEPARATORS)) {
    if (part === '') continue;
    if (part.includes('同等资历')) levels.add('equivalent');
    const level = LEVELS.get(part);
    if (level) levels.add(level);
  }
  return RANK.find((level) => levels.has(level)) ?? 'unknown';
}

/** Whether a level meets （八）: 副高级 or above, or 同等资历 as the unit says. */
export const meetsTitleRule = (level: TitleLevel): boolean =>
  level === 'senior' || level === 'deputy' || level === 'equivalent';
