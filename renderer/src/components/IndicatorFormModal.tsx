import { Form, Input, Modal, Select } from 'antd';
import type { Direction, Indicator } from '../../../electron/domain/model';
import { call } from '../api/client';
import { useAction } from '../feedback';
import { DIRECTION_LABELS, optionsOf } from '../labels';

interface Values {
  name: string;
  unit: string;
  direction: Direction;
  groupName: string | null;
}

interface Props {
  /** The indicator to edit; null creates one. */
  indicator: Indicator | null;
  onClose(): void;
  onSaved(indicator: Indicator): void;
}

/** Create or edit an indicator: its name, unit, which way is better, and its group. */
export function IndicatorFormModal({ indicator, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const input = { ...values, unit: values.unit ?? '', groupName: values.groupName ?? null };
    const saved = await run(
      () => (indicator ? call('updateIndicator', { id: indicator.id, indicator: input }) : call('createIndicator', { indicator: input })),
      { done: 'Đã lưu chỉ tiêu.', failed: 'Không lưu được chỉ tiêu' },
    );
    if (saved) onSaved(saved);
  };
  return (
    <Modal open title={indicator ? 'Sửa chỉ tiêu' : 'Thêm chỉ tiêu'} okText="Lưu" cancelText="Hủy" onOk={save} onCancel={onClose} confirmLoading={busy} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" name="indicator" initialValues={indicator ?? { direction: 'higher_is_better', unit: '%' }}>
        <Form.Item label="Tên chỉ tiêu" name="name" rules={[{ required: true, whitespace: true, message: 'Hãy nhập tên chỉ tiêu.' }, { max: 300, message: 'Không quá 300 ký tự.' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="Đơn vị" name="unit" extra="Ví dụ: %, hồ sơ, tỷ USD; để trống cho xếp hạng." rules={[{ max: 50, message: 'Không quá 50 ký tự.' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="Chiều đánh giá" name="direction" rules={[{ required: true, message: 'Hãy chọn chiều đánh giá.' }]}>
          <Select options={optionsOf(DIRECTION_LABELS)} />
        </Form.Item>
        <Form.Item label="Nhóm" name="groupName" rules={[{ max: 200, message: 'Không quá 200 ký tự.' }]}>
          <Input placeholder="Ví dụ: Chuyển đổi số" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
