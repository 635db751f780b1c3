import { monthParts } from '../../date-text';
import type { Draft } from '../../draft';
import type { FormRule, RuleFinding } from '../fields';
import { isStoredDate } from '../values';
import { ADMINISTRATIVE, byUnit, membersOf, PLAN, TECHNICAL, type Member } from './members';

/**
 * The rules of 《关于加强上海市计量技术委员会建设的指导意见》 (沪市监计量〔2023〕252号) over a
 * 组成方案. The guidance words most of them 一般 or 原则上: those are warnings the unit may explain
 * in the plan's 说明. Only （十）「每届技术委员会委员任期4年」 is said without a hedge, so a term
 * that is not four years is the one error.
 */
type Values = Draft['values'];
type Rule = FormRule<Values>;

/** （七）委员一般不超过20人. */
export const MAX_MEMBERS = 20;
/** （八）同一单位委员原则上不超过3人. */
export const MAX_PER_UNIT = 3;
/** （八）除法制计量技术委员会外，行政管理人员担任委员原则上不超过2人. */
export const MAX_ADMINISTRATIVE = 2;
/** （十）每届技术委员会委员任期4年. */
export const TERM_YEARS = 4;

const monthText = (iso: string) => {
  const { year, month } = monthParts(iso);
  return `${year}年${month}月`;
};

const monthIndex = (iso: string) => {
  const { year, month } = monthParts(iso);
  return year * 12 + month - 1;
};

/**
 * Whether a term from `start` to `end` (YYYY-MM) is four years: it ends in the month before, or in
 * the same month as, the start month four years later (2023年7月 to 2027年6月 or 2027年7月), as
 * plans write a term either way.
 */
export function isFourYearTerm(start: string, end: string): boolean {
  const months = monthIndex(end) - monthIndex(start);
  return months === TERM_YEARS * 12 - 1 || months === TERM_YEARS * 12;
}

/** The members holding a 委员会职务, and a finding when their number is outside `min`–`max`. */
function roleCount(role: string, min: number, max: number) {
  return (values: Values): RuleFinding[] => {
    const holders = membersOf(values).filter((member) => member.role === role);
    if (holders.length >= min && holders.length <= max) return [];
    // Past the most allowed, the first member too many is the row to look at; too few, the table.
    const extra = holders[max];
    return [{ ...(extra ? { rowId: extra.rowId } : {}), params: { count: holders.length } }];
  };
}

const perMember = (applies: (member: Member) => boolean) => (values: Values) =>
  membersOf(values)
    .filter(applies)
    .map((member) => ({ rowId: member.rowId, params: { name: member.name, title: member.title } }));

const isTechnical = (member: Member) => member.category === TECHNICAL;

export const committeeRules: Rule[] = [
  {
    id: 'members-max',
    clause: '（七）',
    severity: 'warning',
    field: PLAN.members,
    message: 'committee.rule.membersMax',
    check: (values) => {
      const members = membersOf(values);
      return members.length > MAX_MEMBERS
        ? [{ rowId: members[MAX_MEMBERS]!.rowId, params: { count: members.length, max: MAX_MEMBERS } }]
        : [];
    },
  },
  {
    id: 'chair',
    clause: '（七）',
    severity: 'warning',
    field: PLAN.members,
    message: 'committee.rule.chair',
    check: roleCount('主任委员', 1, 1),
  },
  {
    id: 'vice-chairs',
    clause: '（七）',
    severity: 'warning',
    field: PLAN.members,
    message: 'committee.rule.viceChairs',
    check: roleCount('副主任委员', 1, 2),
  },
  {
    id: 'secretary-general',
    clause: '（七）',
    severity: 'warning',
    field: PLAN.members,
    message: 'committee.rule.secretaryGeneral',
    check: roleCount('秘书长', 1, 1),
  },
  {
    id: 'unit-max',
    clause: '（八）',
    severity: 'warning',
    field: PLAN.members,
    message: 'committee.rule.unitMax',
    check: (values) =>
      byUnit(membersOf(values))
        .filter((group) => group.length > MAX_PER_UNIT)
        .map((group) => ({
          rowId: group[MAX_PER_UNIT]!.rowId,
          params: { unit: group[0]!.unit, count: group.length, max: MAX_PER_UNIT },
        })),
  },
  {
    id: 'administrative-max',
    clause: '（八）',
    severity: 'warning',
    field: PLAN.members,
    message: 'committee.rule.administrativeMax',
    check: (values) => {
      if (values[PLAN.legal] === true) return [];
      const administrative = membersOf(values).filter((member) => member.category === ADMINISTRATIVE);
      return administrative.length > MAX_ADMINISTRATIVE
        ? [
            {
              rowId: administrative[MAX_ADMINISTRATIVE]!.rowId,
              params: { count: administrative.length, max: MAX_ADMINISTRATIVE },
            },
          ]
        : [];
    },
  },
  {
    id: 'title-below',
    clause: '（八）',
    severity: 'warning',
    field: PLAN.members,
    message: 'committee.rule.titleBelow',
    check: perMember((member) => isTechnical(member) && member.level === 'below'),
  },
  {
    id: 'title-unknown',
    clause: '（八）',
    severity: 'warning',
    field: PLAN.members,
    message: 'committee.rule.titleUnknown',
    check: perMember((member) => isTechnical(member) && member.level === 'unknown'),
  },
  {
    id: 'title-missing',
    clause: '（八）',
    severity: 'warning',
    field: PLAN.members,
    message: 'committee.rule.titleMissing',
    check: perMember((member) => isTechnical(member) && member.level === 'none'),
  },
  {
    id: 'term-four-years',
    clause: '（十）',
    severity: 'error',
    field: PLAN.termEnd,
    message: 'committee.rule.term',
    check: (values) => {
      const [start, end] = [values[PLAN.termStart], values[PLAN.termEnd]];
      // An empty or unreadable month is the field's own finding (必填, 未能识别为年月), not this rule's.
      if (!isStoredDate(start, 'month') || !isStoredDate(end, 'month')) return [];
      return isFourYearTerm(start, end) ? [] : [{ params: { start: monthText(start), end: monthText(end) } }];
    },
  },
];
