import { ExportOptionsSchema, type ExportOptions } from '../../../shared/settings';
import { CliError, EXIT } from '../io';
import { message } from '../messages';

/** Each print option of the command line: its accepted words and what they set. */
const CHOICES = {
  '--font-size': {
    三号: { tableFontSize: 16 },
    四号: { tableFontSize: 14 },
  },
  '--fonts': {
    gb: { fontScheme: 'gb2312' },
    windows: { fontScheme: 'windows' },
  },
  '--traditional': {
    labels: { traditional: true, traditionalContent: false },
    all: { traditional: true, traditionalContent: true },
  },
} as const satisfies Record<string, Record<string, Partial<ExportOptions>>>;

type Option = keyof typeof CHOICES;

/**
 * The print options the app's export panel offers, from `--font-size 三号|四号`, `--fonts gb|windows`
 * and `--traditional labels|all`; what is not given is the app's default. A word outside the
 * choices is wrong usage (exit 2), named with the words that are accepted.
 */
export function exportOptionsFrom(values: Map<string, string>): ExportOptions {
  let options = ExportOptionsSchema.parse({});
  for (const option of Object.keys(CHOICES) as Option[]) {
    const given = values.get(option);
    if (given === undefined) continue;
    const choices: Record<string, Partial<ExportOptions>> = CHOICES[option];
    const chosen = Object.hasOwn(choices, given) ? choices[given] : undefined;
    if (!chosen)
      throw new CliError(
        EXIT.usage,
        message('错误', `选项 ${option} 只接受 ${Object.keys(choices).join('、')}`, 'usage', given),
      );
    options = { ...options, ...chosen };
  }
  return options;
}
