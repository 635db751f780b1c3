import Conf from 'conf';
import type { StoreFactory } from './settings';

/** Settings outside Electron: conf, the store electron-store is built on, in an explicit folder. */
export const confStore: StoreFactory = ({ cwd, configName }) =>
  new Conf({ cwd, configName, clearInvalidConfig: false });
