import type { CellValue } from '../fields';
import { rowsOf } from '../rows';
import { foldText, titleLevel, type TitleLevel } from './titles';

/**
 * The committee plan's values as its rules read them. Field and column ids live here, beside the
 * reading, so the definition (`../committee-plan.ts`), the rules and the layout's summary name them
 * once.
 */
export const PLAN = {
  name: 'name',
  domain: 'domain',
  legal: 'legal',
  kind: 'kind',
  parent: 'parent',
  secretariat: 'secretariat',
  staff: 'staff',
  equipment: 'equipment',
  funding: 'funding',
  termStart: 'termStart',
  termEnd: 'termEnd',
  charter: 'charter',
  secretariatRules: 'secretariatRules',
  fundsRules: 'fundsRules',
  members: 'members',
  notes: 'notes',
} as const;

export const MEMBER = {
  name: 'name',
  gender: 'gender',
  born: 'born',
  unit: 'unit',
  post: 'post',
  title: 'title',
  role: 'role',
  category: 'category',
  unitType: 'unitType',
  speciality: 'speciality',
  contact: 'contact',
} as const;

/** 委员会职务, as （七） names them. */
export const ROLES = ['主任委员', '副主任委员', '秘书长', '委员'] as const;
/** 人员类别: （八） counts 行政管理人员 and asks 技术专业人员 for their title. */
export const CATEGORIES = ['技术专业人员', '行政管理人员'] as const;
export const TECHNICAL = CATEGORIES[0];
export const ADMINISTRATIVE = CATEGORIES[1];

export interface Member {
  rowId: string;
  name: string;
  unit: string;
  /** The unit as compared: trimmed, full/half-width folded (上海市计量测试技术研究院 = 「上海市计量测试技术研究院 」). */
  unitKey: string;
  title: string;
  level: TitleLevel;
  role: string;
  category: string;
}

const text = (value: CellValue | undefined): string => (typeof value === 'string' ? value.trim() : '');

const isEmpty = (value: CellValue | undefined) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** The member list's rows that hold anything: a row left blank is not a member. */
export function membersOf(values: Readonly<Record<string, unknown>>): Member[] {
  return rowsOf(values[PLAN.members])
    .filter((row) => Object.values(row.cells).some((value) => !isEmpty(value)))
    .map((row) => {
      const unit = text(row.cells[MEMBER.unit]);
      const title = text(row.cells[MEMBER.title]);
      return {
        rowId: row.id,
        name: text(row.cells[MEMBER.name]),
        unit,
        unitKey: foldText(unit),
        title,
        level: titleLevel(title),
        role: text(row.cells[MEMBER.role]),
        category: text(row.cells[MEMBER.category]),
      };
    });
}

/** The members grouped by unit (folded), in the order each unit first appears; unnamed units left out. */
export function byUnit(members: readonly Member[]): Member[][] {
  const groups = new Map<string, Member[]>();
  for (const member of members) {
    if (member.unitKey === '') continue;
    groups.set(member.unitKey, [...(groups.get(member.unitKey) ?? []), member]);
  }
  return [...groups.values()];
}
