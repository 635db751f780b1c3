import type { CoverItem, FormKind } from './types';

export const FORM_TITLE = '计量创新案例和计量文化科普素材征集表';

/** Printed labels under each item of the unit's opinion cell (same in both forms). */
export const SIGNATURE_LABELS = {
  signer: '报送人签字：',
  opinion: '所在单位/主管部门意见：',
  stamp: '盖章：',
  blankDate: '年　月　日',
} as const;

export const DEFAULT_OPINION = '同意报送。';

/** The cover block: only the first item's label differs between the forms. */
export function coverItems(kind: FormKind, titleLabel: string): CoverItem[] {
  const item = (
    id: CoverItem['id'],
    label: string,
    extra: Partial<Pick<CoverItem, 'check' | 'fromProfile'>> = {},
  ): CoverItem => ({
    id,
    key: `${kind}.cover.${id}`,
    label,
    name: label.replace(/\s+/g, ''),
    fromProfile: false,
    ...extra,
  });
  return [
    item('title', titleLabel),
    item('unit', '报送单位', { fromProfile: true }),
    item('contact', '联 系 人', { fromProfile: true }),
    item('phone', '联系电话', { fromProfile: true, check: 'phone' }),
    item('email', '电子信箱', { fromProfile: true, check: 'email' }),
    item('address', '联系地址', { fromProfile: true }),
  ];
}
