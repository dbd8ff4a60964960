import { Button, Card, DatePicker, Flex, Input, Radio, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { TaskView } from '../../../electron/api/contract';
import type { TaskStatus } from '../../../electron/domain/model';
import { TASK_STATUS_LABELS } from '../../../electron/domain/model';
import { todayIso } from '../../../electron/domain/vietnamese';
import { call } from '../api/client';
import { AsOfPicker } from '../components/AsOfPicker';
import { BulkStatusModal } from '../components/BulkStatusModal';
import { LoadError } from '../components/LoadError';
import { StatusTag } from '../components/Tags';
import { ScreenTitle } from '../components/ScreenTitle';
import { SessionSelect } from '../components/SessionSelect';
import { SixClearTag } from '../components/SixClearFlags';
import { TaskFormModal } from '../components/TaskFormModal';
import { TaskHistoryDrawer } from '../components/TaskHistoryDrawer';
import { DATE_FORMAT, foldedSearch, formatDateVi, formatNumberVi, isoOf, sessionLabel } from '../format';
import { useLoad } from '../hooks';
import { hrefOf, idParam, navigate, type Route } from '../routing';

const STATUSES = Object.keys(TASK_STATUS_LABELS) as TaskStatus[];

interface Filters {
  asOf: string;
  agencyId: number | null;
  status: TaskStatus | null;
  sessionId: number | null;
  due: [Dayjs, Dayjs] | null;
  text: string;
}

/** Waits for a pause in typing before the text filter queries the service. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Nhiệm vụ: every task with its status as of a date, filtered and paged by the service; bulk status updates, "6 rõ" and history. */
export function TasksScreen({ route }: { route: Route }) {
  const [filters, setFilters] = useState<Filters>(() => ({
    asOf: todayIso(),
    agencyId: null,
    status: null,
    sessionId: idParam(route, 'phien') ?? null,
    due: null,
    text: '',
  }));
  const [page, setPage] = useState({ current: 1, size: 500 });
  const [selected, setSelected] = useState<number[]>([]);
  const [dialog, setDialog] = useState<'bulk' | 'new' | null>(null);
  const text = useDebounced(filters.text, 300);
  const agencies = useLoad(() => call('listAgencies', {}), []);
  const sessions = useLoad(() => call('listSessions', {}), []);
  const opened = idParam(route);

  const query = {
    asOf: filters.asOf,
    agencyId: filters.agencyId ?? undefined,
    status: filters.status ?? undefined,
    sessionId: filters.sessionId ?? undefined,
    dueFrom: filters.due ? isoOf(filters.due[0]) : undefined,
    dueTo: filters.due ? isoOf(filters.due[1]) : undefined,
    text: text.trim() || undefined,
    offset: (page.current - 1) * page.size,
    limit: page.size,
  };
  const list = useLoad(() => call('listTasks', query), [JSON.stringify(query)]);

  const update = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage((p) => ({ ...p, current: 1 }));
  };
  const sessionName = (id: number | null) => {
    const session = sessions.data?.find((s) => s.id === id);
    return session ? sessionLabel(session) : '—';
  };
  const counts = list.data?.countsByStatus;
  const all = counts ? STATUSES.reduce((sum, s) => sum + counts[s], 0) : 0;

  return (
    <>
      <ScreenTitle
        title="Nhiệm vụ"
        subtitle="Nhiệm vụ Ban Chỉ đạo đã giao, với trạng thái tính đến ngày đã chọn."
        extra={
          <>
            <Button disabled={selected.length === 0} onClick={() => setDialog('bulk')}>
              {`Cập nhật trạng thái${selected.length ? ` (${formatNumberVi(selected.length)})` : ''}`}
            </Button>
            <Button type="primary" onClick={() => setDialog('new')}>
              Thêm nhiệm vụ
            </Button>
          </>
        }
      />
      <Card size="small">
        <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
          <AsOfPicker id="nhiem-vu-ngay" value={filters.asOf} onChange={(asOf) => update({ asOf })} />
          <Select<number | null>
            aria-label="Lọc theo cơ quan chủ trì"
            placeholder="Mọi cơ quan chủ trì"
            allowClear
            showSearch={foldedSearch}
            value={filters.agencyId}
            onChange={(agencyId) => update({ agencyId: agencyId ?? null })}
            options={(agencies.data ?? []).map((a) => ({ value: a.id, label: a.active ? a.name : `${a.name} (đã sáp nhập)` }))}
            style={{ width: 280 }}
          />
          <SessionSelect
            aria-label="Lọc theo phiên họp giao nhiệm vụ"
            placeholder="Mọi phiên họp"
            value={filters.sessionId}
            onChange={(sessionId) => update({ sessionId: sessionId ?? null })}
            style={{ width: 280 }}
          />
          <Flex align="center" gap={8}>
            <span id="nhiem-vu-han">Hạn từ – đến</span>
            <DatePicker.RangePicker
              aria-labelledby="nhiem-vu-han"
              format={DATE_FORMAT}
              placeholder={['Từ ngày', 'Đến ngày']}
              value={filters.due}
              onChange={(range) => update({ due: range && range[0] && range[1] ? [range[0], range[1]] : null })}
            />
          </Flex>
          <Input
            aria-label="Tìm trong nội dung, cơ quan, sản phẩm"
            placeholder="Tìm trong nội dung, cơ quan…"
            allowClear
            value={filters.text}
            onChange={(e) => update({ text: e.target.value })}
            style={{ width: 260 }}
          />
        </Flex>
        <Radio.Group
          aria-label="Lọc theo trạng thái"
          optionType="button"
          value={filters.status ?? 'all'}
          onChange={(e) => update({ status: e.target.value === 'all' ? null : (e.target.value as TaskStatus) })}
          options={[
            { value: 'all', label: `Tất cả (${formatNumberVi(all)})` },
            ...STATUSES.map((s) => ({ value: s, label: `${TASK_STATUS_LABELS[s]} (${formatNumberVi(counts?.[s] ?? 0)})` })),
          ]}
          style={{ marginBottom: 12 }}
        />
        <LoadError title="Không tải được danh sách nhiệm vụ" error={list.error} onRetry={list.reload} />
        <Table<TaskView>
          rowKey="id"
          size="small"
          // Virtual rendering needs a fixed height; an empty table keeps no scroll box a keyboard cannot enter.
          virtual={(list.data?.tasks.length ?? 0) > 0}
          scroll={(list.data?.tasks.length ?? 0) > 0 ? { x: 1290, y: 540 } : undefined}
          loading={list.loading}
          dataSource={list.data?.tasks ?? []}
          rowSelection={{
            selectedRowKeys: selected,
            preserveSelectedRowKeys: true,
            onChange: (keys) => setSelected(keys.map(Number)),
            getCheckboxProps: (t) => ({ 'aria-label': `Chọn nhiệm vụ #${t.id}` }),
            columnWidth: 48,
          }}
          pagination={{
            current: page.current,
            pageSize: page.size,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [100, 500, 1000, 5000],
            showTotal: (total, [from, to]) => `${formatNumberVi(from)}–${formatNumberVi(to)} / ${formatNumberVi(total)} nhiệm vụ`,
            onChange: (current, size) => setPage({ current: size === page.size ? current : 1, size }),
          }}
          locale={{
            emptyText:
              filters.agencyId || filters.sessionId || filters.due || filters.status || filters.text.trim()
                ? 'Không có nhiệm vụ nào khớp bộ lọc.'
                : 'Chưa có nhiệm vụ nào tính đến ngày này. Hãy nhập tài liệu của phiên họp hoặc thêm nhiệm vụ bằng tay.',
          }}
          columns={[
            {
              title: 'Nội dung',
              key: 'content',
              width: 360,
              render: (_: unknown, t: TaskView) => <a href={hrefOf('/nhiem-vu', { id: t.id })}>{t.content}</a>,
            },
            {
              title: 'Cơ quan chủ trì',
              key: 'lead',
              width: 200,
              render: (_: unknown, t: TaskView) => t.currentAgencyName ?? t.leadName ?? 'Chưa xác định',
            },
            {
              title: 'Thời hạn',
              key: 'deadline',
              width: 110,
              render: (_: unknown, t: TaskView) =>
                t.deadline.due ? formatDateVi(t.deadline.due) : t.deadline.kind === 'recurring' ? 'Thường xuyên' : (t.deadline.text ?? 'Không ghi'),
            },
            {
              title: 'Trạng thái',
              key: 'status',
              width: 230,
              render: (_: unknown, t: TaskView) => (
                <Space size={4} wrap>
                  <StatusTag status={t.status} />
                  {t.overdueDays != null && <Typography.Text type="secondary">{`${formatNumberVi(t.overdueDays)} ngày`}</Typography.Text>}
                </Space>
              ),
            },
            { title: '6 rõ', key: 'six', width: 110, render: (_: unknown, t: TaskView) => <SixClearTag check={t.sixClear} /> },
            { title: 'Phiên họp giao', dataIndex: 'sessionId', width: 232, render: sessionName },
          ]}
        />
      </Card>
      {opened != null && <TaskHistoryDrawer id={opened} asOf={filters.asOf} onClose={() => navigate('/nhiem-vu')} onChanged={list.reload} />}
      {dialog === 'bulk' && (
        <BulkStatusModal
          taskIds={selected}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setDialog(null);
            setSelected([]);
            list.reload();
          }}
        />
      )}
      {dialog === 'new' && (
        <TaskFormModal
          task={null}
          onClose={() => setDialog(null)}
          onSaved={(task) => {
            setDialog(null);
            list.reload();
            navigate('/nhiem-vu', { id: task.id });
          }}
        />
      )}
    </>
  );
}
