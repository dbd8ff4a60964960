import { useState } from 'react';
import type { SessionPage } from '../../../electron/api/contract';
import { call } from '../api/client';
import { useLoad } from '../hooks';
import { LoadError } from './LoadError';
import { LIST_PAGE_SIZE, TaskTable } from './TaskTable';

/**
 * One of a session's task lists (those it assigned, or earlier ones still open on its
 * date), fetched a page at a time: years of sessions carry over tens of thousands.
 */
export function SessionTaskTable({ sessionId, list, empty }: { sessionId: number; list: keyof SessionPage['taskCounts']; empty: string }) {
  const [page, setPage] = useState(1);
  const loaded = useLoad(
    () => call('listSessionTasks', { id: sessionId, list, offset: (page - 1) * LIST_PAGE_SIZE, limit: LIST_PAGE_SIZE }),
    [sessionId, list, page],
  );
  if (loaded.error) return <LoadError title="Không tải được danh sách nhiệm vụ" error={loaded.error} onRetry={loaded.reload} />;
  return (
    <TaskTable
      tasks={loaded.data?.tasks ?? []}
      empty={empty}
      pages={{ current: page, total: loaded.data?.total ?? 0, loading: loaded.loading, onChange: setPage }}
    />
  );
}
