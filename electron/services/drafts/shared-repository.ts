import type { ServiceContext } from '../context';
import { DraftRepository } from './repository';

const readable = new WeakMap<ServiceContext, Promise<DraftRepository>>();
const opened = new WeakMap<ServiceContext, Promise<DraftRepository>>();

/**
 * One promise per running app. A failure is reported to the request that met it and forgotten, so
 * the next request tries again: a disk remounted writable, a folder made readable, must not need a
 * restart.
 */
function once(
  map: WeakMap<ServiceContext, Promise<DraftRepository>>,
  context: ServiceContext,
  start: () => Promise<DraftRepository>,
): Promise<DraftRepository> {
  let opening = map.get(context);
  if (!opening) {
    opening = start();
    opening.catch(() => {
      if (map.get(context) === opening) map.delete(context);
    });
    map.set(context, opening);
  }
  return opening;
}

/**
 * The repository ready to list and read, before the opening sweep of every draft folder has run:
 * the list of drafts answers first, and the sweep follows while the user reads it.
 */
export function listingRepositoryOf(context: ServiceContext): Promise<DraftRepository> {
  return once(readable, context, () =>
    new DraftRepository(context.dataDir, context.now, context.appVersion).openForReading(),
  );
}

/**
 * The one repository of a running app, once every draft folder has been swept of what an
 * interrupted write left behind. Writes to a draft are serialised per repository, so every
 * service that saves drafts (editing, export records) must go through the same instance, and
 * every service but the list goes through here, so nothing writes into a folder being swept.
 */
export function repositoryOf(context: ServiceContext): Promise<DraftRepository> {
  return once(opened, context, async () => (await listingRepositoryOf(context)).sweep());
}
