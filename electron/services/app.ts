// Placeholder until the foundation lands (issue 2): replaced by the settings/app service.
import { DeskError } from '../../shared/errors';
import type { HandlersOf } from '../../shared/ipc';
import type { ServiceContext } from './context';

const notYet = async (): Promise<never> => {
  throw new DeskError('internal', 'not built yet');
};

export function appHandlers(_context: ServiceContext): HandlersOf<'app' | 'settings' | 'campaign'> {
  return {
    'app:info': notYet,
    'app:flushed': notYet,
    'settings:get': notYet,
    'settings:update': notYet,
    'campaign:get': notYet,
  };
}
