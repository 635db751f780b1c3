import { createInterface } from 'node:readline/promises';
import type { Dialogs } from '../services/context';

/** What a test (or script) answers the next dialog with: paths, one path, or null to cancel. */
export type DialogAnswer = string | string[] | null;

async function askTerminal(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await terminal.question(question)).trim();
  } finally {
    terminal.close();
  }
}

/**
 * The shell has no native dialogs. Answers come from a queue that tests fill; else, when a person
 * runs the shell in a terminal, from that terminal; else the dialog counts as cancelled, and the
 * services report `cancelled` to the UI like any other cancel.
 */
export function createShellDialogs(interactive: boolean = process.stdin.isTTY === true) {
  const queue: DialogAnswer[] = [];
  const revealed: { path: string; what: 'file' | 'folder' }[] = [];

  async function answer(question: string): Promise<DialogAnswer> {
    if (queue.length > 0) return queue.shift()!;
    if (!interactive) return null;
    const typed = await askTerminal(`${question} (empty = cancel): `);
    return typed === '' ? null : typed;
  }
  const asList = (value: DialogAnswer): string[] => (value === null ? [] : [value].flat());

  const dialogs: Dialogs = {
    async openFiles({ purpose, multiple }) {
      const paths = asList(await answer(`[submission-desk] path of the ${purpose} file to open`));
      return multiple ? paths : paths.slice(0, 1);
    },
    async saveFile({ purpose, defaultName }) {
      const path = asList(await answer(`[submission-desk] where to save the ${purpose} (${defaultName})`))[0];
      return path ?? null;
    },
    async reveal(path, what) {
      revealed.push({ path, what });
      process.stderr.write(`[submission-desk] ${what === 'file' ? 'open' : 'show folder of'} ${path}\n`);
    },
  };
  return {
    dialogs,
    /** Queues the answer to the next dialog. */
    queue: (next: DialogAnswer) => void queue.push(next),
    /** What the app asked to open or show, newest last (a desktop would have opened it). */
    revealed,
  };
}
export type ShellDialogs = ReturnType<typeof createShellDialogs>;
