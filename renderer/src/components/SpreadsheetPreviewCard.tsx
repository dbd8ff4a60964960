import { Card, Table } from 'antd';
import type { SheetRowView, SpreadsheetPreview } from '../../../electron/domain/views';
import { formatNumberVi, formatOptionalDate, formatValue } from '../format';
import { DIRECTION_LABELS } from '../labels';

/** An indicator spreadsheet as read: it is saved row by row as shown. */
export function SpreadsheetPreviewCard({ sheet }: { sheet: SpreadsheetPreview }) {
  return (
    <Card size="small" title={`Bảng chỉ tiêu: ${sheet.fileName} (${formatNumberVi(sheet.rows.length)} dòng)`} style={{ marginBottom: 16 }}>
      <Table<SheetRowView>
        rowKey="row"
        size="small"
        dataSource={sheet.rows}
        pagination={sheet.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: 'Bảng tính không có dòng số liệu nào.' }}
        columns={[
          { title: 'Dòng', dataIndex: 'row', width: 70 },
          { title: 'Chỉ tiêu', dataIndex: 'name' },
          { title: 'Phạm vi', dataIndex: 'scope', width: 120, render: (s: string | null) => s ?? 'Cả nước' },
          { title: 'Kỳ', dataIndex: 'period', width: 150, render: (p: string | null) => p ?? '—' },
          { title: 'Ngày số liệu', dataIndex: 'asOf', width: 120, render: formatOptionalDate },
          { title: 'Giá trị', key: 'value', width: 120, align: 'right', render: (_: unknown, r: SheetRowView) => (r.value == null ? '—' : formatValue(r.value, r.unit)) },
          { title: 'Mục tiêu', key: 'target', width: 120, align: 'right', render: (_: unknown, r: SheetRowView) => (r.target == null ? '—' : formatValue(r.target, r.unit)) },
          { title: 'Hạn mục tiêu', dataIndex: 'targetDue', width: 120, render: formatOptionalDate },
          { title: 'Chiều', dataIndex: 'direction', width: 150, render: (d: SheetRowView['direction']) => DIRECTION_LABELS[d] },
        ]}
      />
    </Card>
  );
}
