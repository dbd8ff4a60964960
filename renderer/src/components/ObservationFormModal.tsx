import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Observation, Qualifier } from '../../../electron/domain/model';
import type { FigureView } from '../../../electron/domain/views';
import { call } from '../api/client';
import { useAction } from '../feedback';
import { DATE_FORMAT, dayOf, isoOf } from '../format';
import { FIGURE_KIND_LABELS, QUALIFIER_LABELS, optionsOf } from '../labels';
import { SessionSelect } from './SessionSelect';

type Kind = Observation['kind'];

interface Values {
  value: number;
  valueMax: number | null;
  of: number | null;
  kind: Kind;
  qualifier: Qualifier;
  period: string | null;
  asOf: Dayjs;
  scope: string | null;
  sessionId: number | null;
  evidence: string | null;
}

interface Props {
  indicatorId: number;
  unit: string;
  /** The figure to correct; null adds one. */
  figure: FigureView | null;
  onClose(): void;
  onSaved(): void;
}

/** A figure is one of these kinds; a target is not a figure (it has its own form). */
const OBSERVATION_KINDS: Record<Kind, string> = {
  level: FIGURE_KIND_LABELS.level,
  change: FIGURE_KIND_LABELS.change,
  count_of: FIGURE_KIND_LABELS.count_of,
  rank: FIGURE_KIND_LABELS.rank,
};

/** Enter or correct a figure by hand: the value, what kind of figure it is, the period and the scope. */
export function ObservationFormModal({ indicatorId, unit, figure, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const input = {
      indicatorId,
      value: v.value,
      valueMax: v.valueMax ?? null,
      of: v.of ?? null,
      kind: v.kind,
      qualifier: v.qualifier,
      period: v.period ?? null,
      asOf: isoOf(v.asOf),
      scope: v.scope ?? null,
      sessionId: v.sessionId ?? null,
      documentId: figure?.documentId ?? null,
      evidence: v.evidence ?? null,
    };
    const saved = await run(
      () => (figure ? call('updateObservation', { id: figure.id, observation: input }) : call('createObservation', { observation: input })),
      { done: 'Đã lưu số liệu.', failed: 'Không lưu được số liệu' },
    );
    if (saved) onSaved();
  };
  const number = <InputNumber decimalSeparator="," style={{ width: '100%' }} />;
  return (
    <Modal open title={figure ? 'Sửa số liệu' : 'Thêm số liệu'} okText="Lưu" cancelText="Hủy" onOk={save} onCancel={onClose} confirmLoading={busy} destroyOnHidden width={640}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="observation"
        initialValues={figure ? { ...figure, asOf: dayOf(figure.asOf) } : { kind: 'level', qualifier: 'exact', sessionId: null }}
      >
        <Form.Item label={`Giá trị${unit ? ` (${unit})` : ''}`} name="value" rules={[{ required: true, message: 'Hãy nhập giá trị.' }]}>
          {number}
        </Form.Item>
        <Form.Item label="Loại số liệu" name="kind" rules={[{ required: true, message: 'Hãy chọn loại số liệu.' }]}>
          <Select options={optionsOf(OBSERVATION_KINDS)} />
        </Form.Item>
        <Form.Item label="Mức độ chính xác" name="qualifier">
          <Select options={optionsOf(QUALIFIER_LABELS)} />
        </Form.Item>
        <Form.Item label="Cận trên (khi số liệu là một khoảng)" name="valueMax">
          {number}
        </Form.Item>
        <Form.Item label="Trên tổng số (X/Y, hoặc hạng X/Y)" name="of" rules={[{ type: 'number', min: 0.000001, message: 'Tổng số phải lớn hơn 0.' }]}>
          {number}
        </Form.Item>
        <Form.Item label="Kỳ số liệu (như văn bản ghi)" name="period" rules={[{ max: 200, message: 'Không quá 200 ký tự.' }]}>
          <Input placeholder="Ví dụ: 6 tháng đầu năm 2025" />
        </Form.Item>
        <Form.Item label="Số liệu tính đến ngày" name="asOf" extra="Ngày cuối của kỳ số liệu." rules={[{ required: true, message: 'Hãy chọn ngày của số liệu.' }]}>
          <DatePicker format={DATE_FORMAT} placeholder="Ngày/tháng/năm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Phạm vi" name="scope" extra="Để trống nếu là số liệu cả nước." rules={[{ max: 200, message: 'Không quá 200 ký tự.' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="Phiên họp báo cáo số liệu" name="sessionId">
          <SessionSelect />
        </Form.Item>
        <Form.Item label="Căn cứ (trích văn bản)" name="evidence" rules={[{ max: 4000, message: 'Không quá 4.000 ký tự.' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
