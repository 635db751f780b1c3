import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { invoke } from './api';
import { listenForFlush } from './flush';
import { fetchHomeData, keepStartData } from './home/home-data';
import { initI18n } from './i18n';
import { listenForMenu } from './menu-commands';
import './styles/global.css';

/** The settings (for the language) and the home screen's data are asked for at once, not in turn. */
async function start(): Promise<void> {
  const homeData = fetchHomeData();
  const settings = await invoke('settings:get', {});
  const i18n = await initI18n(settings.ok ? settings.value.language : 'zh-Hans');
  keepStartData(await homeData);
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
