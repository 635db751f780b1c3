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
    opening = new DraftRepository(context.dataDir, context.now).open();
    // Reported to whichever request comes first, not as an unhandled rejection at startup.
    opening.catch(() => undefined);
    opened.set(context, opening);
  }
  return opening;
}
