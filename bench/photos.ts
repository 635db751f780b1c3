import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { caseFull, caseFullDir } from './sample';

/** A 12-megapixel phone photo: 4000 × 3000. */
export const PHOTO = { width: 4000, height: 3000 };

/**
 * Camera-sized JPEGs made from the sample's drawn scenes: enlarged to 12 megapixels, with sensor
 * noise laid over them so they compress like real photos (a few MB each), not like flat drawings.
 */
export async function makePhotos(dir: string): Promise<string[]> {
  const images = caseFull.attachments.filter((attachment) => attachment.role === 'image');
  return Promise.all(
    images.map(async (attachment, i) => {
      const noise = await sharp({
        create: {
          ...PHOTO,
          channels: 3,
          background: '#808080',
          noise: { type: 'gaussian', mean: 128, sigma: 24 + i * 4 },
        },
      })
        .png()
        .toBuffer();
      const bytes = await sharp(join(caseFullDir, attachment.file))
        .resize({ ...PHOTO, fit: 'cover' })
        .composite([{ input: noise, blend: 'soft-light' }])
        .jpeg({ quality: 92 })
        .toBuffer();
      const file = join(dir, attachment.originalName);
      await writeFile(file, bytes);
      return file;
    }),
  );
}
