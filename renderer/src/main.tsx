import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { invoke } from './api';
import { listenForFlush } from './flush';
import { initI18n } from './i18n';
import { listenForMenu } from './menu-commands';
import './styles/global.css';

async function start(): Promise<void> {
  const settings = await invoke('settings:get', {});
  const i18n = await initI18n(settings.ok ? settings.value.language : 'zh-Hans');
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
