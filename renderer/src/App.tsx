import { DraftList } from './drafts/DraftList';
import { ErrorAlert } from './ErrorAlert';
import { Home } from './home/Home';
import { SettingsScreen } from './settings/SettingsScreen';
import { useUi } from './stores/ui';
import { Wizard } from './wizard/Wizard';

export function App() {
  const view = useUi((s) => s.view);
  return (
    <>
      {view.screen === 'home' && <Home />}
      {view.screen === 'drafts' && <DraftList />}
      {view.screen === 'wizard' && <Wizard key={view.draftId} draftId={view.draftId} />}
      {view.screen === 'settings' && <SettingsScreen />}
      <ErrorAlert />
    </>
  );
}
