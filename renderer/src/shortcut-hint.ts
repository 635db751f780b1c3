import { useTranslation } from 'react-i18next';
import { ariaShortcut, shortcutText, type ShortcutCommand } from '../../shared/shortcuts';
import { isMac } from './menu-commands';

/** A control's shortcut, shown as its tooltip and told to assistive technology. */
export function useShortcutHint(): (command: ShortcutCommand) => {
  title: string;
  'aria-keyshortcuts': string;
} {
  const { t } = useTranslation();
  return (command) => ({
    title: t('shortcut', { keys: shortcutText(command, isMac()) }),
    'aria-keyshortcuts': ariaShortcut(command, isMac()),
  });
}
