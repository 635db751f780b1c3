import type { FormId } from '../../shared/forms';
import type { EventOf } from '../../shared/ipc';
import { commandOfKey } from '../../shared/shortcuts';
import { invokeOrShow, onEvent } from './api';
import { useUi } from './stores/ui';

export type Command = EventOf<'menu:command'>;

const listeners = new Set<(command: Command) => void>();

/**
 * The open draft's store (and the schemas its recovery file needs) loads with the wizard, not in
 * the home screen's first chunk (docs/PERFORMANCE.md, cold load). Once loaded, the import resolves
 * at once; before that no draft is open, so there is nothing to leave or save.
 */
const draftStore = () => import('./stores/draft');
const leaveDraft = async () => (await draftStore()).leaveDraft();
const saveNow = async () => (await draftStore()).saveNow();

/** Commands that belong to the open draft (export, find, step to step): the wizard listens while open. */
export function onCommand(listener: (command: Command) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

async function newDraft(form: FormId): Promise<void> {
  if (!(await leaveDraft())) return;
  const draft = await invokeOrShow('drafts:create', { form });
  if (draft) useUi.getState().go({ screen: 'wizard', draftId: draft.id });
}

async function importPackage(): Promise<void> {
  if (!(await leaveDraft())) return;
  const imported = await invokeOrShow('drafts:importPackage', {});
  if (imported) useUi.getState().go({ screen: 'wizard', draftId: imported.id });
}

/** Runs a command chosen from Electron's menu or by its shortcut key, the same either way. */
export function runCommand(command: Command): void {
  const { go } = useUi.getState();
  if (command === 'new-case') void newDraft('case');
  else if (command === 'new-material') void newDraft('material');
  else if (command === 'open-list') void leaveDraft().then((left) => left && go({ screen: 'drafts' }));
  else if (command === 'save') void saveNow();
  else if (command === 'import-package') void importPackage();
  else if (command === 'about') go({ screen: 'settings' });
  listeners.forEach((listener) => listener(command));
}

export const isMac = () => /Mac/.test(navigator.platform);

/**
 * The shortcut keys, handled here in both hosts (Electron's menu shows them without registering
 * them). Taken before the browser's own meaning of the key (Ctrl+S saves the page, Alt+← goes
 * back); left alone while a modal dialog is open, which has its own keys.
 */
function onKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.repeat || event.isComposing) return;
  const command = commandOfKey(event, isMac());
  if (!command || document.querySelector('dialog:modal')) return;
  event.preventDefault();
  runCommand(command);
}

/** Application-wide commands, from the menu (Electron) and from the keyboard (both hosts). */
export function listenForMenu(): () => void {
  window.addEventListener('keydown', onKeyDown);
  const stop = onEvent('menu:command', runCommand);
  return () => {
    window.removeEventListener('keydown', onKeyDown);
    stop();
  };
}
