import { Button, Checkbox, Flex, Input, InputNumber, Select, Table, Typography } from 'antd';
import type { DraftFigure } from '../../../electron/api/contract';
import { formatDateVi } from '../format';
import { FIGURE_KIND_LABELS, optionsOf } from '../labels';
import { ToneTag } from './Tags';

interface Props {
  figures: DraftFigure[];
  onChange(key: string, change: (figure: DraftFigure) => DraftFigure): void;
  onDrop(key: string): void;
}

type Choice = DraftFigure['indicator'];

/** The Select's value for a choice: a known indicator's id, or "new". */
function choiceValue(choice: Choice): string {
  return choice.action === 'create' ? 'new' : `id:${choice.indicatorId}`;
}

/**
 * Linking to a known indicator under a wording it does not have yet records that
 * wording as an alias; the indicator the importer matched exactly stays "existing".
 */
function choiceOf(value: string, row: DraftFigure, original: Choice): Choice {
  if (value === 'new') return { action: 'create', name: row.figure.name, unit: row.figure.unit, direction: original.action === 'create' ? original.direction : 'higher_is_better' };
  const indicatorId = Number(value.slice(3));
  return original.action === 'existing' && original.indicatorId === indicatorId ? original : { action: 'alias', indicatorId };
}

function IndicatorPicker({ row, original, onPick }: { row: DraftFigure; original: Choice; onPick(choice: Choice): void }) {
  const known = row.suggestions.map((s) => ({
    value: `id:${s.indicatorId}`,
    label: `${s.name}${s.similarity < 1 ? ` (giống ${Math.round(s.similarity * 100)}%)` : ''}`,
  }));
  const current = choiceValue(row.indicator);
  if (current !== 'new' && !known.some((o) => o.value === current)) known.unshift({ value: current, label: `Chỉ tiêu #${current.slice(3)}` });
  return (
    <Select
      aria-label={`Chỉ tiêu của số liệu “${row.figure.name}”`}
      value={current}
      onChange={(value: string) => onPick(choiceOf(value, row, original))}
      options={[...known, { value: 'new', label: `Tạo chỉ tiêu mới: ${row.figure.name}` }]}
      style={{ width: '100%' }}
      popupMatchSelectWidth={420}
    />
  );
}

/** The figures read from one document: link each to an indicator, correct it, keep or drop it. */
export function DraftFiguresTable({ figures, onChange, onDrop }: Props) {
  // What the importer proposed, so a changed mind can return to an exact match.
  const originals = new Map(figures.map((f) => [f.key, f.indicator]));
  const set = (key: string, patch: Partial<DraftFigure['figure']>) => onChange(key, (f) => ({ ...f, figure: { ...f.figure, ...patch } }));

  return (
    <Table<DraftFigure>
      rowKey="key"
      size="small"
      dataSource={figures}
      pagination={false}
      scroll={{ x: 1180 }}
      locale={{ emptyText: 'Không đọc được số liệu nào từ tài liệu này.' }}
      rowClassName={(f) => (f.include ? '' : 'row-dropped')}
      expandable={{
        expandedRowRender: (f) => <Typography.Text italic>{`Căn cứ: “${f.figure.evidence}”`}</Typography.Text>,
        rowExpandable: (f) => f.figure.evidence !== '',
      }}
      columns={[
        {
          title: 'Lưu',
          key: 'include',
          width: 56,
          render: (_: unknown, f: DraftFigure) => (
            <Checkbox aria-label={`Lưu số liệu “${f.figure.name}”`} checked={f.include} onChange={(e) => onChange(f.key, (x) => ({ ...x, include: e.target.checked }))} />
          ),
        },
        {
          title: 'Chỉ tiêu',
          key: 'indicator',
          width: 280,
          render: (_: unknown, f: DraftFigure) => (
            <Flex vertical gap={4}>
              <Typography.Text>{f.figure.name}</Typography.Text>
              <IndicatorPicker row={f} original={originals.get(f.key) ?? f.indicator} onPick={(indicator) => onChange(f.key, (x) => ({ ...x, indicator }))} />
            </Flex>
          ),
        },
        {
          title: 'Giá trị',
          key: 'value',
          width: 130,
          render: (_: unknown, f: DraftFigure) => (
            <InputNumber<number>
              aria-label={`Giá trị: ${f.figure.name}`}
              decimalSeparator=","
              suffix={f.figure.unit || undefined}
              value={f.figure.value}
              onChange={(value) => value != null && set(f.key, { value })}
              style={{ width: '100%' }}
            />
          ),
        },
        {
          title: 'Mục tiêu',
          key: 'target',
          width: 110,
          render: (_: unknown, f: DraftFigure) => (
            <InputNumber<number>
              aria-label={`Mục tiêu: ${f.figure.name}`}
              decimalSeparator=","
              suffix={f.figure.unit || undefined}
              value={f.figure.target}
              onChange={(target) => set(f.key, { target: target ?? null })}
              style={{ width: '100%' }}
            />
          ),
        },
        {
          title: 'Phạm vi',
          key: 'scope',
          width: 110,
          render: (_: unknown, f: DraftFigure) => (
            <Input aria-label={`Phạm vi: ${f.figure.name}`} placeholder="Cả nước" value={f.figure.scope ?? ''} onChange={(e) => set(f.key, { scope: e.target.value || null })} />
          ),
        },
        {
          title: 'Kỳ số liệu',
          key: 'period',
          width: 130,
          render: (_: unknown, f: DraftFigure) => (
            <Input aria-label={`Kỳ số liệu: ${f.figure.name}`} value={f.figure.period ?? ''} onChange={(e) => set(f.key, { period: e.target.value || null })} />
          ),
        },
        {
          title: 'Loại',
          key: 'kind',
          width: 120,
          render: (_: unknown, f: DraftFigure) => (
            <Select
              aria-label={`Loại số liệu: ${f.figure.name}`}
              value={f.figure.kind}
              onChange={(kind) => set(f.key, { kind })}
              options={optionsOf(FIGURE_KIND_LABELS)}
              style={{ width: '100%' }}
            />
          ),
        },
        {
          title: 'Ghi chú',
          key: 'flags',
          width: 150,
          render: (_: unknown, f: DraftFigure) => (
            <Flex vertical gap={2} align="flex-start">
              {f.asOf && <Typography.Text type="secondary">{`Tính đến ${formatDateVi(f.asOf)}`}</Typography.Text>}
              {f.figure.target != null && <ToneTag tone="blue">{`Có mục tiêu${f.targetDue ? ` đến ${formatDateVi(f.targetDue)}` : ''}`}</ToneTag>}
              {f.duplicateOf && <ToneTag tone="orange">Đã có trong dữ liệu: sẽ bỏ qua</ToneTag>}
              {f.repeatsKey && <ToneTag tone="orange">Lặp lại trong tài liệu</ToneTag>}
            </Flex>
          ),
        },
        {
          title: 'Bỏ',
          key: 'drop',
          width: 64,
          render: (_: unknown, f: DraftFigure) => (
            <Button size="small" danger onClick={() => onDrop(f.key)} aria-label={`Bỏ số liệu “${f.figure.name}” khỏi bản nháp`}>
              Bỏ
            </Button>
          ),
        },
      ]}
    />
  );
}
