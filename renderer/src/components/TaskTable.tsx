import { Table } from 'antd';
import type { TaskWithStatus } from '../../../electron/api/contract';
import { formatDateVi } from '../format';
import { hrefOf } from '../routing';
import { StatusTag } from './Tags';

/** Rows a page of the lists on the session and dashboard screens shows. */
export const LIST_PAGE_SIZE = 20;

/** A page the caller fetched of a longer list: which one, out of how many tasks. */
interface RemotePages {
  current: number;
  total: number;
  loading: boolean;
  onChange(page: number): void;
}

/**
 * A list of tasks (a session's, those due soon): each opens on the Nhiệm vụ screen.
 * Given all at once it pages them itself; given one page of a longer list (`pages`),
 * it asks the caller for the others.
 */
export function TaskTable<T extends TaskWithStatus>({ tasks, empty, pages }: { tasks: T[]; empty: string; pages?: RemotePages }) {
  return (
    <Table<T>
      rowKey="id"
      size="small"
      dataSource={tasks}
      loading={pages?.loading}
      pagination={
        pages
          ? pages.total > LIST_PAGE_SIZE && { current: pages.current, total: pages.total, pageSize: LIST_PAGE_SIZE, showSizeChanger: false, onChange: pages.onChange }
          : tasks.length > LIST_PAGE_SIZE && { pageSize: LIST_PAGE_SIZE, showSizeChanger: false }
      }
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
