#!/usr/bin/env node
// The package's command line: the same TypeScript entry as `npm run cli`, loaded through tsx so
// that the bin and the script can never disagree.
import { tsImport } from 'tsx/esm/api';

await tsImport('../electron/cli/index.ts', import.meta.url);
