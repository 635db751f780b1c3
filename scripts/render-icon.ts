import sharp from 'sharp';

/** Renders the app icon's PNG sizes from its SVG source; the PNGs are committed. */
for (const size of [512, 256]) {
  await sharp('resources/icon.svg', { density: 384 })
    .resize(size, size)
    .png()
    .toFile(`resources/icon-${size}.png`);
}
