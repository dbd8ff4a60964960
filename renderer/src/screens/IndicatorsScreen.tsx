import { Button, Card, Flex, Input, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { IndicatorRow } from '../../../electron/api/contract';
import { RATING_LINE_LABELS } from '../../../electron/domain/model';
import { foldVietnamese, todayIso } from '../../../electron/domain/vietnamese';
import { call } from '../api/client';
import { AsOfPicker } from '../components/AsOfPicker';
import { IndicatorDrawer } from '../components/IndicatorDrawer';
import { IndicatorFormModal } from '../components/IndicatorFormModal';
import { LoadError } from '../components/LoadError';
import { RatingTag } from '../components/Tags';
import { ScreenTitle } from '../components/ScreenTitle';
import { figureText, formatDateVi, formatNumberVi, formatPercentVi, formatValue } from '../format';
import { useLoad } from '../hooks';
import { hrefOf, idParam, navigate, type Route } from '../routing';

const rowKey = (r: IndicatorRow) => `${r.indicatorId}|${r.scope ?? ''}|${r.kind ?? ''}`;

/** What the table's tags say: the ratings, and what a line with a figure but no rating lacks. */
const RATING_FILTER = RATING_LINE_LABELS.map(({ label }) => ({ value: label, label }));

/** Chỉ tiêu: every indicator series against its target as of a date; one opens in a drawer with its chart, figures and targets. */
export function IndicatorsScreen({ route }: { route: Route }) {
  const [asOf, setAsOf] = useState(todayIso());
  const [text, setText] = useState('');
  const [label, setLabel] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const rows = useLoad(() => call('listIndicators', { asOf }), [asOf]);
  const selected = idParam(route);

  const shown = useMemo(() => {
    const words = foldVietnamese(text).split(/\s+/).filter(Boolean);
    return (rows.data ?? []).filter(
      (r) =>
        (label == null || r.ratingLabel === label) &&
        words.every((w) => foldVietnamese(`${r.indicatorName} ${r.groupName ?? ''} ${r.scopeLabel}`).includes(w)),
    );
  }, [rows.data, text, label]);

  return (
    <>
      <ScreenTitle
        title="Chỉ tiêu"
        subtitle="Kết quả mới nhất của từng chỉ tiêu so với mục tiêu, tính đến ngày đã chọn."
        extra={
          <Button type="primary" onClick={() => setAdding(true)}>
            Thêm chỉ tiêu
          </Button>
        }
      />
      <LoadError title="Không tải được danh sách chỉ tiêu" error={rows.error} onRetry={rows.reload} />
      <Card size="small">
        <Flex gap={16} wrap align="center" style={{ marginBottom: 12 }}>
          <AsOfPicker id="chi-tieu-ngay" value={asOf} onChange={setAsOf} />
          <Input
            aria-label="Lọc theo tên chỉ tiêu, nhóm hoặc phạm vi"
            placeholder="Lọc theo tên, nhóm, phạm vi…"
            allowClear
            value={text}
            onChange={(e) => setText(e.target.value)}
            style={{ width: 300 }}
          />
          <Select<string | null>
            aria-label="Lọc theo đánh giá"
            placeholder="Mọi đánh giá"
            allowClear
            value={label}
            onChange={(v) => setLabel(v ?? null)}
            options={RATING_FILTER}
            style={{ width: 200 }}
          />
          <Typography.Text type="secondary">{`${formatNumberVi(shown.length)} / ${formatNumberVi(rows.data?.length ?? 0)} dòng`}</Typography.Text>
        </Flex>
        <Table<IndicatorRow>
          rowKey={rowKey}
          size="small"
          // Virtual rendering needs a fixed height; an empty table keeps no scroll box a keyboard cannot enter.
          virtual={shown.length > 0}
          scroll={shown.length > 0 ? { x: 1420, y: 560 } : undefined}
          loading={rows.loading}
          dataSource={shown}
          pagination={false}
          locale={{ emptyText: rows.data?.length ? 'Không có chỉ tiêu nào khớp bộ lọc.' : 'Chưa có chỉ tiêu nào. Nhập tài liệu hoặc thêm chỉ tiêu bằng tay.' }}
          columns={[
            {
              title: 'Chỉ tiêu',
              key: 'name',
              width: 300,
              fixed: 'left',
              render: (_: unknown, r: IndicatorRow) => <a href={hrefOf('/chi-tieu', { id: r.indicatorId })}>{r.indicatorName}</a>,
            },
            {
              title: 'Đánh giá',
              key: 'rating',
              width: 140,
              render: (_: unknown, r: IndicatorRow) => <RatingTag rating={r.rating} label={r.ratingLabel} reason={r.ratingReason} />,
            },
            {
              title: 'Kết quả',
              key: 'actual',
              width: 130,
              align: 'right',
              render: (_: unknown, r: IndicatorRow) => (r.actual ? figureText(r.actual, r.unit) : '—'),
            },
            {
              title: 'Mục tiêu',
              key: 'target',
              width: 180,
              render: (_: unknown, r: IndicatorRow) =>
                r.targetDueDate != null && r.targetValue != null
                  ? `${formatValue(r.targetValue, r.valueUnit, r.targetValueMax)} (hạn ${formatDateVi(r.targetDueDate)})`
                  : '—',
            },
            {
              title: 'Tỷ lệ đạt',
              dataIndex: 'attainment',
              width: 90,
              align: 'right',
              render: (a: number | null) => (a == null ? '—' : formatPercentVi(a * 100, 1)),
            },
            {
              title: 'Còn thiếu',
              key: 'gap',
              width: 150,
              align: 'right',
              render: (_: unknown, r: IndicatorRow) => (r.gap == null ? '—' : `${formatNumberVi(r.gap)} ${r.gapUnit}`),
            },
            {
              title: 'Kỳ số liệu',
              key: 'period',
              width: 160,
              render: (_: unknown, r: IndicatorRow) => (r.actual ? (r.actual.period ?? formatDateVi(r.actual.asOf)) : '—'),
            },
            { title: 'Phạm vi', dataIndex: 'scopeLabel', width: 110 },
            { title: 'Nhóm', dataIndex: 'groupName', width: 160, render: (g: string | null) => g ?? '—' },
          ]}
        />
      </Card>
      {selected != null && (
        <IndicatorDrawer id={selected} asOf={asOf} onClose={() => navigate('/chi-tieu')} onChanged={rows.reload} />
      )}
      {adding && (
        <IndicatorFormModal
          indicator={null}
          onClose={() => setAdding(false)}
          onSaved={(indicator) => {
            setAdding(false);
            rows.reload();
            navigate('/chi-tieu', { id: indicator.id });
          }}
        />
      )}
    </>
  );
}
