import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { DialogHost } from './dialog/DialogHost';
import { ErrorAlert } from './ErrorAlert';
import { Home } from './home/Home';
import { lazyScreen } from './lazy-screen';
import { useUi } from './stores/ui';

const wizard = lazyScreen(() => import('./wizard/Wizard').then((m) => m.Wizard));
const drafts = lazyScreen(() => import('./drafts/DraftList').then((m) => m.DraftList));
const settings = lazyScreen(() => import('./settings/SettingsScreen').then((m) => m.SettingsScreen));
const rollup = lazyScreen(() => import('./rollup/RollupScreen').then((m) => m.RollupScreen));

/**
 * Once the first screen has been drawn and the page is idle, the others load, so opening one does
 * not wait. Asked for from the next frame: an idle period before it would delay the first screen.
 */
function usePreloadScreens(): void {
  useEffect(() => {
    let idle = 0;
    const frame = requestAnimationFrame(() => {
      idle = requestIdleCallback(() => {
        void wizard.preload();
        void drafts.preload();
        void settings.preload();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      cancelIdleCallback(idle);
    };
  }, []);
}

export function App() {
  const { t } = useTranslation();
  const view = useUi((s) => s.view);
  usePreloadScreens();
  return (
    <>
      <Suspense fallback={<p className="page muted">{t('loading')}</p>}>
        {view.screen === 'home' && <Home />}
        {view.screen === 'drafts' && <drafts.Screen />}
        {view.screen === 'rollup' && <rollup.Screen />}
        {view.screen === 'wizard' && (
          <wizard.Screen key={view.draftId} draftId={view.draftId} step={view.step} />
        )}
        {view.screen === 'settings' && (
          <settings.Screen section={view.section} campaignId={view.campaignId} back={view.back} />
        )}
      </Suspense>
      <ErrorAlert />
      <DialogHost />
    </>
  );
}
