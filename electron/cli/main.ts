import * as count from './commands/count';
import * as exportCommand from './commands/export';
import * as forms from './commands/forms';
import * as importCommand from './commands/import';
import * as newCommand from './commands/new';
import * as rollup from './commands/rollup';
import * as validate from './commands/validate';
import { CliError, EXIT, type CliIO } from './io';
import { message } from './messages';
import { loadFormsModule } from '../services/forms/module';

/**
 * The command line runs the same services as the app (the README's 命令行 section). Standard output holds only
 * the result; messages go to standard error.
 */
interface Command {
  usage: string;
  run: (args: string[], io: CliIO) => Promise<number>;
}

const commands: Record<string, Command> = {
  count,
  validate,
  export: exportCommand,
  forms,
  new: newCommand,
  import: importCommand,
  rollup,
};

function usage(): string {
  return [
    message('错误', '用法：submission-desk <命令> …', 'usage'),
    ...Object.values(commands).map((c) => `  ${c.usage}`),
  ].join('\n');
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? commands[name] : undefined;
  if (!command) {
    io.err(usage());
    return EXIT.usage;
  }
  try {
    await loadFormsModule();
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(message('错误', '内部错误，操作没有完成', 'internal', detail));
    return EXIT.invalidInput;
  }
}
