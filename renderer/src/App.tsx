import { Layout, Spin } from 'antd';
import { lazy, Suspense, useEffect, useRef, type ComponentType } from 'react';
import { NavBar } from './components/NavBar';
import { SearchBox } from './components/SearchBox';
import { useRoute, type Route, type ScreenPath } from './routing';
import { DashboardScreen } from './screens/DashboardScreen';

/**
 * Tổng quan, the first screen, comes with the app's script; every other screen is its own
 * chunk, loaded when first opened, so the first screen neither parses their code nor
 * waits for a second request (measured by bench/first-screen.ts).
 */
const screen = (load: () => Promise<{ default: ComponentType<{ route: Route }> }>) => lazy(load);

const SCREEN_COMPONENTS: Record<ScreenPath, ComponentType<{ route: Route }>> = {
  '/': DashboardScreen,
  '/phien-hop': screen(() => import('./screens/SessionsScreen').then((m) => ({ default: m.SessionsScreen }))),
  '/chi-tieu': screen(() => import('./screens/IndicatorsScreen').then((m) => ({ default: m.IndicatorsScreen }))),
  '/nhiem-vu': screen(() => import('./screens/TasksScreen').then((m) => ({ default: m.TasksScreen }))),
  '/nhap-tai-lieu': screen(() => import('./screens/ImportScreen').then((m) => ({ default: m.ImportScreen }))),
  '/xuat-van-ban': screen(() => import('./screens/ExportScreen').then((m) => ({ default: m.ExportScreen }))),
  '/cai-dat': screen(() => import('./screens/SettingsScreen').then((m) => ({ default: m.SettingsScreen }))),
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
          <Suspense fallback={<Spin size="large" aria-label="Đang mở màn hình" />}>
            <Screen route={route} />
          </Suspense>
        </main>
      </Layout>
    </Layout>
  );
}
