import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FuseOptionsV1 } from 'app-builder-lib';
import { describe, expect, it } from 'vitest';

/**
 * What a test with Electron mocked cannot see: how the source uses Electron's dangerous APIs, and
 * how the packaged binary is locked down (Electron fuses, set by electron-builder at build time).
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx|cts|mts)$/.test(name))
    .map((name) => ({
      file: relative(ROOT, join(ROOT, dir, name)),
      text: readFileSync(join(ROOT, dir, name), 'utf8'),
    }));
}
const code = [...sources('electron'), ...sources('renderer/src'), ...sources('shared')];

describe('static scan of the source', () => {
  it('scans a real tree', () => {
    expect(code.length).toBeGreaterThan(50);
    expect(code.map((s) => s.file)).toContain('electron/main.ts');
  });

  it('never opens URLs with shell.openExternal, and only dialogs.ts reaches the desktop shell at all', () => {
    expect(code.filter((s) => /openExternal/.test(s.text)).map((s) => s.file)).toEqual([]);
    const importsShell = code.filter((s) =>
      /import\s*\{[^}]*\bshell\b[^}]*\}\s*from\s*'electron'/.test(s.text),
    );
    expect(importsShell.map((s) => s.file)).toEqual(['electron/dialogs.ts']);
    const used = [...importsShell[0]!.text.matchAll(/\bshell\.(\w+)/g)].map((m) => m[1]);
    // Both take a path that main itself wrote (the last export), never one from the page.
    expect(new Set(used)).toEqual(new Set(['openPath', 'showItemInFolder']));
  });

  it('turns no web security switch off anywhere', () => {
    const weakening = [
      /nodeIntegration\w*:\s*true/,
      /contextIsolation:\s*false/,
      /sandbox:\s*false/,
      /webSecurity:\s*false/,
      /allowRunningInsecureContent:\s*true/,
      /webviewTag:\s*true/,
      /enableBlinkFeatures|experimentalFeatures|enableRemoteModule/,
      /disable-web-security|allow-file-access-from-files/,
    ];
    for (const pattern of weakening)
      expect(
        code.filter((s) => pattern.test(s.text)).map((s) => s.file),
        String(pattern),
      ).toEqual([]);
  });

  it('the desktop app never drops the Chromium sandbox (the browser shell, a test host, may: Chromium refuses root without it)', () => {
    const desktop = code.filter((s) => !s.file.startsWith('electron/browser-shell/'));
    expect(desktop.filter((s) => /no-sandbox|appendSwitch/.test(s.text)).map((s) => s.file)).toEqual([]);
  });

  it('evaluates no strings as code and writes no raw HTML in the page', () => {
    const patterns = [
      /\beval\(/,
      /new Function\(/,
      /dangerouslySetInnerHTML/,
      /\.innerHTML\s*=/,
      /document\.write\(/,
      /\bwindow\.open\(/,
    ];
    for (const pattern of patterns)
      expect(
        code.filter((s) => pattern.test(s.text)).map((s) => s.file),
        String(pattern),
      ).toEqual([]);
  });

  it('exposes one API to the page, from the preload only', () => {
    expect(code.filter((s) => /exposeInMainWorld/.test(s.text)).map((s) => s.file)).toEqual([
      'electron/preload.ts',
    ]);
  });
});

/** The `electronFuses:` block of electron-builder.yml: a flat map of booleans. */
function fusesOf(yaml: string): Record<string, boolean> {
  const block = /^electronFuses:\n((?:[ \t]+.*\n?)*)/m.exec(yaml)?.[1] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/^\s+(\w+):\s*(true|false)\s*$/gm)].map((m) => [m[1]!, m[2] === 'true']),
  );
}

describe('Electron fuses in electron-builder.yml', () => {
  const fuses = fusesOf(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'));
  /** Typed by electron-builder's own option type, so a misspelt fuse cannot pass for a set one. */
  const required: Required<
    Omit<
      FuseOptionsV1,
      | 'loadBrowserProcessSpecificV8Snapshot'
      | 'grantFileProtocolExtraPrivileges'
      | 'resetAdHocDarwinSignature'
    >
  > = {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
  };

  it('the binary cannot be run as Node, take NODE_OPTIONS or --inspect, or load code from outside its checked asar', () => {
    expect(fuses).toMatchObject(required);
  });

  it('names only fuses electron-builder knows', () => {
    const known: (keyof FuseOptionsV1)[] = [
      ...(Object.keys(required) as (keyof FuseOptionsV1)[]),
      'loadBrowserProcessSpecificV8Snapshot',
      'grantFileProtocolExtraPrivileges',
      'resetAdHocDarwinSignature',
    ];
    for (const name of Object.keys(fuses)) expect(known).toContain(name);
  });
});
