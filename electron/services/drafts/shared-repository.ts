import type { ServiceContext } from '../context';
import { DraftRepository } from './repository';

const opened = new WeakMap<ServiceContext, Promise<DraftRepository>>();

/**
 * The one repository of a running app. Writes to a draft are serialised per repository, so every
 * service that saves drafts (editing, export records) must go through the same instance.
 * It opens once, clearing what an interrupted write left behind, before the first request.
 */
export function repositoryOf(context: ServiceContext): Promise<DraftRepository> {
  let opening = opened.get(context);
  if (!opening) {
    opening = new DraftRepository(context.dataDir, context.now, context.appVersion).open();
    // A failure is reported to the request that met it and forgotten, so the next request tries
    // again: a disk remounted writable, a folder made readable, must not need a restart.
    opening.catch(() => {
      if (opened.get(context) === opening) opened.delete(context);
    });
    opened.set(context, opening);
  }
  return opening;
}
