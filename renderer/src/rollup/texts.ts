import { useCallback } from 'react';
import type { RollupRow } from '../../../shared/rollup';
import { useFormName } from '../wizard/useFormText';

/** A row's form as the UI language names it; a row main could not read has none. */
export function useRowFormName(): (row: RollupRow) => string {
  const formName = useFormName();
  return useCallback((row: RollupRow) => (row.form ? formName(row.form) : (row.formName ?? '')), [formName]);
}
