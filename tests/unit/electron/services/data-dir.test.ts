import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../../../electron/services/data-dir';

describe('defaultDataDir', () => {
  it('follows XDG on Linux, with ~/.config as the fallback', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x/cfg' }, '/home/u')).toBe('/x/cfg/submission-desk');
    expect(defaultDataDir('linux', {}, '/home/u')).toBe('/home/u/.config/submission-desk');
  });

  it('uses APPDATA on Windows and Application Support on macOS', () => {
    expect(defaultDataDir('win32', { APPDATA: 'C:/Users/u/AppData/Roaming' }, 'C:/Users/u')).toMatch(
      /Roaming[\\/]submission-desk$/,
    );
    expect(defaultDataDir('darwin', {}, '/Users/u')).toBe(
      '/Users/u/Library/Application Support/submission-desk',
    );
  });
});
