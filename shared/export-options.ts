/**
 * The print options' defaults, in a module without zod so that the renderer's first chunk can hold
 * them (the home screen reads them before the settings arrive; docs/PERFORMANCE.md, cold load).
 * `ExportOptionsSchema` in settings.ts takes its defaults from here.
 */
export const DEFAULT_EXPORT_OPTIONS = {
  fontScheme: 'gb2312',
  tableFontSize: 16,
  traditional: false,
  traditionalContent: false,
} as const;
