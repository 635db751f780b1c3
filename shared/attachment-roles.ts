import type { AttachmentRole, Draft } from './draft';
import type { FormDefinition } from './forms/types';

/**
 * What each role of attachment means, in one place: which forms take it (those with an
 * attachments field of the role), which files the dialog offers for it, and the folder of the
 * submission package its files travel in (named for the organiser who opens it). Main's checks,
 * the dialog, the package and the wizard's groups all read this.
 */
export const ATTACHMENT_ROLES: Record<
  AttachmentRole,
  {
    /** The dialog's filter; the content is still checked after the user picks. */
    extensions: string[];
    folder: string;
  }
> = {
  /** Printed in the form (the case's photos), or carried with it (the material's carriers). */
  image: { extensions: ['jpg', 'jpeg', 'png'], folder: '图片' },
  video: { extensions: ['mp4', 'mov', 'mkv', 'avi', 'webm', 'm4v'], folder: '视频' },
  /** Scans of certificates, clippings: carried, never printed. */
  proof: { extensions: ['pdf', 'jpg', 'jpeg', 'png'], folder: '证明材料' },
};

/** Whether a form takes files of a role: it has an attachments field of that role. */
export function takesRole(form: FormDefinition, role: AttachmentRole): boolean {
  return form.fields.some((field) => field.type === 'attachments' && field.role === role);
}

/** How many images the form prints (the case's 1—2 photos); 0 when it only carries them. */
export function printedImageMax(form: FormDefinition): number {
  return Math.max(
    0,
    ...form.fields.map((field) =>
      field.type === 'attachments' && field.role === 'image' ? (field.printedMax ?? 0) : 0,
    ),
  );
}

/** Whether the form prints images of role `image` (up to its max) rather than only carrying them. */
export function printsImages(form: FormDefinition): boolean {
  return printedImageMax(form) > 0;
}

/**
 * The images a printed copy shows: the first `printedImageMax` of role image, in the draft's order.
 * The exporter, preflight and the page estimate all print or check exactly these.
 */
export function printedOf<A extends Pick<Draft['attachments'][number], 'role'>>(
  form: FormDefinition,
  attachments: readonly A[],
): A[] {
  return attachments.filter((a) => a.role === 'image').slice(0, printedImageMax(form));
}
