import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { Session, SessionFormat } from '../../../electron/domain/model';
import { call } from '../api/client';
import { useAction } from '../feedback';
import { DATE_FORMAT, dayOf, isoOf } from '../format';
import { FORMAT_LABELS, optionsOf } from '../labels';

interface Values {
  number: number | null;
  year: number;
  date: Dayjs;
  title: string;
  chair: string | null;
  format: SessionFormat;
  notes: string | null;
}

interface Props {
  /** The session to edit; null creates a new one. */
  session: Session | null;
  onClose(): void;
  onSaved(session: Session): void;
}

/** Create or edit a session: a form checked here and again by the service. */
export function SessionFormModal({ session, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();

  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const input = { ...values, date: isoOf(values.date), chair: values.chair ?? null, notes: values.notes ?? null, number: values.number ?? null };
    const saved = await run(
      () => (session ? call('updateSession', { id: session.id, session: input }) : call('createSession', { session: input })),
      { done: session ? 'Đã lưu phiên họp.' : 'Đã thêm phiên họp.', failed: 'Không lưu được phiên họp' },
    );
    if (saved) onSaved(saved);
  };

  return (
    <Modal
      open
      title={session ? 'Sửa phiên họp' : 'Thêm phiên họp'}
      okText="Lưu"
      cancelText="Hủy"
      onOk={save}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
      width={640}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        name="session"
        initialValues={
          session
            ? { ...session, date: dayOf(session.date) }
            : { format: 'hybrid', year: new Date().getFullYear(), chair: 'Thủ tướng Chính phủ' }
        }
        onValuesChange={(changed: Partial<Values>) => {
          // The year a session belongs to is its date's year unless the staff say otherwise.
          if (changed.date) form.setFieldValue('year', changed.date.year());
        }}
      >
        <Form.Item label="Tên phiên họp" name="title" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên phiên họp.' }, { max: 500, message: 'Tên phiên họp không quá 500 ký tự.' }]}>
          <Input placeholder="Phiên họp lần thứ … của Ban Chỉ đạo" />
        </Form.Item>
        <Form.Item label="Ngày họp" name="date" rules={[{ required: true, message: 'Hãy chọn ngày họp.' }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="Ngày/tháng/năm" />
        </Form.Item>
        <Form.Item
          label="Lần thứ"
          name="number"
          extra="Để trống nếu là hội nghị không đánh số."
          rules={[{ type: 'integer', min: 1, message: 'Số thứ tự phiên họp phải là số nguyên dương.' }]}
        >
          <InputNumber min={1} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label="Năm đánh số"
          name="year"
          extra="Từ năm 2026, số thứ tự phiên họp được đánh lại theo từng năm."
          rules={[{ required: true, message: 'Hãy nhập năm.' }, { type: 'integer', min: 2000, max: 2100, message: 'Năm phải từ 2000 đến 2100.' }]}
        >
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Chủ trì" name="chair" rules={[{ max: 200, message: 'Không quá 200 ký tự.' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="Hình thức" name="format" rules={[{ required: true, message: 'Hãy chọn hình thức họp.' }]}>
          <Select options={optionsOf(FORMAT_LABELS)} />
        </Form.Item>
        <Form.Item label="Ghi chú" name="notes" rules={[{ max: 10_000, message: 'Không quá 10.000 ký tự.' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
