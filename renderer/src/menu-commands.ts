import type { FormKind } from '../../shared/forms';
import { invokeOrShow, onEvent } from './api';
import { leaveDraft, saveNow } from './stores/draft';
import { useUi } from './stores/ui';

async function newDraft(kind: FormKind): Promise<void> {
  if (!(await leaveDraft())) return;
  const draft = await invokeOrShow('drafts:create', { kind });
  if (draft) useUi.getState().go({ screen: 'wizard', draftId: draft.id });
}

async function importPackage(): Promise<void> {
  if (!(await leaveDraft())) return;
  const imported = await invokeOrShow('drafts:importPackage', {});
  if (imported) useUi.getState().go({ screen: 'wizard', draftId: imported.id });
}

/**
 * Application-wide menu commands. `export` belongs to the open draft, so the wizard listens for
 * that one itself.
 */
export function listenForMenu(): () => void {
  return onEvent('menu:command', (command) => {
    const { go } = useUi.getState();
    if (command === 'new-case') void newDraft('case');
    else if (command === 'new-material') void newDraft('material');
    else if (command === 'open-list') void leaveDraft().then((left) => left && go({ screen: 'drafts' }));
    else if (command === 'save') void saveNow();
    else if (command === 'import-package') void importPackage();
    else if (command === 'about') go({ screen: 'settings' });
  });
}
