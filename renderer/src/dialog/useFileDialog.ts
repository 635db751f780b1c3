import { useState } from 'react';
import type { DialogView } from '../../../shared/dialog';
import type { Result } from '../../../shared/errors';
import type { RequestOf } from '../../../shared/ipc';
import { invoke } from '../api';

type Destination = RequestOf<'dialog:navigate'>['to'];

/**
 * One in-page dialog's state. Every move and every confirm goes to main, which holds the session;
 * what comes back is the folder to show, or why it refused, or that the dialog is done. A session
 * main no longer knows (the service gave up) closes the dialog.
 */
export function useFileDialog(initial: DialogView, onClose: () => void) {
  const [view, setView] = useState(initial);
  const [selected, setSelected] = useState<string[]>([]);
  const [active, setActive] = useState(0);
  const [name, setName] = useState(initial.name);
  const [busy, setBusy] = useState(false);

  const show = (next: DialogView, keepName: boolean) => {
    setView(next);
    setSelected([]);
    setActive(0);
    if (!keepName || next.problem) setName(next.name);
  };

  const cancel = () => void invoke('dialog:cancel', { session: view.session }).finally(onClose);

  async function call<T>(request: () => Promise<Result<T>>, then: (value: T) => void) {
    setBusy(true);
    try {
      const result = await request();
      if (result.ok) then(result.value);
      // Main could not go on (the folder vanished under it): the dialog ends as a cancel, so the
      // service that asked is not left waiting.
      else cancel();
    } finally {
      setBusy(false);
    }
  }

  const navigate = (to: Destination) =>
    call(
      () => invoke('dialog:navigate', { session: view.session, to }),
      // A name typed for saving survives moving through folders, as in a native dialog.
      (next) => show(next, view.mode === 'save'),
    );

  const submit = (replace = false, picked = selected, typed = name) =>
    call(
      () => invoke('dialog:submit', { session: view.session, name: typed, selected: picked, replace }),
      (outcome) => (outcome.done ? onClose() : show(outcome.view, false)),
    );

  /** Picking entries fills 文件名 with the one file picked, as native dialogs do. */
  const pick = (names: string[]) => {
    setSelected(names);
    const [only] = names;
    const entry = view.entries.find((candidate) => candidate.name === only);
    if (names.length === 1 && entry?.kind === 'file') setName(entry.name);
    else if (view.mode !== 'save') setName('');
  };

  return { view, selected, active, setActive, name, setName, busy, navigate, submit, cancel, pick };
}
export type FileDialogState = ReturnType<typeof useFileDialog>;
