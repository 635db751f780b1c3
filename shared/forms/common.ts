import { attachmentsContent, sortedValues } from '../content';
import type { Draft } from '../draft';
import type { Field } from './fields';
import type {
  CoverItem,
  FieldLimit,
  FormDefinition,
  FormId,
  FormStep,
  Paper610,
  PartTotal,
  StepScreen,
} from './types';

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
export function coverItems(kind: FormId, titleLabel: string): CoverItem[] {
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

/** What a 610 form is written as: the attachment's blocks; the typed fields and the rest follow from them. */
export type Form610 = Pick<FormDefinition, 'id' | 'key' | 'kindName' | 'title'> &
  Paper610 & {
    subtitle: string;
    /** The wizard's steps, by the 610 step ids (`STEPS_610`), in wizard order. */
    steps: (keyof typeof STEPS_610)[];
  };

/** The 610 steps and the screen each is written on. */
const STEPS_610 = {
  cover: 'cover',
  summary: 'writing',
  body: 'writing',
  attachments: 'attachments',
  proof: 'writing',
  declaration: 'declaration',
  review: 'review',
} as const satisfies Record<string, StepScreen>;

const PROFILE_KEYS = {
  unit: 'unit',
  contact: 'contact',
  phone: 'phone',
  email: 'email',
  address: 'address',
} as const;

/** The typed fields of a 610 form, in printed order: the cover, the parts, the files, the declaration. */
function fieldsOf610(form: Form610): Field[] {
  const cover: Field[] = form.cover.map((item) => ({
    type: 'text',
    id: item.id,
    key: item.key,
    label: item.label,
    name: item.name,
    required: true,
    limit: item.limit,
    ...(item.check ? { check: item.check } : {}),
    ...(item.fromProfile && item.id !== 'title' ? { fromProfile: PROFILE_KEYS[item.id] } : {}),
  }));
  const parts: Field[] = form.sections.flatMap((section) =>
    section.parts.map((part) => ({
      type: 'longText',
      id: part.id,
      key: part.key,
      label: part.heading ?? section.label,
      name: part.name,
      required: part.required,
      ...(part.limit ? { limit: part.limit } : {}),
      ...(part.heading ? { heading: part.heading } : {}),
      ...(section.guidance ? { guidance: section.guidance } : {}),
    })),
  );
  const { printedImages, carriedMedia, proofFiles } = form.attachments;
  // Named as the package's folders name them (图片, 视频, 证明材料; docs/DELIVERY.md).
  const files: Field[] = [
    ...(printedImages.max > 0
      ? [{ role: 'image', label: '图片', printedMax: printedImages.max } as const]
      : []),
    ...(carriedMedia
      ? [{ role: 'image', label: '图片' } as const, { role: 'video', label: '视频' } as const]
      : []),
    ...(proofFiles ? [{ role: 'proof', label: '证明材料' } as const] : []),
  ].map((file) => ({
    type: 'attachments',
    id: `attachments-${file.role}`,
    key: `${form.key}.attachments.${file.role}`,
    name: file.label,
    required: false,
    ...file,
  }));
  const declaration: Field = {
    type: 'signature',
    id: 'declaration',
    key: form.declaration.key,
    label: form.declaration.text,
    name: form.declaration.text,
    required: true,
    statement: form.declaration.text,
    signerLimit: form.declaration.signerLimit,
    opinionLimit: form.declaration.opinionLimit,
  };
  return [...cover, ...parts, ...files, declaration];
}

/**
 * The content of a 610 draft in the format-1 shape (`kind`, `cover`, `fields`): the hash of a
 * draft whose content did not change since format 1 stays the one printed on its paper copy.
 */
function content610(form: Form610, draft: Draft): Record<string, unknown> {
  const coverIds = new Set<string>(form.cover.map((item) => item.id));
  const text = (id: string) => {
    const value = draft.values[id];
    return typeof value === 'string' ? value : '';
  };
  return {
    kind: draft.form,
    campaignId: draft.campaignId,
    cover: Object.fromEntries(form.cover.map((item) => [item.id, text(item.id)])),
    fields: sortedValues(
      Object.fromEntries(Object.entries(draft.values).filter(([id]) => !coverIds.has(id))),
    ),
    attachments: attachmentsContent(draft),
    declaration: draft.declaration,
  };
}

/** The fields a 610 step holds: the cover's items, its sections' parts, the files, the declaration. */
function stepsOf610(form: Form610, fields: Field[]): FormStep[] {
  return form.steps.map((id) => {
    const screen = STEPS_610[id];
    const ids =
      screen === 'cover'
        ? form.cover.map((item) => item.id)
        : screen === 'writing'
          ? form.sections.filter((s) => s.step === id).flatMap((s) => s.parts.map((p) => p.id))
          : fields
              .filter((f) => f.type === (screen === 'attachments' ? 'attachments' : 'signature'))
              .map((f) => f.id);
    return { id, screen, fields: screen === 'review' ? [] : ids };
  });
}

/** A form of the 610 call: its blocks as written, printed by the `form-610` layout. */
export function form610(form: Form610): FormDefinition {
  const { id, key, kindName, title, subtitle, cover, sections, declaration, attachments, recentWork } = form;
  const ids = [...cover.map((item) => item.id), ...sections.flatMap((s) => s.parts.map((p) => p.id))];
  const fields = fieldsOf610(form);
  const totals: PartTotal[] = sections.flatMap((s) =>
    s.totalLimit
      ? [{ id: s.id, key: s.key, label: s.label, fields: s.parts.map((p) => p.id), limit: s.totalLimit }]
      : [],
  );
  const body = sections.find((s) => s.step === 'body');
  return {
    id,
    key,
    kindName,
    title,
    subtitle,
    layout: 'form-610',
    fields,
    totals,
    ...(body ? { body: body.totalLimit ? body.id : body.parts[0]!.id } : {}),
    steps: stepsOf610(form, fields),
    titleField: 'title',
    unitField: 'unit',
    rules: [],
    emptyValues: () => Object.fromEntries(ids.map((id) => [id, ''])),
    content: (draft) => content610(form, draft),
    paper610: { cover, sections, declaration, attachments, ...(recentWork ? { recentWork } : {}) },
  };
}
