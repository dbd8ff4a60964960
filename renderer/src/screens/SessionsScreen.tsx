import { Alert, Button, Card, Empty, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Session } from '../../../electron/domain/model';
import { call } from '../api/client';
import { LoadError } from '../components/LoadError';
import { ScreenTitle } from '../components/ScreenTitle';
import { SessionDetail } from '../components/SessionDetail';
import { SessionFormModal } from '../components/SessionFormModal';
import { useAction } from '../feedback';
import { formatDateVi } from '../format';
import { useLoad } from '../hooks';
import { FORMAT_LABELS } from '../labels';
import { hrefOf, idParam, navigate, type Route } from '../routing';

/** Phiên họp: the committee's sessions, newest first; one opens with its documents, figures and tasks. */
export function SessionsScreen({ route }: { route: Route }) {
  const sessions = useLoad(() => call('listSessions', {}), []);
  const info = useLoad(() => call('appInfo', {}), []);
  const [editing, setEditing] = useState<Session | 'new' | null>(null);
  const [version, setVersion] = useState(0);
  const { run, busy } = useAction();
  const selected = idParam(route);

  const loadSample = async () => {
    const counts = await run(() => call('loadSample', {}), { failed: 'Không nạp được dữ liệu mẫu' });
    if (counts) {
      sessions.reload();
      info.reload();
    }
  };

  const saved = (session: Session) => {
    setEditing(null);
    sessions.reload();
    setVersion((v) => v + 1);
    navigate('/phien-hop', { id: session.id });
  };

  return (
    <>
      <ScreenTitle
        title="Phiên họp"
        subtitle="Các phiên họp của Ban Chỉ đạo, mới nhất ở trên."
        extra={
          <Button type="primary" onClick={() => setEditing('new')}>
            Thêm phiên họp
          </Button>
        }
      />
      <LoadError title="Không tải được danh sách phiên họp" error={sessions.error} onRetry={sessions.reload} />
      {selected != null && (
        <div style={{ marginBottom: 16 }}>
          <SessionDetail
            id={selected}
            version={version}
            onEdit={setEditing}
            onDeleted={() => {
              sessions.reload();
              navigate('/phien-hop');
            }}
          />
        </div>
      )}
      <Card title="Danh sách phiên họp" size="small">
        {info.data?.empty && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title="Cơ sở dữ liệu chưa có phiên họp nào"
            description="Có thể nạp dữ liệu mẫu (các phiên họp năm 2025 của Ban Chỉ đạo) để làm quen, hoặc thêm phiên họp và nhập tài liệu."
          />
        )}
        <Table<Session>
          rowKey="id"
          size="middle"
          loading={sessions.loading}
          dataSource={[...(sessions.data ?? [])].reverse()}
          pagination={false}
          rowClassName={(s) => (s.id === selected ? 'row-current' : '')}
          locale={{
            emptyText: (
              <Empty description="Chưa có phiên họp nào">
                {info.data?.empty && (
                  <Button type="primary" onClick={loadSample} loading={busy}>
                    Nạp dữ liệu mẫu
                  </Button>
                )}
              </Empty>
            ),
          }}
          columns={[
            { title: 'Ngày họp', dataIndex: 'date', width: 110, render: (d: string) => formatDateVi(d) },
            { title: 'Lần', dataIndex: 'number', width: 60, align: 'center', render: (n: number | null) => n ?? '—' },
            {
              title: 'Tên phiên họp',
              dataIndex: 'title',
              render: (title: string, s: Session) => (
                <a href={hrefOf('/phien-hop', { id: s.id })} aria-current={s.id === selected ? 'true' : undefined}>
                  {title}
                </a>
              ),
            },
            { title: 'Chủ trì', dataIndex: 'chair', width: 240, render: (c: string | null) => c ?? '—' },
            { title: 'Hình thức', dataIndex: 'format', width: 220, render: (f: Session['format']) => <Tag>{FORMAT_LABELS[f]}</Tag> },
          ]}
        />
      </Card>
      {editing && <SessionFormModal session={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={saved} />}
    </>
  );
}
