import { Table, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { FigureView, SourceNames, TargetView } from '../../../electron/domain/views';
import { figureText, formatDateVi, formatValue, sessionLabel, targetText } from '../format';
import { FIGURE_KIND_LABELS, QUALIFIER_LABELS } from '../labels';
import { hrefOf } from '../routing';

/** The value a target started from, and when: the start of its trajectory. */
function baselineText(t: TargetView): string {
  if (t.baselineValue == null) return '—';
  return `${formatValue(t.baselineValue, t.unit)}${t.baselineDate ? ` (${formatDateVi(t.baselineDate)})` : ''}`;
}

function IndicatorLink({ id, name }: { id: number; name: string }) {
  return <a href={hrefOf('/chi-tieu', { id })}>{name}</a>;
}

/** Where a record came from: the document, else the session, with the sentence read as a tooltip. */
function Source({ row }: { row: SourceNames & { evidence: string | null } }) {
  const where =
    row.documentName ?? (row.sessionDate ? sessionLabel({ number: row.sessionNumber, date: row.sessionDate }) : 'Không ghi nguồn');
  return row.evidence ? (
    <Tooltip title={`“${row.evidence}”`}>
      <span tabIndex={0}>{where}</span>
    </Tooltip>
  ) : (
    <span>{where}</span>
  );
}

interface TableProps<T> {
  rows: T[];
  /** Leave out the indicator column where the indicator is the page's subject. */
  showIndicator?: boolean;
  /** Buttons for one row (edit, delete), where the records may be changed. */
  actions?: (row: T) => ReactNode;
}

function actionColumn<T>(actions: ((row: T) => ReactNode) | undefined) {
  return actions ? [{ title: 'Thao tác', key: 'actions', width: 150, render: (_: unknown, row: T) => actions(row) }] : [];
}

/** The figures of a session or an indicator. */
export function FiguresTable({ rows: figures, showIndicator = true, actions }: TableProps<FigureView>) {
  return (
    <Table<FigureView>
      rowKey="id"
      size="small"
      dataSource={figures}
      pagination={figures.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: 'Chưa có số liệu nào.' }}
      columns={[
        ...(showIndicator
          ? [{ title: 'Chỉ tiêu', key: 'indicator', render: (_: unknown, f: FigureView) => <IndicatorLink id={f.indicatorId} name={f.indicatorName} /> }]
          : []),
        {
          title: 'Kết quả',
          key: 'value',
          align: 'right',
          width: 150,
          render: (_: unknown, f: FigureView) =>
            `${f.qualifier === 'exact' ? '' : `${QUALIFIER_LABELS[f.qualifier].toLowerCase()} `}${figureText(f, f.unit)}`,
        },
        { title: 'Loại', dataIndex: 'kind', width: 120, render: (k: FigureView['kind']) => FIGURE_KIND_LABELS[k] },
        { title: 'Kỳ', dataIndex: 'period', width: 170, render: (p: string | null) => p ?? '—' },
        { title: 'Tính đến', dataIndex: 'asOf', width: 100, render: (d: string) => formatDateVi(d) },
        { title: 'Phạm vi', dataIndex: 'scope', width: 120, render: (s: string | null) => s ?? 'Cả nước' },
        { title: 'Nguồn', key: 'source', width: 200, render: (_: unknown, f: FigureView) => <Source row={f} /> },
        ...actionColumn(actions),
      ]}
    />
  );
}

/** The targets set at a session or for an indicator. */
export function TargetsTable({ rows: targets, showIndicator = true, actions }: TableProps<TargetView>) {
  return (
    <Table<TargetView>
      rowKey="id"
      size="small"
      dataSource={targets}
      pagination={false}
      locale={{ emptyText: 'Chưa có mục tiêu nào.' }}
      columns={[
        ...(showIndicator
          ? [{ title: 'Chỉ tiêu', key: 'indicator', render: (_: unknown, t: TargetView) => <IndicatorLink id={t.indicatorId} name={t.indicatorName} /> }]
          : []),
        { title: 'Mục tiêu', key: 'value', align: 'right', width: 150, render: (_: unknown, t: TargetView) => targetText(t, t.unit) },
        { title: 'Hạn', dataIndex: 'dueDate', width: 100, render: (d: string) => formatDateVi(d) },
        { title: 'Phạm vi', dataIndex: 'scope', width: 120, render: (s: string | null) => s ?? 'Cả nước' },
        { title: 'Mức cơ sở', key: 'baseline', width: 150, render: (_: unknown, t: TargetView) => baselineText(t) },
        { title: 'Nguồn', key: 'source', width: 200, render: (_: unknown, t: TargetView) => <Source row={t} /> },
        ...actionColumn(actions),
      ]}
    />
  );
}
