// First, so that its requests to main leave before React is evaluated.
import { homeDataAtStart, settingsAtStart } from './start-data';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { listenForFlush } from './flush';
import { keepStartData } from './home/home-data';
import { initI18n } from './i18n';
import { listenForMenu } from './menu-commands';
import { useSettings } from './stores/settings';
import './styles/global.css';

/** The settings (for the language) and the home screen's data were asked for at once, not in turn. */
async function start(): Promise<void> {
  const settings = await settingsAtStart;
  if (settings.ok) useSettings.getState().keep(settings.value);
  const i18n = await initI18n(settings.ok ? settings.value.language : 'zh-Hans');
  keepStartData(await homeDataAtStart);
  listenForFlush();
  listenForMenu();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
