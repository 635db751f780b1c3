import { useCallback, useEffect, useState } from 'react';
import type { Preflight } from '../../../shared/ipc';
import { invokeOrShow } from '../api';
import { ensureSaved, selectSaveState, useDraft } from '../stores/draft';

/**
 * Main checks the draft as saved on disk, so whatever is being typed is saved first; when that
 * save fails, the check is not run at all rather than run on the older copy.
 */
async function checkSaved(draftId: string): Promise<Preflight | undefined> {
  if (!(await ensureSaved())) return undefined;
  return invokeOrShow('export:preflight', { id: draftId });
}

/** Preflight of the open draft, run again after each save and on request. */
export function usePreflight(draftId: string, updatedAt: string | undefined) {
  const [preflight, setPreflight] = useState<Preflight | undefined>();
  const [checking, setChecking] = useState(false);
  // A result is of the disk's copy: while the newest edits are not there, it is not shown.
  const unsaved = useDraft((s) => selectSaveState(s) === 'error');
  useEffect(() => {
    let current = true;
    void checkSaved(draftId).then((result) => {
      if (current) setPreflight(result);
    });
    return () => {
      current = false;
    };
  }, [draftId, updatedAt]);
  const check = useCallback(async () => {
    setChecking(true);
    try {
      setPreflight(await checkSaved(draftId));
    } finally {
      setChecking(false);
    }
  }, [draftId]);
  return { preflight: unsaved ? undefined : preflight, unsaved, checking, check };
}
