import type { Result } from '../../shared/errors';
import type { ResponseOf } from '../../shared/ipc';
import { invoke } from './api';
import { homeDataFrom } from './home/home-data';

/** The calls `public/start-calls.js` made while the page's modules were still loading. */
interface StartCalls {
  settings: Promise<Result<ResponseOf<'settings:get'>>>;
  campaigns: Promise<Result<ResponseOf<'campaigns:list'>>>;
  info: Promise<Result<ResponseOf<'app:info'>>>;
}

declare global {
  var __deskStartCalls: StartCalls | undefined;
}

/**
 * What the first screen needs from main: the answers to the calls the page's first script made,
 * or, where it did not run (a page served without it), asked for now. `main.tsx` imports this
 * module before React, so even then the answers travel while React and i18next are set up.
 */
const calls: StartCalls = globalThis.__deskStartCalls ?? {
  settings: invoke('settings:get', {}),
  campaigns: invoke('campaigns:list', {}),
  info: invoke('app:info', {}),
};
globalThis.__deskStartCalls = undefined;

export const settingsAtStart = calls.settings;
export const homeDataAtStart = homeDataFrom(calls.campaigns, calls.info);
