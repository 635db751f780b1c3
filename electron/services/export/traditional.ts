/**
 * OpenCC conversions, Taiwan standard on the traditional side. Their tables are about 1 MB each
 * way, so each loads only when first needed (a traditional export, the mixed-script check), and
 * once per process.
 */
type Convert = (text: string) => string;
let toTraditionalConverter: Promise<Convert> | undefined;
let toSimplifiedConverter: Promise<Convert> | undefined;

export function toTraditional(): Promise<Convert> {
  toTraditionalConverter ??= import('opencc-js/cn2t').then((OpenCC) =>
    OpenCC.Converter({ from: 'cn', to: 'tw' }),
  );
  return toTraditionalConverter;
}

export function toSimplified(): Promise<Convert> {
  toSimplifiedConverter ??= import('opencc-js/t2cn').then((OpenCC) =>
    OpenCC.Converter({ from: 'tw', to: 'cn' }),
  );
  return toSimplifiedConverter;
}
