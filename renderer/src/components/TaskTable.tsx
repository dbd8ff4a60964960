import { Table } from 'antd';
import type { TaskWithStatus } from '../../../electron/api/contract';
import { formatDateVi } from '../format';
import { hrefOf } from '../routing';
import { StatusTag } from './Tags';

/** A short list of tasks (a session's, those due soon): each opens on the Nhiệm vụ screen. */
export function TaskTable<T extends TaskWithStatus>({ tasks, empty }: { tasks: T[]; empty: string }) {
  return (
    <Table<T>
      rowKey="id"
      size="small"
      dataSource={tasks}
      pagination={tasks.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: empty }}
      columns={[
        { title: 'Nhiệm vụ', key: 'content', render: (_: unknown, t: T) => <a href={hrefOf('/nhiem-vu', { id: t.id })}>{t.content}</a> },
        { title: 'Cơ quan chủ trì', key: 'lead', width: 230, render: (_: unknown, t: T) => t.currentAgencyName ?? t.leadName ?? 'Chưa xác định' },
        {
          title: 'Thời hạn',
          key: 'due',
          width: 110,
          render: (_: unknown, t: T) => (t.deadline.due ? formatDateVi(t.deadline.due) : t.deadline.kind === 'recurring' ? 'Thường xuyên' : 'Không ghi'),
        },
        { title: 'Trạng thái', key: 'status', width: 210, render: (_: unknown, t: T) => <StatusTag status={t.status} /> },
      ]}
    />
  );
}
