import { lazy, type ComponentType } from 'react';
import { loadScreenTexts } from './i18n';

/**
 * A screen loaded when first shown, together with the texts of every screen but home, so the
 * first screen's chunk holds only what the home screen needs. `preload` fetches it ahead.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const preload = () => {
    loading ??= Promise.all([load(), loadScreenTexts()]).then(([component]) => ({ default: component }));
    return loading;
  };
  return { Screen: lazy(preload), preload };
}
