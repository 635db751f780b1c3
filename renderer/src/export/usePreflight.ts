import { useCallback, useEffect, useState } from 'react';
import type { Preflight } from '../../../shared/ipc';
import { invokeOrShow } from '../api';
import { flushPendingSave } from '../stores/draft';

/** Main checks the draft as saved on disk, so whatever is being typed is saved first. */
async function checkSaved(draftId: string): Promise<Preflight | undefined> {
  await flushPendingSave().catch(() => undefined);
  return invokeOrShow('export:preflight', { id: draftId });
}

/** Preflight of the open draft, run again after each save and on request. */
export function usePreflight(draftId: string, updatedAt: string | undefined) {
  const [preflight, setPreflight] = useState<Preflight | undefined>();
  const [checking, setChecking] = useState(false);
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
  return { preflight, checking, check };
}
