import { App, Button, Card, Descriptions, Drawer, Empty, Flex, List, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { IndicatorComparison, IndicatorPage } from '../../../electron/api/contract';
import type { FigureView, TargetView } from '../../../electron/domain/views';
import { call } from '../api/client';
import { useAction } from '../feedback';
import { figureText, formatDateVi, formatNumberVi, formatPercentVi, formatValue, sessionLabel } from '../format';
import { useLoad } from '../hooks';
import { DIRECTION_LABELS } from '../labels';
import { EChart } from './EChart';
import { FiguresTable, TargetsTable } from './FigureTables';
import { IndicatorFormModal } from './IndicatorFormModal';
import { LoadError } from './LoadError';
import { ObservationFormModal } from './ObservationFormModal';
import { RatingTag } from './Tags';
import { TargetFormModal } from './TargetFormModal';

interface Props {
  id: number;
  asOf: string;
  onClose(): void;
  /** Called after any edit, so the table behind refreshes. */
  onChanged(): void;
}

/** The numbers behind one compared series: actual, target, attainment, gap, expected value, forecast. */
function ComparisonFacts({ c }: { c: IndicatorComparison }) {
  const value = (v: number | null) => (v == null ? '—' : formatValue(v, c.valueUnit));
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 3 }}
      items={[
        { key: 'actual', label: 'Kết quả mới nhất', children: c.actual ? `${figureText(c.actual, c.unit)} (${c.actual.period ?? formatDateVi(c.actual.asOf)})` : '—' },
        { key: 'target', label: 'Mục tiêu', children: c.target ? `${value(c.targetValue)} đến ${formatDateVi(c.target.dueDate)}` : '—' },
        { key: 'attainment', label: 'Tỷ lệ đạt', children: c.attainment == null ? '—' : formatPercentVi(c.attainment * 100, 1) },
        { key: 'gap', label: 'Còn thiếu', children: c.gap == null ? '—' : `${formatNumberVi(c.gap)} ${c.gapUnit}` },
        { key: 'expected', label: 'Theo lộ trình cần đạt', children: value(c.expected) },
        {
          key: 'forecast',
          label: 'Dự báo',
          children: c.forecast ? (c.forecast.metBy ? `Đạt mục tiêu vào ${formatDateVi(c.forecast.metBy)}` : 'Theo nhịp độ hiện nay không đạt mục tiêu') : '—',
        },
      ]}
    />
  );
}

/** Where the figures and targets came from: each source with the sentences read from it. */
function Sources({ page }: { page: IndicatorPage }) {
  const quotes = [
    ...page.figures.map((f) => ({ key: `f${f.id}`, row: f as FigureView | TargetView, what: `Số liệu ${figureText(f, f.unit)}` })),
    ...page.targets.map((t) => ({ key: `t${t.id}`, row: t as FigureView | TargetView, what: `Mục tiêu ${formatValue(t.value, t.unit, t.valueMax)}` })),
  ];
  const groups = new Map<string, typeof quotes>();
  for (const quote of quotes) {
    const { documentName, sessionNumber, sessionDate } = quote.row;
    const source = documentName ?? (sessionDate ? sessionLabel({ number: sessionNumber, date: sessionDate }) : 'Không ghi nguồn');
    groups.set(source, [...(groups.get(source) ?? []), quote]);
  }
  return (
    <List
      dataSource={[...groups.entries()]}
      locale={{ emptyText: 'Chưa có nguồn nào.' }}
      renderItem={([source, items]) => (
        <List.Item>
          <List.Item.Meta
            title={source}
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {items.map((q) => (
                  <li key={q.key}>
                    {q.what}
                    {q.row.evidence ? `: “${q.row.evidence}”` : ''}
                  </li>
                ))}
              </ul>
            }
          />
        </List.Item>
      )}
    />
  );
}

type Editing = { kind: 'indicator' } | { kind: 'figure'; figure: FigureView | null } | { kind: 'target'; target: TargetView | null };

/** Chỉ tiêu, one indicator: each series against its target with its chart, its figures and targets (editable), and their sources. */
export function IndicatorDrawer({ id, asOf, onClose, onChanged }: Props) {
  const [version, setVersion] = useState(0);
  const page = useLoad(() => call('getIndicator', { id, asOf }), [id, asOf, version]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const { modal } = App.useApp();
  const { run } = useAction();

  const changed = () => {
    setEditing(null);
    setVersion((v) => v + 1);
    onChanged();
  };
  const remove = (what: string, action: () => Promise<unknown>) =>
    modal.confirm({
      title: `Xóa ${what}?`,
      content: 'Thao tác được ghi vào nhật ký thay đổi.',
      okText: 'Xóa',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: async () => {
        if (await run(action, { done: `Đã xóa ${what}.`, failed: `Không xóa được ${what}` })) changed();
      },
    });

  const data = page.data;
  const indicator = data?.indicator;
  const rowActions = <T extends { id: number }>(edit: (row: T) => void, del: (row: T) => void, noun: string) =>
    function Actions(row: T) {
      return (
        <Space size={4}>
          <Button size="small" onClick={() => edit(row)} aria-label={`Sửa ${noun} #${row.id}`}>
            Sửa
          </Button>
          <Button size="small" danger onClick={() => del(row)} aria-label={`Xóa ${noun} #${row.id}`}>
            Xóa
          </Button>
        </Space>
      );
    };

  return (
    <Drawer
      open
      onClose={onClose}
      size="min(1100px, calc(100vw - 120px))"
      title={indicator?.name ?? 'Chỉ tiêu'}
      closable={{ 'aria-label': 'Đóng' }}
      extra={
        indicator && (
          <Button onClick={() => setEditing({ kind: 'indicator' })}>
            Sửa chỉ tiêu
          </Button>
        )
      }
    >
      <LoadError title="Không tải được chỉ tiêu" error={page.error} onRetry={page.reload} />
      {!data && !page.error && <Spin description="Đang tải chỉ tiêu…" />}
      {data && indicator && (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, md: 2 }}
            items={[
              { key: 'unit', label: 'Đơn vị', children: indicator.unit || '—' },
              { key: 'direction', label: 'Chiều đánh giá', children: DIRECTION_LABELS[indicator.direction] },
              { key: 'group', label: 'Nhóm', children: indicator.groupName ?? '—' },
              { key: 'asOf', label: 'Tính đến ngày', children: formatDateVi(data.detail.asOf) },
              ...(indicator.aliases.length ? [{ key: 'aliases', label: 'Tên khác trong văn bản', children: indicator.aliases.join('; ') }] : []),
            ]}
          />
          <Flex vertical gap={16} style={{ marginTop: 16 }}>
            {data.detail.comparisons.map((c, i) => (
              <Card
                key={data.charts[i]?.key ?? i}
                size="small"
                title={
                  <Space wrap>
                    <span>{c.scopeLabel}</span>
                    <RatingTag rating={c.rating} label={c.ratingLabel} />
                  </Space>
                }
              >
                {c.ratingReason && <Typography.Paragraph>{c.ratingReason}</Typography.Paragraph>}
                <ComparisonFacts c={c} />
                {c.series.length > 0 && data.charts[i] && <EChart option={data.charts[i].option} label={data.charts[i].label} height={data.charts[i].height} />}
              </Card>
            ))}
          </Flex>
          <Tabs
            style={{ marginTop: 16 }}
            items={[
              {
                key: 'figures',
                label: `Số liệu (${formatNumberVi(data.figures.length)})`,
                children: (
                  <>
                    <Button style={{ marginBottom: 8 }} onClick={() => setEditing({ kind: 'figure', figure: null })}>
                      Thêm số liệu
                    </Button>
                    <FiguresTable
                      rows={data.figures}
                      showIndicator={false}
                      actions={rowActions<FigureView>(
                        (figure) => setEditing({ kind: 'figure', figure }),
                        (figure) => remove('số liệu', () => call('deleteObservation', { id: figure.id })),
                        'số liệu',
                      )}
                    />
                  </>
                ),
              },
              {
                key: 'targets',
                label: `Mục tiêu (${formatNumberVi(data.targets.length)})`,
                children: (
                  <>
                    <Button style={{ marginBottom: 8 }} onClick={() => setEditing({ kind: 'target', target: null })}>
                      Thêm mục tiêu
                    </Button>
                    <TargetsTable
                      rows={data.targets}
                      showIndicator={false}
                      actions={rowActions<TargetView>(
                        (target) => setEditing({ kind: 'target', target }),
                        (target) => remove('mục tiêu', () => call('deleteTarget', { id: target.id })),
                        'mục tiêu',
                      )}
                    />
                  </>
                ),
              },
              { key: 'sources', label: 'Nguồn', children: <Sources page={data} /> },
            ]}
          />
          {data.detail.comparisons.length === 0 && <Empty description="Chỉ tiêu chưa có số liệu hay mục tiêu nào." />}
        </>
      )}
      {indicator && editing?.kind === 'indicator' && <IndicatorFormModal indicator={indicator} onClose={() => setEditing(null)} onSaved={changed} />}
      {indicator && editing?.kind === 'figure' && (
        <ObservationFormModal indicatorId={indicator.id} unit={indicator.unit} figure={editing.figure} onClose={() => setEditing(null)} onSaved={changed} />
      )}
      {indicator && editing?.kind === 'target' && (
        <TargetFormModal indicatorId={indicator.id} unit={indicator.unit} target={editing.target} onClose={() => setEditing(null)} onSaved={changed} />
      )}
    </Drawer>
  );
}
