import sharp, { type Metadata } from 'sharp';
import type { Attachment } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import { readDraftFile } from '../drafts/draft-files';
import { CONTENT_INNER, mm } from './page';

export type DocxImageType = 'jpg' | 'png' | 'gif' | 'bmp';

export interface LoadedImage {
  data: Buffer;
  type: DocxImageType;
  /** Pixels as displayed, EXIF orientation applied. */
  width: number;
  height: number;
}

const DOCX_TYPES: Record<string, DocxImageType> = { jpeg: 'jpg', png: 'png', gif: 'gif', bmp: 'bmp' };

/**
 * Reads an image of the draft as it is on disk: the print copy made when it was attached is
 * embedded as is, never re-encoded at export time. Only the header is parsed, to learn its size
 * and check it. `file` is the draft's name for it, read through the resolver, so nothing outside
 * the draft folder is ever embedded; `name` is what the user knows the file by, for the message.
 */
export async function loadImage(draftDir: string, file: string, name: string): Promise<LoadedImage> {
  let data: Buffer;
  try {
    data = await readDraftFile(draftDir, file);
  } catch {
    throw new DeskError('not-found', name);
  }
  let meta: Metadata;
  try {
    meta = await sharp(data).metadata();
  } catch {
    throw new DeskError('image-broken', name);
  }
  const type = meta.format ? DOCX_TYPES[meta.format] : undefined;
  if (!type) throw new DeskError('unsupported-file', name);
  if (!meta.width || !meta.height) throw new DeskError('image-broken', name);
  const turned = (meta.orientation ?? 1) >= 5;
  return { data, type, width: turned ? meta.height : meta.width, height: turned ? meta.width : meta.height };
}

/** How images are opened: `loadImage` itself, or a cache of it shared by the steps of one export. */
export type ImageLoader = typeof loadImage;

/**
 * A loader that reads and parses each file once, however many steps ask for it: preflight and the
 * builder of one export open the same print copies (about 0.5 MB each), and the bytes checked are
 * the bytes embedded. A file that failed fails the same way for every step.
 */
export function imageCache(): ImageLoader {
  const loaded = new Map<string, Promise<LoadedImage>>();
  return (draftDir, file, name) => {
    const key = `${draftDir}\0${file}`;
    let image = loaded.get(key);
    if (!image) {
      image = loadImage(draftDir, file, name);
      loaded.set(key, image);
    }
    return image;
  };
}

/** The file a printed image is made from: its print copy when one was made, else the original. */
export function printFileOf(attachment: Attachment): string {
  return attachment.printFile ?? attachment.file;
}

export function loadPrintImage(
  draftDir: string,
  attachment: Attachment,
  load: ImageLoader = loadImage,
): Promise<LoadedImage> {
  return load(draftDir, printFileOf(attachment), attachment.originalName);
}

/** Photos fill the content column, but a tall one stops at 7.5 cm so it does not swallow a page. */
const MAX_PHOTO_HEIGHT = mm(75);
/** The drawn signature: about as tall as a handwritten name. */
const SIGNATURE_BOX = { width: mm(40), height: mm(12) };

export interface Placement {
  /** Twips on paper. */
  width: number;
  height: number;
}

function fit(width: number, height: number, box: Placement): Placement {
  const scale = Math.min(box.width / width, box.height / height);
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

export function photoPlacement(image: Pick<LoadedImage, 'width' | 'height'>): Placement {
  return fit(image.width, image.height, { width: CONTENT_INNER, height: MAX_PHOTO_HEIGHT });
}

export function signaturePlacement(image: Pick<LoadedImage, 'width' | 'height'>): Placement {
  return fit(image.width, image.height, SIGNATURE_BOX);
}

/** Dots per inch the image prints at in its placed width. */
export function printDpi(image: Pick<LoadedImage, 'width'>, placement: Placement): number {
  return image.width / (placement.width / 1440);
}

/** docx sizes drawings in pixels at 96 to the inch. */
export function toDocxPixels(placement: Placement): { width: number; height: number } {
  return { width: Math.round(placement.width / 15), height: Math.round(placement.height / 15) };
}
