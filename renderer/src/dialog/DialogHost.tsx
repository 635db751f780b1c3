import { Suspense, useEffect, useState } from 'react';
import type { DialogView } from '../../../shared/dialog';
import { onEvent } from '../api';
import { lazyScreen } from '../lazy-screen';

const fileDialog = lazyScreen(() => import('./FileDialog').then((m) => m.FileDialog));

/**
 * Where the browser shell draws the file dialogs main opens (Electron opens native ones and never
 * sends `dialog:open`). Loaded on first use, with its texts, so the first screen does not carry it.
 */
export function DialogHost() {
  const [view, setView] = useState<DialogView | undefined>();
  useEffect(() => onEvent('dialog:open', setView), []);
  if (!view) return null;
  return (
    <Suspense fallback={null}>
      <fileDialog.Screen key={view.session} view={view} onClose={() => setView(undefined)} />
    </Suspense>
  );
}
