import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * The folder of the built-in campaign files: `resources/campaigns/` when the services run from
 * source (the browser shell, the CLI, tests), the copy `scripts/build-electron.ts` puts beside the
 * bundled main (`dist/campaigns/`) in the desktop app. Read at start, so a new call is a new file.
 */
export function builtinCampaignsDir(): string {
  const here = import.meta.dirname;
  // Bundled, this module is part of dist/electron/main.js; from source it is in its own folder.
  const bundled = join(here, '..', 'campaigns');
  return basename(here) === 'electron' && existsSync(bundled)
    ? bundled
    : join(here, '..', '..', '..', 'resources', 'campaigns');
}
