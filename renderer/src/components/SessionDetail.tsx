import { App, Button, Card, Descriptions, List, Spin, Tabs, Typography } from 'antd';
import type { Session } from '../../../electron/domain/model';
import { call } from '../api/client';
import { useAction } from '../feedback';
import { formatDateVi, formatNumberVi, formatTimestamp } from '../format';
import { useLoad } from '../hooks';
import { FORMAT_LABELS } from '../labels';
import { hrefOf, navigate } from '../routing';
import { FiguresTable, TargetsTable } from './FigureTables';
import { LoadError } from './LoadError';
import { SessionChangesPanel } from './SessionChangesPanel';
import { SessionTaskTable } from './SessionTaskTable';

interface Props {
  id: number;
  /** Bumped by the screen after an edit, to reload. */
  version: number;
  onEdit(session: Session): void;
  onDeleted(): void;
}

/** One session: its particulars, the documents imported for it, its figures, targets and tasks. */
export function SessionDetail({ id, version, onEdit, onDeleted }: Props) {
  const detail = useLoad(() => call('getSessionDetail', { id }), [id, version]);
  const { modal } = App.useApp();
  const { run } = useAction();

  const remove = (session: Session) =>
    modal.confirm({
      title: 'Xóa phiên họp này?',
      content: `“${session.title}” sẽ bị xóa. Số liệu, mục tiêu và nhiệm vụ của phiên họp vẫn được giữ lại nhưng không còn gắn với phiên họp nào.`,
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        const done = await run(() => call('deleteSession', { id: session.id }), { done: 'Đã xóa phiên họp.', failed: 'Không xóa được phiên họp' });
        if (done) onDeleted();
      },
    });

  if (detail.error) return <LoadError title="Không tải được phiên họp" error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <Spin description="Đang tải phiên họp…" />;
  const { session, previous, documents, figures, targets, taskCounts } = detail.data;

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0, whiteSpace: 'normal' }}>
          {session.title}
        </Typography.Title>
      }
      extra={
        <>
          <Button onClick={() => onEdit(session)}>Sửa</Button>{' '}
          <Button danger onClick={() => remove(session)}>
            Xóa
          </Button>{' '}
          <Button onClick={() => navigate('/xuat-van-ban', { session: session.id })}>Xuất văn bản</Button>
        </>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'date', label: 'Ngày họp', children: formatDateVi(session.date) },
          { key: 'number', label: 'Lần thứ', children: session.number != null ? `${session.number} (năm ${session.year})` : 'Không đánh số' },
          { key: 'chair', label: 'Chủ trì', children: session.chair ?? '—' },
          { key: 'format', label: 'Hình thức', children: FORMAT_LABELS[session.format] },
          {
            key: 'previous',
            label: 'Phiên trước',
            children: previous ? <a href={hrefOf('/phien-hop', { id: previous.id })}>{`${previous.title} (${formatDateVi(previous.date)})`}</a> : 'Không có',
          },
          ...(session.notes ? [{ key: 'notes', label: 'Ghi chú', children: session.notes }] : []),
        ]}
      />
      <Tabs
        style={{ marginTop: 16 }}
        items={[
          {
            key: 'figures',
            label: `Số liệu (${formatNumberVi(figures.length)})`,
            children: <FiguresTable rows={figures} />,
          },
          {
            key: 'targets',
            label: `Mục tiêu (${formatNumberVi(targets.length)})`,
            children: <TargetsTable rows={targets} />,
          },
          {
            key: 'tasks',
            label: `Nhiệm vụ được giao (${formatNumberVi(taskCounts.new)})`,
            children: (
              <>
                {taskCounts.new > 0 && (
                  <Typography.Paragraph>
                    <a href={hrefOf('/nhiem-vu', { phien: session.id })}>Mở trong màn hình Nhiệm vụ</a> để lọc, cập nhật trạng thái hoặc xem lịch sử.
                  </Typography.Paragraph>
                )}
                <SessionTaskTable key={`${session.id}:${version}`} sessionId={session.id} list="new" empty="Phiên họp chưa có nhiệm vụ nào." />
              </>
            ),
          },
          {
            key: 'carried',
            label: `Nhiệm vụ tồn đọng (${formatNumberVi(taskCounts.carriedOver)})`,
            children: (
              <SessionTaskTable key={`${session.id}:${version}`} sessionId={session.id} list="carriedOver" empty="Không có nhiệm vụ nào của các phiên trước còn dang dở vào ngày họp." />
            ),
          },
          { key: 'changes', label: 'Thay đổi so với phiên trước', children: <SessionChangesPanel id={session.id} /> },
          {
            key: 'documents',
            label: `Tài liệu (${formatNumberVi(documents.length)})`,
            children: (
              <List
                dataSource={documents}
                locale={{ emptyText: 'Chưa nhập tài liệu nào cho phiên họp này. Dùng màn hình Nhập tài liệu để thêm.' }}
                renderItem={(doc) => (
                  <List.Item>
                    <List.Item.Meta
                      title={doc.fileName}
                      description={`Nhập lúc ${formatTimestamp(doc.importedAt)} · ${formatNumberVi(doc.charCount)} ký tự`}
                    />
                  </List.Item>
                )}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}
