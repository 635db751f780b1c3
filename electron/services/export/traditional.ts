/**
 * Simplified → traditional (Taiwan standard) with OpenCC. Its tables are about 1 MB, so they load
 * only when a traditional export is asked for, and once per process.
 */
let converter: Promise<(text: string) => string> | undefined;

export function toTraditional(): Promise<(text: string) => string> {
  converter ??= import('opencc-js/cn2t').then((OpenCC) => OpenCC.Converter({ from: 'cn', to: 'tw' }));
  return converter;
}
