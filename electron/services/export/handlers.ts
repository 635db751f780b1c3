// Placeholder until the export issue lands (issue 5): replaced by the .docx exporter.
import { DeskError } from '../../../shared/errors';
import type { HandlersOf } from '../../../shared/ipc';
import type { ServiceContext } from '../context';

const notYet = async (): Promise<never> => {
  throw new DeskError('internal', 'not built yet');
};

export function exportHandlers(_context: ServiceContext): HandlersOf<'export'> {
  return {
    'export:preflight': notYet,
    'export:preview': notYet,
    'export:docx': notYet,
    'export:reveal': notYet,
  };
}
