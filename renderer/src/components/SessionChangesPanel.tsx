import { Collapse, Spin, Table, Typography } from 'antd';
import type { SessionChangesView } from '../../../electron/api/contract';
import { call } from '../api/client';
import { formatDateVi, formatNumberVi, sessionLabel } from '../format';
import { useLoad } from '../hooks';
import { hrefOf } from '../routing';
import { LoadError } from './LoadError';
import { RatingTag } from './Tags';
import { LIST_PAGE_SIZE, TaskTable } from './TaskTable';

type RatingChange = SessionChangesView['ratingChanges'][number];

/** What moved between the previous session and this one: tasks assigned, done, fallen overdue, and ratings that changed. */
export function SessionChangesPanel({ id }: { id: number }) {
  const changes = useLoad(() => call('getSessionChanges', { id }), [id]);
  if (changes.error) return <LoadError title="Không tải được các thay đổi" error={changes.error} onRetry={changes.reload} />;
  const data = changes.data;
  if (!data) return <Spin description="Đang so sánh với phiên trước…" />;
  return (
    <>
      <Typography.Paragraph>
        {data.previousSession && data.from
          ? `Từ ${sessionLabel(data.previousSession)} đến ngày họp ${formatDateVi(data.to)}:`
          : `Đây là phiên họp đầu tiên; mọi nhiệm vụ và số liệu đến ngày ${formatDateVi(data.to)} đều được tính là mới.`}
      </Typography.Paragraph>
      <Collapse
        defaultActiveKey={['overdue', 'ratings']}
        items={[
          {
            key: 'new',
            label: `Nhiệm vụ mới được giao (${formatNumberVi(data.newTasks.length)})`,
            children: <TaskTable tasks={data.newTasks} empty="Không có nhiệm vụ mới." />,
          },
          {
            key: 'done',
            label: `Nhiệm vụ đã hoàn thành trong kỳ (${formatNumberVi(data.doneTasks.length)})`,
            children: <TaskTable tasks={data.doneTasks} empty="Không có nhiệm vụ nào hoàn thành trong kỳ." />,
          },
          {
            key: 'overdue',
            label: `Nhiệm vụ mới quá hạn (${formatNumberVi(data.newlyOverdue.length)})`,
            children: <TaskTable tasks={data.newlyOverdue} empty="Không có nhiệm vụ nào mới quá hạn." />,
          },
          {
            key: 'ratings',
            label: `Chỉ tiêu thay đổi đánh giá (${formatNumberVi(data.ratingChanges.length)})`,
            children: (
              <Table<RatingChange>
                rowKey={(r) => `${r.indicatorId}|${r.scope ?? ''}|${r.comparison.kind ?? ''}`}
                size="small"
                dataSource={data.ratingChanges}
                pagination={data.ratingChanges.length > LIST_PAGE_SIZE && { pageSize: LIST_PAGE_SIZE, showSizeChanger: false }}
                locale={{ emptyText: 'Không có chỉ tiêu nào thay đổi đánh giá.' }}
                columns={[
                  { title: 'Chỉ tiêu', key: 'name', render: (_: unknown, r: RatingChange) => <a href={hrefOf('/chi-tieu', { id: r.indicatorId })}>{r.indicatorName}</a> },
                  { title: 'Phạm vi', dataIndex: 'scopeLabel', width: 130 },
                  { title: 'Phiên trước', key: 'before', width: 160, render: (_: unknown, r: RatingChange) => <RatingTag rating={r.before} /> },
                  { title: 'Phiên này', key: 'after', width: 160, render: (_: unknown, r: RatingChange) => <RatingTag rating={r.after} label={r.comparison.ratingLabel} reason={r.comparison.ratingReason} /> },
                ]}
              />
            ),
          },
        ]}
      />
    </>
  );
}
