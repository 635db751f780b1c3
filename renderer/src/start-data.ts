import { invoke } from './api';
import { fetchHomeData } from './home/home-data';

/**
 * What the first screen needs from main, asked for while this module is evaluated. `main.tsx`
 * imports it before React, so the answers travel while React and i18next are still being set up
 * instead of after.
 */
export const settingsAtStart = invoke('settings:get', {});
export const homeDataAtStart = fetchHomeData();
