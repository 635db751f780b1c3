import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { hasDisplay, NO_DISPLAY_MESSAGE } from '../../../scripts/start-plan';

describe('npm start', () => {
  it('counts a display where X11 or Wayland names one, and always on Windows and macOS', () => {
    expect(hasDisplay({}, 'linux')).toBe(false);
    expect(hasDisplay({ DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(hasDisplay({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(hasDisplay({ DISPLAY: '' }, 'freebsd')).toBe(false);
    expect(hasDisplay({}, 'win32')).toBe(true);
    expect(hasDisplay({}, 'darwin')).toBe(true);
  });

  it('with no display and standard input closed: says so in Chinese and English and exits 2 within 60 s', () => {
    const env = { ...process.env };
    delete env.DISPLAY;
    delete env.WAYLAND_DISPLAY;
    const started = Date.now();
    const result = spawnSync('npm', ['start'], { env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(result.status).toBe(2);
    const stderr = result.stderr.toString();
    expect(stderr).toContain(NO_DISPLAY_MESSAGE);
    for (const named of [
      '没有图形显示',
      'no graphical display',
      'npm run browser -- --headless --cdp-port',
      'npm run --silent cli -- export',
    ])
      expect(stderr).toContain(named);
  }, 70_000);
});
