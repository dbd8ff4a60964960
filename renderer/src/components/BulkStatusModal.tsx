import { DatePicker, Form, Input, Modal, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { TaskProgress } from '../../../electron/domain/model';
import { call } from '../api/client';
import { useAction } from '../feedback';
import { DATE_FORMAT, formatNumberVi, isoOf } from '../format';
import { PROGRESS_LABELS, optionsOf } from '../labels';

interface Values {
  progress: TaskProgress;
  date: Dayjs;
  note: string | null;
}

interface Props {
  taskIds: number[];
  onClose(): void;
  onSaved(): void;
}

/**
 * Records one progress update for the chosen tasks, with a note (what report says so).
 * The status shown is computed from these updates as of any date, so nothing is overwritten.
 */
export function BulkStatusModal({ taskIds, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const done = await run(() => call('updateTaskStatuses', { taskIds, progress: v.progress, date: isoOf(v.date), note: v.note ?? null }), {
      done: `Đã cập nhật ${formatNumberVi(taskIds.length)} nhiệm vụ.`,
      failed: 'Không cập nhật được trạng thái',
    });
    if (done) onSaved();
  };
  return (
    <Modal
      open
      title={`Cập nhật trạng thái ${formatNumberVi(taskIds.length)} nhiệm vụ`}
      okText="Cập nhật"
      cancelText="Hủy"
      onOk={save}
      onCancel={onClose}
      confirmLoading={busy}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" name="bulk-status" initialValues={{ progress: 'done', date: dayjs() }}>
        <Form.Item label="Tiến độ" name="progress" rules={[{ required: true, message: 'Hãy chọn tiến độ.' }]}>
          <Radio.Group options={optionsOf(PROGRESS_LABELS)} optionType="button" />
        </Form.Item>
        <Form.Item label="Ngày" name="date" extra="Ngày hoàn thành, hoặc ngày báo cáo tiến độ." rules={[{ required: true, message: 'Hãy chọn ngày.' }]}>
          <DatePicker format={DATE_FORMAT} placeholder="Ngày/tháng/năm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="Ghi chú" name="note" extra="Ví dụ: căn cứ văn bản báo cáo số …" rules={[{ max: 2000, message: 'Không quá 2.000 ký tự.' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
