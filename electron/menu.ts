import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { EventOf } from '../shared/ipc';
import type { Language } from '../shared/settings';
import { accelerator, type ShortcutCommand } from '../shared/shortcuts';
import zhHans from '../resources/locales/zh-Hans/menu.json' with { type: 'json' };
import zhHant from '../resources/locales/zh-Hant/menu.json' with { type: 'json' };
import type { SettingsService } from './services/settings';

export type MenuLabels = typeof zhHans;
export type MenuCommand = EventOf<'menu:command'>;

const labels: Record<Language, MenuLabels> = { 'zh-Hans': zhHans, 'zh-Hant': zhHant };

/**
 * 文件 / 编辑 / 视图 / 帮助 with the usual shortcuts; app commands go to the page as `menu:command`.
 * The page handles the app's own shortcut keys (`shared/shortcuts.ts`, the same in the browser
 * shell), so the menu shows them without registering them: one key press, one command.
 */
export function menuTemplate(
  language: Language,
  send: (command: MenuCommand) => void,
): MenuItemConstructorOptions[] {
  const l = labels[language];
  const command = (label: string, name: MenuCommand & ShortcutCommand): MenuItemConstructorOptions => ({
    label,
    accelerator: accelerator(name),
    registerAccelerator: false,
    click: () => send(name),
  });
  return [
    {
      label: l.file.label,
      submenu: [
        command(l.file.newCase, 'new-case'),
        command(l.file.newMaterial, 'new-material'),
        command(l.file.openList, 'open-list'),
        { type: 'separator' },
        command(l.file.save, 'save'),
        command(l.file.export, 'export'),
        command(l.file.importPackage, 'import-package'),
        { type: 'separator' },
        { role: 'quit', label: l.file.quit, accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: l.edit.label,
      submenu: [
        { role: 'undo', label: l.edit.undo },
        { role: 'redo', label: l.edit.redo },
        { type: 'separator' },
        { role: 'cut', label: l.edit.cut },
        { role: 'copy', label: l.edit.copy },
        { role: 'paste', label: l.edit.paste },
        { role: 'selectAll', label: l.edit.selectAll },
        { type: 'separator' },
        command(l.edit.find, 'find'),
      ],
    },
    {
      label: l.view.label,
      submenu: [
        command(l.view.previousStep, 'previous-step'),
        command(l.view.nextStep, 'next-step'),
        { type: 'separator' },
        { role: 'reload', label: l.view.reload },
        { type: 'separator' },
        { role: 'zoomIn', label: l.view.zoomIn },
        { role: 'zoomOut', label: l.view.zoomOut },
        { role: 'resetZoom', label: l.view.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: l.view.fullscreen },
        { role: 'toggleDevTools', label: l.view.devtools },
      ],
    },
    { label: l.help.label, submenu: [{ label: l.help.about, click: () => send('about') }] },
  ];
}

/** Installs the menu and rebuilds it whenever the language setting changes. */
export function setupMenu(settings: SettingsService, send: (command: MenuCommand) => void): void {
  let shown: Language | undefined;
  const apply = (language: Language) => {
    if (language === shown) return;
    shown = language;
    Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(language, send)));
  };
  apply(settings.get().language);
  settings.subscribe((next) => apply(next.language));
}
