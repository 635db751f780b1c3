// Placeholder until the drafts issue lands (issue 4): replaced by the draft repository.
import { DeskError } from '../../../shared/errors';
import type { HandlersOf } from '../../../shared/ipc';
import type { ServiceContext } from '../context';

const notYet = async (): Promise<never> => {
  throw new DeskError('internal', 'not built yet');
};

export function draftHandlers(_context: ServiceContext): HandlersOf<'drafts' | 'attachments'> {
  return {
    'drafts:list': notYet,
    'drafts:create': notYet,
    'drafts:load': notYet,
    'drafts:save': notYet,
    'drafts:rename': notYet,
    'drafts:duplicate': notYet,
    'drafts:trash': notYet,
    'drafts:restore': notYet,
    'drafts:snapshots': notYet,
    'drafts:restoreSnapshot': notYet,
    'drafts:exportPackage': notYet,
    'drafts:importPackage': notYet,
    'attachments:add': notYet,
    'attachments:remove': notYet,
    'attachments:saveSignature': notYet,
    'attachments:read': notYet,
  };
}
