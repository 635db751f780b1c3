import { readFile } from 'node:fs/promises';
import { message } from './messages';

/** Exit codes of the command line (the README's 命令行 section): scripts rely on them. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, toolMissing: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
  }
}

export interface CliIO {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Reads a UTF-8 file with its BOM, if any, removed; a missing file is invalid input, not a crash. */
export async function readText(file: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(
      EXIT.invalidInput,
      message('错误', '无法读取文件', 'unreadable', `${file}（${(error as Error).message}）`),
    );
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Splits `--flag value` and `--switch` options from positional arguments. */
export function parseArgs(
  args: string[],
  spec: { switches?: string[]; values?: string[] },
): { positional: string[]; switches: Set<string>; values: Map<string, string> } {
  const positional: string[] = [];
  const switches = new Set<string>();
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (spec.switches?.includes(arg)) switches.add(arg);
    else if (spec.values?.includes(arg)) {
      const value = args[++i];
      if (value === undefined) throw new CliError(EXIT.usage, message('错误', '选项缺少取值', 'usage', arg));
      values.set(arg, value);
    } else if (arg.startsWith('--'))
      throw new CliError(EXIT.usage, message('错误', '未知选项', 'usage', arg));
    else positional.push(arg);
  }
  return { positional, switches, values };
}
