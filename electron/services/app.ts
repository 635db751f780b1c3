import type { HandlersOf } from '../../shared/ipc';
import type { ServiceContext } from './context';

/** The app-wide channels: what runs where, settings, and flush replies (campaigns: `delivery/`). */
export function appHandlers(context: ServiceContext): HandlersOf<'app' | 'settings'> {
  return {
    'app:info': async () => ({
      version: context.appVersion,
      dataDir: context.dataDir,
      host: context.host,
      notices: context.settings.notices,
    }),
    'app:flushed': async ({ token }) => {
      context.onFlushed(token);
      return { done: true };
    },
    'settings:get': async () => context.settings.get(),
    'settings:update': async (patch) => context.settings.update(patch),
  };
}
