import { z } from 'zod';
import { DEFAULT_EXPORT_OPTIONS as DEFAULTS } from './export-options';
import { LANGUAGES } from './languages';

export const LanguageSchema = z.enum(LANGUAGES);
export type { Language } from './languages';

export const UnitProfileSchema = z.object({
  unit: z.string().max(500).default(''),
  contact: z.string().max(200).default(''),
  phone: z.string().max(200).default(''),
  email: z.string().max(500).default(''),
  address: z.string().max(500).default(''),
});
export type UnitProfile = z.infer<typeof UnitProfileSchema>;

/** GB2312 fonts as the standard asks for, or the faces that ship with every Windows PC. */
export const FontSchemeSchema = z.enum(['gb2312', 'windows']);
export type FontScheme = z.infer<typeof FontSchemeSchema>;

export const ExportOptionsSchema = z.object({
  fontScheme: FontSchemeSchema.default(DEFAULTS.fontScheme),
  /** 三号 (16 pt) by default; 四号 (14 pt) fits more on a page. */
  tableFontSize: z.union([z.literal(16), z.literal(14)]).default(DEFAULTS.tableFontSize),
  /** Print the form's labels in traditional characters. */
  traditional: z.boolean().default(DEFAULTS.traditional),
  /** With `traditional`, convert the user's text too. */
  traditionalContent: z.boolean().default(DEFAULTS.traditionalContent),
});
export type ExportOptions = z.infer<typeof ExportOptionsSchema>;

export const WindowStateSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(10000),
  height: z.number().int().min(300).max(10000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

/**
 * What electron-store keeps (docs/DRAFTS.md): preferences and the unit profile, never drafts.
 * Every key has a default so that a missing or reset file still yields a full object.
 */
export const SettingsSchema = z.object({
  language: LanguageSchema.default('zh-Hans'),
  unitProfile: UnitProfileSchema.default(UnitProfileSchema.parse({})),
  exportOptions: ExportOptionsSchema.default(ExportOptionsSchema.parse({})),
  /** Convert pasted traditional text to simplified. */
  pasteToSimplified: z.boolean().default(false),
  window: WindowStateSchema.default({ width: 1280, height: 860, maximized: false }),
});
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * The keys to change, each replaced whole. Written out rather than `SettingsSchema.partial()`:
 * zod 4 fills defaults even inside `.optional()`, so a partial of defaulted keys would turn a patch
 * of one key into a reset of all the others.
 */
export const SettingsPatchSchema = z
  .object({
    language: LanguageSchema.optional(),
    unitProfile: UnitProfileSchema.optional(),
    exportOptions: ExportOptionsSchema.optional(),
    pasteToSimplified: z.boolean().optional(),
    window: WindowStateSchema.optional(),
  })
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

export const defaultSettings = (): Settings => SettingsSchema.parse({});
