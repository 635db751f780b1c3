import type { AttachmentRole } from './draft';
import type { AttachmentRules } from './forms/types';

/**
 * What each role of attachment means, in one place: which forms take it (from their attachment
 * rules), which files the dialog offers for it, and the folder of the submission package its
 * files travel in (named for the organiser who opens it). Main's checks, the dialog, the package
 * and the wizard's groups all read this.
 */
export const ATTACHMENT_ROLES: Record<
  AttachmentRole,
  {
    /** Whether a form with these rules takes files of the role. */
    takenBy: (rules: AttachmentRules) => boolean;
    /** The dialog's filter; the content is still checked after the user picks. */
    extensions: string[];
    folder: string;
  }
> = {
  /** Printed in the form (the case's photos), or carried with it (the material's carriers). */
  image: {
    takenBy: (rules) => printsImages(rules) || rules.carriedMedia,
    extensions: ['jpg', 'jpeg', 'png'],
    folder: '图片',
  },
  video: {
    takenBy: (rules) => rules.carriedMedia,
    extensions: ['mp4', 'mov', 'mkv', 'avi', 'webm', 'm4v'],
    folder: '视频',
  },
  /** Scans of certificates, clippings: carried, never printed. */
  proof: {
    takenBy: (rules) => rules.proofFiles,
    extensions: ['pdf', 'jpg', 'jpeg', 'png'],
    folder: '证明材料',
  },
};

/** Whether the form prints images of role `image` (up to its max) rather than only carrying them. */
export function printsImages(rules: AttachmentRules): boolean {
  return rules.printedImages.max > 0;
}
