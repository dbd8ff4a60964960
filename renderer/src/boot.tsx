// The UI, imported by the entry (main.tsx) once it has asked for the first screen's data.
import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'virtual:first-screen-antd.css';
import { App } from './App';
import './app.css';
import { printCurrent } from './print';
import { SCREENS, navigate } from './routing';
import { THEME } from './theme';

dayjs.extend(customParseFormat);
dayjs.locale('vi');

// The application menu (Electron) sends a route, or "print" for Tệp > In….
window.appShell?.onNavigate((route) => {
  if (route === 'print') return printCurrent();
  const screen = SCREENS.find((s) => s.path === route);
  if (screen) navigate(screen.path);
});

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={viVN} theme={THEME}>
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
