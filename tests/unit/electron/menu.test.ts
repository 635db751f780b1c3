import { describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../../shared/settings';
import { defaultSettings } from '../../../shared/settings';
import { accelerator, SHORTCUTS } from '../../../shared/shortcuts';

const installed: unknown[] = [];
vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => installed.push(menu),
  },
}));
const { menuTemplate, setupMenu } = await import('../../../electron/menu');

type Item = {
  label?: string;
  accelerator?: string;
  registerAccelerator?: boolean;
  role?: string;
  click?: () => void;
  submenu?: Item[];
};

describe('application menu', () => {
  it('has 文件 / 编辑 / 视图 / 帮助, and 檔案 / 編輯 / 檢視 / 說明 in Taiwan usage', () => {
    expect(menuTemplate('zh-Hans', vi.fn()).map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(menuTemplate('zh-Hant', vi.fn()).map((m) => m.label)).toEqual(['檔案', '編輯', '檢視', '說明']);
  });

  it('gives every item a label and sends app commands to the page', () => {
    const send = vi.fn();
    const items = (menuTemplate('zh-Hans', send) as Item[]).flatMap((m) => m.submenu ?? []);
    for (const item of items.filter((i) => !('type' in i))) expect(item.label).toBeTruthy();
    const save = items.find((i) => i.accelerator === 'CmdOrCtrl+S')!;
    save.click!();
    expect(send).toHaveBeenCalledWith('save');
    expect(items.find((i) => i.role === 'undo')?.label).toBe('撤销');
  });

  it('shows every shortcut the page handles, once, without registering it (no double handling)', () => {
    const send = vi.fn();
    const items = (menuTemplate('zh-Hans', send) as Item[]).flatMap((m) => m.submenu ?? []);
    for (const shortcut of SHORTCUTS) {
      const shown = items.filter((i) => i.accelerator === accelerator(shortcut.command));
      expect(shown, shortcut.command).toHaveLength(1);
      expect(shown[0]!.registerAccelerator).toBe(false);
      shown[0]!.click!();
      expect(send).toHaveBeenLastCalledWith(shortcut.command);
    }
    expect(items.find((i) => i.accelerator === 'Alt+Right')?.label).toBe('下一步');
    expect(items.find((i) => i.accelerator === 'CmdOrCtrl+F')?.label).toBe('查找和替换…');
  });

  it('is rebuilt when the language setting changes', () => {
    let current: Settings = defaultSettings();
    let notify: (s: Settings) => void = () => undefined;
    const settings = {
      get: () => current,
      update: vi.fn(),
      notices: [],
      subscribe: (listener: (s: Settings) => void) => {
        notify = listener;
        return () => undefined;
      },
    };
    setupMenu(settings, vi.fn());
    current = { ...current, language: 'zh-Hant' };
    notify(current);
    expect(installed.map((menu) => (menu as Item[])[0]!.label)).toEqual(['文件', '檔案']);
  });
});
