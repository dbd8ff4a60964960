import { DatePicker, Form, Input, InputNumber, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import type { TargetView } from '../../../electron/domain/views';
import { call } from '../api/client';
import { useAction } from '../feedback';
import { DATE_FORMAT, dayOf, isoOf } from '../format';
import { SessionSelect } from './SessionSelect';

interface Values {
  value: number;
  valueMax: number | null;
  of: number | null;
  dueDate: Dayjs;
  scope: string | null;
  baselineValue: number | null;
  baselineDate: Dayjs | null;
  sessionId: number | null;
  evidence: string | null;
}

interface Props {
  indicatorId: number;
  unit: string;
  /** The target to edit; null adds one. */
  target: TargetView | null;
  onClose(): void;
  onSaved(): void;
}

/** Set a target by hand: value (or range, or X of Y), due date, scope and the baseline it starts from. */
export function TargetFormModal({ indicatorId, unit, target, onClose, onSaved }: Props) {
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
      dueDate: isoOf(v.dueDate),
      scope: v.scope ?? null,
      baselineValue: v.baselineValue ?? null,
      baselineDate: v.baselineDate ? isoOf(v.baselineDate) : null,
      sessionId: v.sessionId ?? null,
      documentId: target?.documentId ?? null,
      evidence: v.evidence ?? null,
    };
    const saved = await run(() => (target ? call('updateTarget', { id: target.id, target: input }) : call('createTarget', { target: input })), {
      done: 'Đã lưu mục tiêu.',
      failed: 'Không lưu được mục tiêu',
    });
    if (saved) onSaved();
  };
  const number = <InputNumber decimalSeparator="," style={{ width: '100%' }} />;
  return (
    <Modal open title={target ? 'Sửa mục tiêu' : 'Thêm mục tiêu'} okText="Lưu" cancelText="Hủy" onOk={save} onCancel={onClose} confirmLoading={busy} destroyOnHidden width={640}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="target"
        initialValues={
          target
            ? { ...target, dueDate: dayOf(target.dueDate), baselineDate: target.baselineDate ? dayOf(target.baselineDate) : null }
            : { sessionId: null }
        }
      >
        <Form.Item label={`Giá trị mục tiêu${unit ? ` (${unit})` : ''}`} name="value" rules={[{ required: true, message: 'Hãy nhập giá trị mục tiêu.' }]}>
          {number}
        </Form.Item>
        <Form.Item
          label="Cận trên (khi mục tiêu là một khoảng)"
          name="valueMax"
          dependencies={['value']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, max: number | null) =>
                max == null || max >= getFieldValue('value') ? Promise.resolve() : Promise.reject(new Error('Cận trên phải lớn hơn hoặc bằng giá trị mục tiêu.')),
            }),
          ]}
        >
          {number}
        </Form.Item>
        <Form.Item label="Trên tổng số (khi mục tiêu là X/Y, ví dụ 40/61 tiện ích)" name="of" rules={[{ type: 'number', min: 0.000001, message: 'Tổng số phải lớn hơn 0.' }]}>
          {number}
        </Form.Item>
        <Form.Item label="Hạn đạt mục tiêu" name="dueDate" rules={[{ required: true, message: 'Hãy chọn hạn đạt mục tiêu.' }]}>
          <DatePicker format={DATE_FORMAT} placeholder="Ngày/tháng/năm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Phạm vi" name="scope" extra="Để trống nếu là mục tiêu cả nước; ví dụ: các tỉnh, các bộ." rules={[{ max: 200, message: 'Không quá 200 ký tự.' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="Mức cơ sở (giá trị khi đặt mục tiêu)" name="baselineValue" extra="Có mức cơ sở và ngày cơ sở thì ứng dụng vẽ lộ trình để biết kết quả có đúng tiến độ không.">
          {number}
        </Form.Item>
        <Form.Item label="Ngày của mức cơ sở" name="baselineDate">
          <DatePicker format={DATE_FORMAT} placeholder="Ngày/tháng/năm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Phiên họp đặt mục tiêu" name="sessionId">
          <SessionSelect />
        </Form.Item>
        <Form.Item label="Căn cứ (trích văn bản)" name="evidence" rules={[{ max: 4000, message: 'Không quá 4.000 ký tự.' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
