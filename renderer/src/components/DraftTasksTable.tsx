import { Button, Checkbox, DatePicker, Flex, Input, Select, Table, Typography } from 'antd';
import type { DraftTask } from '../../../electron/api/contract';
import type { Agency, DeadlineKind } from '../../../electron/domain/model';
import { DATE_FORMAT, dayOf, foldedSearch, isoOf } from '../format';
import { DEADLINE_KIND_LABELS, optionsOf } from '../labels';

interface Props {
  tasks: DraftTask[];
  agencies: Agency[];
  onChange(key: string, change: (task: DraftTask) => DraftTask): void;
  onDrop(key: string): void;
}

const UNDATED: readonly DeadlineKind[] = ['recurring', 'none'];

/** The tasks read from one document: lead, content and deadline, each correctable; keep or drop. */
export function DraftTasksTable({ tasks, agencies, onChange, onDrop }: Props) {
  const setTask = (key: string, patch: Partial<DraftTask['task']>) => onChange(key, (t) => ({ ...t, task: { ...t.task, ...patch } }));
  const label = (i: number) => `nhiệm vụ ${i + 1}`;

  return (
    <Table<DraftTask>
      rowKey="key"
      size="small"
      dataSource={tasks}
      pagination={false}
      scroll={{ x: 1080 }}
      locale={{ emptyText: 'Không đọc được nhiệm vụ nào từ tài liệu này.' }}
      rowClassName={(t) => (t.include ? '' : 'row-dropped')}
      expandable={{
        expandedRowRender: (t) => <Typography.Text italic>{`Căn cứ: “${t.task.evidence}”`}</Typography.Text>,
        rowExpandable: (t) => t.task.evidence !== '',
      }}
      columns={[
        {
          title: 'Lưu',
          key: 'include',
          width: 56,
          render: (_: unknown, t: DraftTask, i: number) => (
            <Checkbox aria-label={`Lưu ${label(i)}`} checked={t.include} onChange={(e) => onChange(t.key, (x) => ({ ...x, include: e.target.checked }))} />
          ),
        },
        {
          title: 'Cơ quan chủ trì',
          key: 'lead',
          width: 220,
          render: (_: unknown, t: DraftTask, i: number) => (
            <Select<number | null>
              aria-label={`Cơ quan chủ trì ${label(i)}`}
              allowClear
              showSearch={foldedSearch}
              placeholder={`Giữ như văn bản ghi: ${t.task.lead}`}
              value={t.leadAgencyId}
              onChange={(id) => {
                const agency = agencies.find((a) => a.id === id);
                onChange(t.key, (x) => ({ ...x, leadAgencyId: id ?? null, task: { ...x.task, lead: agency?.name ?? x.task.lead } }));
              }}
              options={agencies.map((a) => ({ value: a.id, label: a.name }))}
              style={{ width: '100%' }}
            />
          ),
        },
        {
          title: 'Nội dung',
          key: 'content',
          render: (_: unknown, t: DraftTask, i: number) => (
            <Flex vertical gap={4}>
              <Input.TextArea aria-label={`Nội dung ${label(i)}`} autoSize={{ minRows: 1, maxRows: 4 }} value={t.task.content} onChange={(e) => setTask(t.key, { content: e.target.value })} />
              {t.task.partners.length > 0 && <Typography.Text type="secondary">{`Phối hợp: ${t.task.partners.join('; ')}`}</Typography.Text>}
            </Flex>
          ),
        },
        {
          title: 'Thời hạn',
          key: 'deadline',
          width: 290,
          render: (_: unknown, t: DraftTask, i: number) => (
            <Flex vertical gap={4}>
              <Flex gap={4}>
                <Select<DeadlineKind>
                  aria-label={`Loại thời hạn ${label(i)}`}
                  value={t.task.deadline.kind}
                  onChange={(kind) => setTask(t.key, { deadline: { ...t.task.deadline, kind, due: UNDATED.includes(kind) ? null : t.task.deadline.due } })}
                  options={optionsOf(DEADLINE_KIND_LABELS)}
                  style={{ width: 150 }}
                />
                <DatePicker
                  aria-label={`Hạn hoàn thành ${label(i)}`}
                  format={DATE_FORMAT} placeholder="Ngày/tháng/năm"
                  disabled={UNDATED.includes(t.task.deadline.kind)}
                  value={t.task.deadline.due ? dayOf(t.task.deadline.due) : null}
                  onChange={(d) => setTask(t.key, { deadline: { ...t.task.deadline, due: d ? isoOf(d) : null } })}
                  style={{ width: 140 }}
                />
              </Flex>
              {t.task.deadline.text && <Typography.Text type="secondary">{`“${t.task.deadline.text}”`}</Typography.Text>}
            </Flex>
          ),
        },
        {
          title: 'Bỏ',
          key: 'drop',
          width: 70,
          render: (_: unknown, t: DraftTask, i: number) => (
            <Button size="small" danger onClick={() => onDrop(t.key)} aria-label={`Bỏ ${label(i)} khỏi bản nháp`}>
              Bỏ
            </Button>
          ),
        },
      ]}
    />
  );
}
