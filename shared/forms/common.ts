import type { CoverItem, FieldLimit, FormKind } from './types';

export const FORM_TITLE = '计量创新案例和计量文化科普素材征集表';

/** Printed labels under each item of the unit's opinion cell (same in both forms). */
export const SIGNATURE_LABELS = {
  signer: '报送人签字：',
  opinion: '所在单位/主管部门意见：',
  stamp: '盖章：',
  // Two U+3000 each, as the attachment leaves room for a hand to write the month and day.
  blankDate: '年　　月　　日',
} as const;

export const DEFAULT_OPINION = '同意报送。';

const words = (max: number): FieldLimit => ({ max, unit: 'words' });
const chars = (max: number): FieldLimit => ({ max, unit: 'chars' });

/** What fits beside the stamp and under the signature (docs/LAYOUT.md, "Limits"). */
export const DECLARATION_LIMITS = { signerLimit: words(10), opinionLimit: words(100) } as const;

/** What fits on each underline of the cover with the cover alone on page 1 (docs/LAYOUT.md). */
const COVER_LIMITS: Record<CoverItem['id'], FieldLimit> = {
  title: words(60),
  unit: words(30),
  contact: words(20),
  phone: chars(40),
  email: chars(50),
  address: words(45),
};

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
    limit: COVER_LIMITS[id],
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
