/**
 * The app's keyboard shortcuts, one list for both hosts: the renderer handles the keys (so the
 * browser shell has them too) and Electron's menu only shows them (`registerAccelerator: false`),
 * so a key is never handled twice.
 */
export const SHORTCUTS = [
  { command: 'new-case', code: 'KeyN', ctrl: true, shift: false, alt: false },
  { command: 'new-material', code: 'KeyN', ctrl: true, shift: true, alt: false },
  { command: 'open-list', code: 'KeyO', ctrl: true, shift: false, alt: false },
  { command: 'save', code: 'KeyS', ctrl: true, shift: false, alt: false },
  { command: 'export', code: 'KeyE', ctrl: true, shift: false, alt: false },
  { command: 'import-package', code: 'KeyI', ctrl: true, shift: false, alt: false },
  { command: 'find', code: 'KeyF', ctrl: true, shift: false, alt: false },
  { command: 'previous-step', code: 'ArrowLeft', ctrl: false, shift: false, alt: true },
  { command: 'next-step', code: 'ArrowRight', ctrl: false, shift: false, alt: true },
] as const;

export type Shortcut = (typeof SHORTCUTS)[number];
export type ShortcutCommand = Shortcut['command'];

const keyName = (code: string) => code.replace(/^Key/, '').replace(/^Arrow/, '');

export function shortcutOf(command: ShortcutCommand): Shortcut {
  return SHORTCUTS.find((shortcut) => shortcut.command === command)!;
}

/** As Electron's menu writes it: `CmdOrCtrl+Shift+N`, `Alt+Left`. */
export function accelerator(command: ShortcutCommand): string {
  const { code, ctrl, shift, alt } = shortcutOf(command);
  return [ctrl && 'CmdOrCtrl', shift && 'Shift', alt && 'Alt', keyName(code)].filter(Boolean).join('+');
}

/** As a tooltip shows it to the user: `Ctrl+Shift+N`, `Alt+←` (⌘ on a Mac). */
export function shortcutText(command: ShortcutCommand, mac = false): string {
  const { code, ctrl, shift, alt } = shortcutOf(command);
  const key = ({ ArrowLeft: '←', ArrowRight: '→' } as Record<string, string>)[code] ?? keyName(code);
  return [ctrl && (mac ? '⌘' : 'Ctrl'), shift && 'Shift', alt && (mac ? '⌥' : 'Alt'), key]
    .filter(Boolean)
    .join('+');
}

/** For `aria-keyshortcuts`, in the names that attribute uses (`Control+S`, `Alt+ArrowRight`). */
export function ariaShortcut(command: ShortcutCommand, mac = false): string {
  const { code, ctrl, shift, alt } = shortcutOf(command);
  return [ctrl && (mac ? 'Meta' : 'Control'), shift && 'Shift', alt && 'Alt', code.replace(/^Key/, '')]
    .filter(Boolean)
    .join('+');
}

/** The command a key press means, if any: Ctrl (⌘ on a Mac) and the other modifiers exactly as listed. */
export function commandOfKey(
  event: { code: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean },
  mac = false,
): ShortcutCommand | undefined {
  const ctrl = mac ? event.metaKey : event.ctrlKey;
  const other = mac ? event.ctrlKey : event.metaKey;
  if (other) return undefined;
  return SHORTCUTS.find(
    (shortcut) =>
      shortcut.code === event.code &&
      shortcut.ctrl === ctrl &&
      shortcut.shift === event.shiftKey &&
      shortcut.alt === event.altKey,
  )?.command;
}
