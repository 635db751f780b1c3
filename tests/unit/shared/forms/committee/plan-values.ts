import type { Draft } from '../../../../../shared/draft';
import type { CellValue, Row } from '../../../../../shared/forms/fields';
import { MEMBER, PLAN } from '../../../../../shared/forms/committee/members';

type Cells = Partial<Record<keyof typeof MEMBER, CellValue>>;

let next = 0;
/** A member row keyed by column id; a technical 委员 at 高级工程师 unless told otherwise. */
export function member(cells: Cells = {}): Row {
  next++;
  return {
    id: `m${next}`,
    cells: {
      name: `委员${next}`,
      unit: `单位${next}`,
      title: '高级工程师',
      role: '委员',
      category: '技术专业人员',
      ...cells,
    },
  };
}

/**
 * A plan that keeps every rule: 1 主任委员, 2 副主任委员, 1 秘书长 and 12 委员 from units of one or
 * two members, 2 行政管理人员, a term of 2023年7月–2027年6月.
 */
export function validPlan(): Draft['values'] {
  const rows = [
    member({ role: '主任委员', title: '研究员', unit: '上海市计量测试技术研究院' }),
    member({ role: '副主任委员', title: '教授' }),
    member({ role: '副主任委员', title: '副教授' }),
    member({ role: '秘书长', unit: '上海市计量测试技术研究院' }),
    ...Array.from({ length: 10 }, () => member()),
    member({ category: '行政管理人员', title: '' }),
    member({ category: '行政管理人员', title: '' }),
  ];
  return {
    [PLAN.name]: '上海市碳计量技术委员会',
    [PLAN.legal]: false,
    [PLAN.termStart]: '2023-07',
    [PLAN.termEnd]: '2027-06',
    [PLAN.members]: rows,
  };
}

export const rowsIn = (values: Draft['values']): Row[] => values[PLAN.members] as Row[];
