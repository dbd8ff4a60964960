import { Button, Descriptions, Drawer, Space, Spin, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { AuditEntry } from '../../../electron/domain/model';
import { call } from '../api/client';
import { formatDateVi, formatTimestamp } from '../format';
import { useLoad } from '../hooks';
import { DEADLINE_KIND_LABELS, PROGRESS_LABELS } from '../labels';
import { hrefOf } from '../routing';
import { BulkStatusModal } from './BulkStatusModal';
import { LoadError } from './LoadError';
import { StatusTag } from './Tags';
import { SixClearList } from './SixClearFlags';
import { TaskFormModal } from './TaskFormModal';

/** The task's columns as the staff name them, for the change log. */
const FIELD_LABELS: Record<string, string> = {
  lead_agency_id: 'Cơ quan chủ trì (mã)',
  lead_name: 'Cơ quan chủ trì',
  partners: 'Cơ quan phối hợp',
  content: 'Nội dung',
  output: 'Sản phẩm',
  deadline_kind: 'Loại thời hạn',
  due_date: 'Hạn',
  deadline_text: 'Thời hạn (nguyên văn)',
  session_id: 'Phiên họp (mã)',
  document_id: 'Tài liệu (mã)',
  progress: 'Tiến độ',
  date: 'Ngày',
  note: 'Ghi chú',
};

function shown(value: unknown): string {
  if (value == null || value === '') return '(trống)';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDateVi(value);
  if (value === 'done' || value === 'in_progress') return PROGRESS_LABELS[value];
  return String(value);
}

function describeUpdate(row: unknown): string {
  const { progress, date } = (row ?? {}) as { progress?: unknown; date?: unknown };
  return `${shown(progress)}, ngày ${shown(date)}`;
}

/** One line of the change log in words: what was created, changed (field: before → after) or removed. */
function describe(entry: AuditEntry): string {
  const what = entry.tableName === 'tasks' ? 'nhiệm vụ' : 'cập nhật tiến độ';
  if (entry.action === 'insert') return entry.tableName === 'tasks' ? 'Tạo nhiệm vụ' : `Ghi ${what}: ${describeUpdate(entry.after)}`;
  if (entry.action === 'delete') return `Xóa ${what}`;
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const changes = Object.keys(after)
    .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
    .map((k) => `${FIELD_LABELS[k] ?? k}: ${shown(before[k])} → ${shown(after[k])}`);
  return `Sửa ${what}: ${changes.join('; ') || 'không đổi nội dung'}`;
}

interface Props {
  id: number;
  asOf: string;
  onClose(): void;
  onChanged(): void;
}

/** One task: what it asks, its status as of the date, its "6 rõ" check, its progress updates and every change made to it. */
export function TaskHistoryDrawer({ id, asOf, onClose, onChanged }: Props) {
  const [version, setVersion] = useState(0);
  const history = useLoad(() => call('getTaskHistory', { id, asOf }), [id, asOf, version]);
  const [editing, setEditing] = useState<'task' | 'status' | null>(null);
  const changed = () => {
    setEditing(null);
    setVersion((v) => v + 1);
    onChanged();
  };
  const data = history.data;
  const task = data?.task;

  return (
    <Drawer
      open
      onClose={onClose}
      size="min(900px, calc(100vw - 120px))"
      title={task ? `Nhiệm vụ #${task.id}` : 'Nhiệm vụ'}
      closable={{ 'aria-label': 'Đóng' }}
      extra={
        task && (
          <Space>
            <Button onClick={() => setEditing('status')}>Cập nhật trạng thái</Button>
            <Button onClick={() => setEditing('task')}>Sửa nhiệm vụ</Button>
          </Space>
        )
      }
    >
      <LoadError title="Không tải được nhiệm vụ" error={history.error} onRetry={history.reload} />
      {!data && !history.error && <Spin description="Đang tải nhiệm vụ…" />}
      {data && task && (
        <>
          <Typography.Paragraph strong>{task.content}</Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              {
                key: 'lead',
                label: 'Cơ quan chủ trì',
                children:
                  task.currentAgencyName && task.currentAgencyName !== task.leadName
                    ? `${task.currentAgencyName} (giao cho ${task.leadName ?? '—'})`
                    : (task.leadName ?? 'Chưa xác định'),
              },
              { key: 'partners', label: 'Cơ quan phối hợp', children: task.partnerNames.join('; ') || '—' },
              { key: 'output', label: 'Sản phẩm', children: task.output ?? '—' },
              {
                key: 'deadline',
                label: 'Thời hạn',
                children: `${DEADLINE_KIND_LABELS[task.deadline.kind]}${task.deadline.due ? `: ${formatDateVi(task.deadline.due)}` : ''}${task.deadline.text ? ` (“${task.deadline.text}”)` : ''}`,
              },
              {
                key: 'status',
                label: `Trạng thái đến ${formatDateVi(asOf)}`,
                children: (
                  <Space wrap>
                    <StatusTag status={task.status} />
                    {task.doneDate && `Hoàn thành ngày ${formatDateVi(task.doneDate)}`}
                    {task.overdueDays != null && `Quá hạn ${task.overdueDays} ngày`}
                  </Space>
                ),
              },
              {
                key: 'session',
                label: 'Phiên họp giao',
                children: task.sessionId ? <a href={hrefOf('/phien-hop', { id: task.sessionId })}>Mở phiên họp</a> : '—',
              },
              ...(task.evidence ? [{ key: 'evidence', label: 'Căn cứ', children: `“${task.evidence}”` }] : []),
              { key: 'six', label: '6 rõ', children: <SixClearList check={task.sixClear} /> },
            ]}
          />
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>
            Tiến độ đã báo cáo
          </Typography.Title>
          {data.updates.length === 0 ? (
            <Typography.Paragraph type="secondary">Chưa có cập nhật tiến độ nào.</Typography.Paragraph>
          ) : (
            <Timeline
              items={data.updates.map((u) => ({
                key: u.id,
                color: u.progress === 'done' ? 'green' : 'blue',
                content: `${formatDateVi(u.date)}: ${PROGRESS_LABELS[u.progress]}${u.note ? ` — ${u.note}` : ''}`,
              }))}
            />
          )}
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 8 }}>
            Nhật ký thay đổi
          </Typography.Title>
          <Timeline
            items={data.changes.map((entry) => ({
              key: entry.id,
              color: 'gray',
              content: (
                <>
                  <Typography.Text type="secondary">{formatTimestamp(entry.at)}</Typography.Text> {describe(entry)}
                </>
              ),
            }))}
          />
        </>
      )}
      {task && editing === 'task' && <TaskFormModal task={task} onClose={() => setEditing(null)} onSaved={changed} />}
      {task && editing === 'status' && <BulkStatusModal taskIds={[task.id]} onClose={() => setEditing(null)} onSaved={changed} />}
    </Drawer>
  );
}
