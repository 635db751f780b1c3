import { spawn } from 'node:child_process';

/**
 * Runs a Node script and SIGKILLs it `delayMs` after it first writes to stdout: no handler runs,
 * no buffer is flushed, exactly as when the machine loses power to the process. Each complete
 * stdout line reaches `onLine` (the child's acknowledgements); a child that ends by itself fails.
 */
export function runAndKillAfterFirstOutput(
  script: string,
  args: string[],
  delayMs: number,
  onLine: (line: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      lines.forEach(onLine);
      timer ??= setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the child ended without being killed: ${stderr}`));
    });
  });
}
