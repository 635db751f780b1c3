import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hasDisplay, NO_DISPLAY_EXIT, NO_DISPLAY_MESSAGE } from './start-plan';

/**
 * `npm start`: build, then run the desktop app. Where Electron's binary is missing and cannot be
 * fetched quickly (no internet), say so in one line and open the same app in the browser shell,
 * with its window. Where no window can open at all (no display), say so and what to run instead,
 * before building anything, and exit 2.
 */
const root = join(import.meta.dirname, '..');
const electronDir = join(root, 'node_modules', 'electron');
const FETCH_TIMEOUT_MS = 20_000;

function run(command: string, args: string[], timeout?: number): boolean {
  const result = spawnSync(command, args, { cwd: root, stdio: timeout ? 'ignore' : 'inherit', timeout });
  return result.status === 0;
}

function electronBinary(): string | undefined {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

function launch(command: string, args: string[]): void {
  const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('exit', (code) => process.exit(code ?? 0));
}

if (!hasDisplay(process.env, process.platform)) {
  process.stderr.write(NO_DISPLAY_MESSAGE);
  process.exit(NO_DISPLAY_EXIT);
}
if (!run('npm', ['run', '--silent', 'build'])) process.exit(1);
let binary = electronBinary();
if (!binary && existsSync(join(electronDir, 'install.js'))) {
  run(process.execPath, [join(electronDir, 'install.js')], FETCH_TIMEOUT_MS);
  binary = electronBinary();
}
if (binary) launch(binary, [root, ...process.argv.slice(2)]);
else {
  process.stderr.write(
    '没有 Electron 程序文件，也无法下载：改用浏览器外壳打开。\n' +
      'Electron is not installed and cannot be downloaded here; opening the browser shell instead.\n',
  );
  launch(process.execPath, [
    '--import',
    'tsx',
    join(root, 'electron', 'browser-shell', 'index.ts'),
    ...process.argv.slice(2),
  ]);
}
