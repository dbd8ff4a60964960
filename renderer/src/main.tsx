import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import 'dayjs/locale/vi';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './app.css';
import { printCurrent } from './print';
import { SCREENS, navigate } from './routing';

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
    <ConfigProvider
      locale={viVN}
      theme={{
        token: {
          colorPrimary: '#a61d24',
          colorLink: '#0b4fc4',
          colorError: '#c41d1d',
          fontFamily: "'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
          // antd's lighter greys fall below WCAG contrast on white; staff read these screens all day.
          colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
          colorTextDescription: 'rgba(0, 0, 0, 0.62)',
          colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
        },
      }}
    >
      <AntApp>
        <App />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
