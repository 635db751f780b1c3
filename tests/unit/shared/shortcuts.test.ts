import { describe, expect, it } from 'vitest';
import { events } from '../../../shared/ipc';
import { accelerator, ariaShortcut, commandOfKey, SHORTCUTS, shortcutText } from '../../../shared/shortcuts';

const key = (
  code: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => ({
  code,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('keyboard shortcuts', () => {
  it('are commands the menu can send, each key used once', () => {
    for (const shortcut of SHORTCUTS) expect(events['menu:command'].options).toContain(shortcut.command);
    const keys = SHORTCUTS.map((s) => `${s.ctrl}${s.shift}${s.alt}${s.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('are written for the menu, the tooltip and aria-keyshortcuts', () => {
    expect(accelerator('new-material')).toBe('CmdOrCtrl+Shift+N');
    expect(accelerator('next-step')).toBe('Alt+Right');
    expect(shortcutText('save')).toBe('Ctrl+S');
    expect(shortcutText('save', true)).toBe('⌘+S');
    expect(shortcutText('previous-step')).toBe('Alt+←');
    expect(ariaShortcut('find')).toBe('Control+F');
    expect(ariaShortcut('next-step')).toBe('Alt+ArrowRight');
  });

  it('match a key press with exactly the listed modifiers, ⌘ instead of Ctrl on a Mac', () => {
    expect(commandOfKey(key('KeyS', { ctrlKey: true }))).toBe('save');
    expect(commandOfKey(key('KeyN', { ctrlKey: true, shiftKey: true }))).toBe('new-material');
    expect(commandOfKey(key('ArrowRight', { altKey: true }))).toBe('next-step');
    expect(commandOfKey(key('KeyS'))).toBeUndefined();
    expect(commandOfKey(key('KeyS', { ctrlKey: true, altKey: true }))).toBeUndefined();
    expect(commandOfKey(key('ArrowRight', { altKey: true, ctrlKey: true }))).toBeUndefined();
    expect(commandOfKey(key('KeyS', { metaKey: true }), true)).toBe('save');
    expect(commandOfKey(key('KeyS', { ctrlKey: true }), true)).toBeUndefined();
  });
});
