import { ADMINISTRATIVE, byUnit, membersOf, TECHNICAL } from './members';
import type { TitleLevel } from './titles';

/**
 * The plan's composition as its layout prints it under the member table (人数, 单位数, 技术/管理,
 * 职称): computed from the rows, so the printed line can never disagree with the table.
 */
export interface Composition {
  members: number;
  units: number;
  technical: number;
  administrative: number;
  /** Members by the level of their 职称, 行政管理人员 included. */
  levels: Record<TitleLevel, number>;
}

export function compositionOf(values: Readonly<Record<string, unknown>>): Composition {
  const members = membersOf(values);
  const levels: Record<TitleLevel, number> = {
    senior: 0,
    deputy: 0,
    equivalent: 0,
    below: 0,
    unknown: 0,
    none: 0,
  };
  for (const member of members) levels[member.level]++;
  return {
    members: members.length,
    units: byUnit(members).length,
    technical: members.filter((member) => member.category === TECHNICAL).length,
    administrative: members.filter((member) => member.category === ADMINISTRATIVE).length,
    levels,
  };
}

/**
 * The composition in the plan's words: 「委员共20人，来自17个单位；其中技术专业人员18人、行政管理人员2人；
 * 正高级职称8人、副高级职称10人、未填职称2人。」 Levels nobody holds are left out.
 */
export function compositionText(composition: Composition): string {
  const { levels } = composition;
  const named: [number, string][] = [
    [levels.senior, '正高级职称'],
    [levels.deputy, '副高级职称'],
    [levels.equivalent, '同等资历'],
    [levels.below, '中级及以下职称'],
    [levels.unknown, '职称级别未注明'],
    [levels.none, '未填职称'],
  ];
  const titles = named
    .filter(([count]) => count > 0)
    .map(([count, name]) => `${name}${count}人`)
    .join('、');
  return (
    `委员共${composition.members}人，来自${composition.units}个单位；` +
    `其中技术专业人员${composition.technical}人、行政管理人员${composition.administrative}人` +
    (titles ? `；${titles}。` : '。')
  );
}
