import { App, Button, Card, Descriptions, Table, Typography } from 'antd';
import type { BackupInfo } from '../../../electron/domain/views';
import { call } from '../api/client';
import { useAction } from '../feedback';
import { formatBytes, formatTimestamp } from '../format';
import { useLoad } from '../hooks';
import { LoadError } from './LoadError';

/** Where the data lives, and its backups: make one now, or put one back. */
export function BackupPanel() {
  const folder = useLoad(() => call('getDataFolder', {}), []);
  const { modal } = App.useApp();
  const backup = useAction();
  const restore = useAction();

  const backupNow = async () => {
    const made = await backup.run(() => call('backupNow', {}), { failed: 'Không sao lưu được dữ liệu', next: 'Hãy kiểm tra ổ đĩa còn chỗ trống rồi thử lại.' });
    if (made) {
      void modal.success({ title: 'Đã sao lưu dữ liệu', content: `Bản sao lưu: ${made.name}`, okText: 'Đóng' });
      folder.reload();
    }
  };

  const confirmRestore = (item: BackupInfo) =>
    modal.confirm({
      title: 'Khôi phục bản sao lưu này?',
      content: `Dữ liệu hiện tại sẽ được thay bằng bản sao lưu “${item.name}” (${formatTimestamp(item.modifiedAt)}). Tệp dữ liệu hiện tại được giữ lại bên cạnh với đuôi .before-restore.`,
      okText: 'Khôi phục',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        const done = await restore.run(() => call('restoreBackup', { name: item.name }), {
          failed: 'Không khôi phục được bản sao lưu',
          next: 'Dữ liệu hiện tại không bị thay đổi. Hãy chọn bản sao lưu khác hoặc thử lại.',
        });
        // Every screen shows data from the replaced file: start the window afresh.
        if (done) modal.success({ title: 'Đã khôi phục dữ liệu', content: `Đã dùng bản sao lưu “${done.restored}”.`, okText: 'Mở lại dữ liệu', onOk: () => window.location.reload() });
      },
    });

  return (
    <>
      <LoadError title="Không đọc được thư mục dữ liệu" error={folder.error} onRetry={folder.reload} />
      <Card size="small" title="Thư mục dữ liệu" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'dir', label: 'Thư mục', children: <Typography.Text copyable>{folder.data?.dataDir ?? '…'}</Typography.Text> },
            { key: 'file', label: 'Tệp dữ liệu', children: <Typography.Text copyable>{folder.data?.dbFile ?? '…'}</Typography.Text> },
            { key: 'backups', label: 'Thư mục sao lưu', children: <Typography.Text copyable>{folder.data?.backupDir ?? '…'}</Typography.Text> },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          Mỗi ngày, lần mở ứng dụng đầu tiên tự sao lưu dữ liệu; 14 bản sao lưu hằng ngày gần nhất được giữ lại.
        </Typography.Paragraph>
      </Card>
      <Card
        size="small"
        title="Bản sao lưu"
        extra={
          <Button type="primary" onClick={backupNow} loading={backup.busy}>
            Sao lưu ngay
          </Button>
        }
      >
        <Table<BackupInfo>
          rowKey="name"
          size="small"
          loading={folder.loading || restore.busy}
          dataSource={folder.data?.backups ?? []}
          pagination={false}
          scroll={{ y: 360 }}
          locale={{ emptyText: 'Chưa có bản sao lưu nào. Nhấn “Sao lưu ngay” để tạo bản đầu tiên.' }}
          columns={[
            { title: 'Tên tệp', dataIndex: 'name' },
            { title: 'Thời gian', dataIndex: 'modifiedAt', width: 170, render: formatTimestamp },
            { title: 'Dung lượng', dataIndex: 'size', width: 120, align: 'right', render: formatBytes },
            {
              title: 'Thao tác',
              key: 'restore',
              width: 120,
              render: (_: unknown, item: BackupInfo) => (
                <Button size="small" onClick={() => confirmRestore(item)} aria-label={`Khôi phục ${item.name}`}>
                  Khôi phục
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
