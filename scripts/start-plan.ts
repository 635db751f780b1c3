/**
 * What `npm start` can open on this machine. Electron and the browser shell both need a window;
 * on Linux (and other X11/Wayland systems) that takes a display, elsewhere there always is one.
 */
export function hasDisplay(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): boolean {
  if (platform === 'win32' || platform === 'darwin') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** The one message `npm start` gives where no window can open, and what to run instead. */
export const NO_DISPLAY_MESSAGE = [
  '征集表填报助手无法启动：这台电脑没有图形显示（DISPLAY 和 WAYLAND_DISPLAY 都未设置），',
  '桌面应用（Electron）和浏览器外壳都无法打开窗口。可以改用：',
  '  不显示窗口的浏览器外壳：npm run browser -- --headless --cdp-port 9222',
  '    （再用 Chromium 的远程调试连接 http://127.0.0.1:9222）',
  '  命令行：npm run --silent cli -- export <draft.json> --out <文件.docx> [--pdf]',
  '',
  'Submission Desk cannot start: this machine has no graphical display (neither DISPLAY nor',
  'WAYLAND_DISPLAY is set), so neither the desktop app (Electron) nor the browser shell can open a',
  'window. Instead, use:',
  '  the browser shell without a window: npm run browser -- --headless --cdp-port 9222',
  '    (then connect with Chromium remote debugging at http://127.0.0.1:9222)',
  '  the command line: npm run --silent cli -- export <draft.json> --out <file.docx> [--pdf]',
  '',
].join('\n');

/** `npm start` exits with this where it cannot open a window: a usage problem, not a crash. */
export const NO_DISPLAY_EXIT = 2;
