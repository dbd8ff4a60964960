import { Layout } from 'antd';
import { useEffect, useRef, type ComponentType } from 'react';
import { NavBar } from './components/NavBar';
import { SearchBox } from './components/SearchBox';
import { useRoute, type Route, type ScreenPath } from './routing';
import { DashboardScreen } from './screens/DashboardScreen';
import { ExportScreen } from './screens/ExportScreen';
import { ImportScreen } from './screens/ImportScreen';
import { IndicatorsScreen } from './screens/IndicatorsScreen';
import { SessionsScreen } from './screens/SessionsScreen';
import { SettingsScreen } from './screens/SettingsScreen';
import { TasksScreen } from './screens/TasksScreen';

const SCREEN_COMPONENTS: Record<ScreenPath, ComponentType<{ route: Route }>> = {
  '/': DashboardScreen,
  '/phien-hop': SessionsScreen,
  '/chi-tieu': IndicatorsScreen,
  '/nhiem-vu': TasksScreen,
  '/nhap-tai-lieu': ImportScreen,
  '/xuat-van-ban': ExportScreen,
  '/cai-dat': SettingsScreen,
};

/** The window: title bar with search, the always-visible navigation, and the current screen. */
export function App() {
  const route = useRoute();
  const Screen = SCREEN_COMPONENTS[route.path];
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(route.path);

  // After moving to another screen, keyboard focus starts at its content, not the old link.
  useEffect(() => {
    if (route.path !== firstPath.current) main.current?.focus();
    firstPath.current = route.path;
  }, [route.path]);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a
        className="skip-link"
        href="#noi-dung"
        onClick={(event) => {
          // A real #noi-dung in the address would be read as a route.
          event.preventDefault();
          main.current?.focus();
        }}
      >
        Bỏ qua đến nội dung chính
      </a>
      <Layout.Header className="app-header">
        <span className="app-title">Ban Chỉ đạo KHCN, ĐMST, CĐS và Đề án 06</span>
        <div role="search">
          <SearchBox />
        </div>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light">
          <NavBar current={route.path} />
        </Layout.Sider>
        {/* A plain <main>: antd's Layout.Content is one too, and a page has a single main landmark. */}
        <main id="noi-dung" ref={main} tabIndex={-1} className="app-content">
          <Screen route={route} />
        </main>
      </Layout>
    </Layout>
  );
}
