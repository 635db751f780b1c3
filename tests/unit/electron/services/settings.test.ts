import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/settings';
import { confStore } from '../../../../electron/services/conf-store';
import { openSettings } from '../../../../electron/services/settings';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-settings-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const file = () => join(dir, 'settings.json');
const at = new Date('2024-05-06T07:08:09.010Z');

describe('settings over conf', () => {
  it('starts from defaults and keeps an update across reopening', () => {
    const first = openSettings(dir, confStore);
    expect(first.get()).toEqual(defaultSettings());
    expect(first.update({ language: 'zh-Hant' }).language).toBe('zh-Hant');
    const again = openSettings(dir, confStore);
    expect(again.get().language).toBe('zh-Hant');
    expect(again.notices).toEqual([]);
  });

  it('tells subscribers about updates until they unsubscribe', () => {
    const settings = openSettings(dir, confStore);
    const seen: string[] = [];
    const stop = settings.subscribe((s) => seen.push(s.language));
    settings.update({ language: 'zh-Hant' });
    stop();
    settings.update({ language: 'zh-Hans' });
    expect(seen).toEqual(['zh-Hant']);
  });

  it.each([
    ['unparseable JSON', '{"language": "zh-Hant",'],
    ['a value the schema refuses', JSON.stringify({ language: 'klingon' })],
    ['not an object', '[1, 2, 3]'],
  ])('sets a file with %s aside, starts from defaults and reports it', (_what, content) => {
    writeFileSync(file(), content);
    const settings = openSettings(dir, confStore, at);
    const backup = 'settings.corrupt-2024-05-06T07-08-09-010Z.json';
    expect(settings.notices).toEqual([{ code: 'settings-recovered', detail: backup }]);
    expect(readFileSync(join(dir, backup), 'utf8')).toBe(content);
    expect(settings.get()).toEqual(defaultSettings());
    settings.update({ pasteToSimplified: true });
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toMatchObject({ pasteToSimplified: true });
    expect(readdirSync(dir).sort()).toEqual([backup, 'settings.json']);
  });

  it('fills keys missing from an older file with defaults without calling it corrupt', () => {
    writeFileSync(file(), JSON.stringify({ language: 'zh-Hant' }));
    const settings = openSettings(dir, confStore);
    expect(settings.notices).toEqual([]);
    expect(settings.get()).toEqual({ ...defaultSettings(), language: 'zh-Hant' });
  });
});

describe('a settings patch', () => {
  it('changes only the keys it names', () => {
    const settings = openSettings(dir, confStore);
    settings.update({
      unitProfile: { unit: '某区市场监管局', contact: '王', phone: '', email: '', address: '' },
    });
    settings.update({ language: 'zh-Hant' });
    expect(settings.get().unitProfile.unit).toBe('某区市场监管局');
  });
});
