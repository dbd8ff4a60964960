import { Alert, Button, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import type { Session } from '../../../electron/domain/model';
import { call } from '../api/client';
import { formatDateVi } from '../format';
import { useLoad } from '../hooks';

const FORMAT_LABELS: Record<Session['format'], string> = {
  in_person: 'Trực tiếp',
  online: 'Trực tuyến',
  hybrid: 'Trực tiếp kết hợp trực tuyến',
};

/** Phiên họp: the committee's sessions, newest first. */
export function SessionsScreen() {
  const sessions = useLoad(() => call('listSessions', {}), []);
  const info = useLoad(() => call('appInfo', {}), []);

  const loadSample = async () => {
    await call('loadSample', {});
    sessions.reload();
    info.reload();
  };

  return (
    <Card title={<Typography.Title level={3} style={{ margin: 0 }}>Phiên họp</Typography.Title>}>
      {sessions.error && <Alert type="error" showIcon title="Không tải được danh sách phiên họp" description={sessions.error} />}
      <Table<Session>
        rowKey="id"
        loading={sessions.loading}
        dataSource={[...(sessions.data ?? [])].reverse()}
        pagination={false}
        locale={{
          emptyText: (
            <Empty description="Chưa có phiên họp nào">
              {info.data?.empty && (
                <Space>
                  <Button type="primary" onClick={loadSample}>Nạp dữ liệu mẫu</Button>
                </Space>
              )}
            </Empty>
          ),
        }}
        columns={[
          { title: 'Ngày họp', dataIndex: 'date', width: 120, render: (d: string) => formatDateVi(d) },
          { title: 'Lần', dataIndex: 'number', width: 70, align: 'center', render: (n: number | null) => n ?? '—' },
          { title: 'Tên phiên họp', dataIndex: 'title' },
          { title: 'Chủ trì', dataIndex: 'chair', width: 260 },
          { title: 'Hình thức', dataIndex: 'format', width: 200, render: (f: Session['format']) => <Tag>{FORMAT_LABELS[f]}</Tag> },
        ]}
      />
    </Card>
  );
}
