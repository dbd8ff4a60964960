import { Alert, Button, Card, Descriptions, Table, Typography } from 'antd';
import type { TemplateFileInfo } from '../../../electron/domain/views';
import { call } from '../api/client';
import { formatBytes, formatTimestamp } from '../format';
import { useLoad } from '../hooks';
import { LoadError } from './LoadError';
import { ToneTag } from './Tags';

const PURPOSES: Record<string, string> = {
  'layout.yaml': 'Khổ giấy, lề, cỡ chữ (dùng chung cho hai văn bản)',
  'conclusion.yaml': 'Lời văn, nơi nhận, người ký của Thông báo kết luận',
  'briefing.yaml': 'Lời văn, nơi nhận, người ký của Báo cáo',
};

/** Cài đặt > Mẫu văn bản: the template files the staff edit, each checked, with what is wrong and where. */
export function TemplatesPanel() {
  const templates = useLoad(() => call('listTemplates', {}), []);
  const broken = templates.data?.files.filter((f) => f.problem) ?? [];
  return (
    <Card
      size="small"
      extra={
        <Button onClick={templates.reload} loading={templates.loading}>
          Kiểm tra lại
        </Button>
      }
      title="Mẫu văn bản"
    >
      <LoadError title="Không đọc được thư mục mẫu văn bản" error={templates.error} onRetry={templates.reload} />
      <Descriptions
        size="small"
        column={1}
        items={[{ key: 'dir', label: 'Thư mục mẫu', children: <Typography.Text copyable>{templates.data?.dir ?? '…'}</Typography.Text> }]}
      />
      <Typography.Paragraph type="secondary">
        Mở các tệp .yaml trong thư mục trên bằng trình soạn thảo văn bản (Notepad) để sửa lời văn, nơi nhận, người ký hoặc thể thức; lưu lại rồi nhấn “Kiểm tra lại”.
        Các giá trị thể thức phải nằm trong khoảng Nghị định 30/2020/NĐ-CP cho phép.
      </Typography.Paragraph>
      {templates.data && broken.length === 0 && <Alert type="success" showIcon title="Các mẫu văn bản đều hợp lệ." style={{ marginBottom: 12 }} />}
      {broken.length > 0 && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 12 }}
          title={`${broken.length} tệp mẫu có lỗi: văn bản dùng tệp đó sẽ không xuất được`}
          description="Sửa tệp tại dòng được chỉ ra dưới đây, lưu lại rồi nhấn “Kiểm tra lại”."
        />
      )}
      <Table<TemplateFileInfo>
        rowKey="name"
        size="small"
        loading={templates.loading}
        dataSource={templates.data?.files ?? []}
        pagination={false}
        columns={[
          { title: 'Tệp', dataIndex: 'name', width: 160 },
          { title: 'Nội dung', key: 'purpose', render: (_: unknown, f: TemplateFileInfo) => PURPOSES[f.name] ?? '' },
          {
            title: 'Kiểm tra',
            key: 'problem',
            render: (_: unknown, f: TemplateFileInfo) =>
              f.problem ? <Typography.Text type="danger" style={{ whiteSpace: 'pre-line' }}>{f.problem}</Typography.Text> : <ToneTag tone="green">Hợp lệ</ToneTag>,
          },
          { title: 'Sửa lần cuối', dataIndex: 'modifiedAt', width: 150, render: (t: string) => (t ? formatTimestamp(t) : '—') },
          { title: 'Dung lượng', dataIndex: 'size', width: 110, align: 'right', render: formatBytes },
        ]}
      />
    </Card>
  );
}
