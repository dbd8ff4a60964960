import { Layout, Menu, Typography } from 'antd';
import { SessionsScreen } from './screens/SessionsScreen';

/** The window: the always-visible navigation and the current screen. */
export function App() {
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 24 }}>
        <Typography.Text strong style={{ color: '#fff', fontSize: 16 }}>
          Ban Chỉ đạo KHCN, ĐMST, CĐS và Đề án 06
        </Typography.Text>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={200} theme="light">
          <nav aria-label="Điều hướng chính">
            <Menu mode="inline" selectedKeys={['sessions']} items={[{ key: 'sessions', label: 'Phiên họp' }]} />
          </nav>
        </Layout.Sider>
        <Layout.Content style={{ padding: 24 }}>
          <main>
            <SessionsScreen />
          </main>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
