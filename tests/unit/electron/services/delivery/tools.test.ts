import { describe, expect, it } from 'vitest';
import { findSoffice, SOFFICE_ENV, type Lookup } from '../../../../../electron/services/delivery/tools';

/** A machine with exactly these executables. */
const machine = (platform: NodeJS.Platform, env: NodeJS.ProcessEnv, executables: string[]): Lookup => ({
  platform,
  env,
  isExecutable: (path) => executables.includes(path),
});

describe('findSoffice', () => {
  it('takes soffice, then libreoffice, from PATH', () => {
    expect(findSoffice(machine('linux', { PATH: '/opt/bin:/usr/bin' }, ['/usr/bin/soffice']))).toBe(
      '/usr/bin/soffice',
    );
    expect(findSoffice(machine('linux', { PATH: '/opt/bin' }, ['/opt/bin/libreoffice']))).toBe(
      '/opt/bin/libreoffice',
    );
  });

  it('finds the Windows install folder LibreOffice does not add to PATH', () => {
    const exe = 'C:\\Program Files\\LibreOffice\\program\\soffice.exe';
    expect(findSoffice(machine('win32', { Path: 'C:\\Windows' }, [exe]))).toBe(exe);
  });

  it('finds the macOS app and the Linux program folder', () => {
    const mac = '/Applications/LibreOffice.app/Contents/MacOS/soffice';
    expect(findSoffice(machine('darwin', { PATH: '/usr/bin' }, [mac]))).toBe(mac);
    const opt = '/opt/libreoffice/program/soffice';
    expect(findSoffice(machine('linux', { PATH: '' }, [opt]))).toBe(opt);
  });

  it('follows SUBMISSION_DESK_SOFFICE, and an empty one means none', () => {
    const everything = ['/usr/bin/soffice', '/portable/soffice'];
    expect(
      findSoffice(machine('linux', { PATH: '/usr/bin', [SOFFICE_ENV]: '/portable/soffice' }, everything)),
    ).toBe('/portable/soffice');
    expect(findSoffice(machine('linux', { PATH: '/usr/bin', [SOFFICE_ENV]: '' }, everything))).toBeNull();
    expect(
      findSoffice(machine('linux', { PATH: '/usr/bin', [SOFFICE_ENV]: '/gone' }, everything)),
    ).toBeNull();
  });

  it('is null on a machine without LibreOffice', () => {
    expect(findSoffice(machine('win32', { Path: 'C:\\Windows' }, []))).toBeNull();
  });
});
