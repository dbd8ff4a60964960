import { DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { DeadlineKind, Task } from '../../../electron/domain/model';
import { call } from '../api/client';
import { useAction } from '../feedback';
import { DATE_FORMAT, dayOf, foldedSearch, isoOf } from '../format';
import { useLoad } from '../hooks';
import { DEADLINE_KIND_LABELS, optionsOf } from '../labels';
import { SessionSelect } from './SessionSelect';

interface Values {
  leadAgencyId: number | null;
  leadName: string | null;
  partnerNames: string[];
  content: string;
  output: string | null;
  deadlineKind: DeadlineKind;
  due: Dayjs | null;
  deadlineText: string | null;
  sessionId: number | null;
}

interface Props {
  /** The task to edit; null adds one. */
  task: Task | null;
  onClose(): void;
  onSaved(task: Task): void;
}

const UNDATED: readonly DeadlineKind[] = ['recurring', 'none'];

/** Create or edit a task: lead and partners, content, output and deadline (the "6 rõ" in form). */
export function TaskFormModal({ task, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const agencies = useLoad(() => call('listAgencies', {}), []);
  const kind = Form.useWatch('deadlineKind', form);
  const active = (agencies.data ?? []).filter((a) => a.active);

  const save = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    const undated = UNDATED.includes(v.deadlineKind);
    const input = {
      leadAgencyId: v.leadAgencyId ?? null,
      leadName: v.leadAgencyId != null ? null : (v.leadName ?? null),
      partnerNames: v.partnerNames ?? [],
      content: v.content,
      output: v.output ?? null,
      deadline: { kind: v.deadlineKind, due: undated || !v.due ? null : isoOf(v.due), text: v.deadlineText ?? null },
      sessionId: v.sessionId ?? null,
      documentId: task?.documentId ?? null,
      evidence: task?.evidence ?? null,
    };
    const saved = await run(() => (task ? call('updateTask', { id: task.id, task: input }) : call('createTask', { task: input })), {
      done: 'Đã lưu nhiệm vụ.',
      failed: 'Không lưu được nhiệm vụ',
    });
    if (saved) onSaved(saved);
  };

  return (
    <Modal open title={task ? 'Sửa nhiệm vụ' : 'Thêm nhiệm vụ'} okText="Lưu" cancelText="Hủy" onOk={save} onCancel={onClose} confirmLoading={busy} destroyOnHidden width={720}>
      <Form<Values>
        form={form}
        layout="vertical"
        name="task"
        initialValues={
          task
            ? {
                leadAgencyId: task.leadAgencyId,
                leadName: task.leadAgencyId == null ? task.leadName : null,
                partnerNames: task.partnerNames,
                content: task.content,
                output: task.output,
                deadlineKind: task.deadline.kind,
                due: task.deadline.due ? dayOf(task.deadline.due) : null,
                deadlineText: task.deadline.text,
                sessionId: task.sessionId,
              }
            : { deadlineKind: 'date', partnerNames: [], sessionId: null }
        }
      >
        <Form.Item label="Cơ quan chủ trì" name="leadAgencyId" extra="Chọn trong danh mục; nếu không có, ghi tên ở ô dưới.">
          <Select
            allowClear
            showSearch={foldedSearch}
            loading={agencies.loading}
            placeholder="Chọn cơ quan"
            options={active.map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item noStyle dependencies={['leadAgencyId']}>
          {({ getFieldValue }) =>
            getFieldValue('leadAgencyId') == null && (
              <Form.Item label="Tên cơ quan chủ trì (ngoài danh mục)" name="leadName" rules={[{ max: 300, message: 'Không quá 300 ký tự.' }]}>
                <Input />
              </Form.Item>
            )
          }
        </Form.Item>
        <Form.Item label="Cơ quan phối hợp" name="partnerNames" extra="Chọn trong danh mục hoặc gõ tên rồi nhấn Enter.">
          <Select mode="tags" showSearch={foldedSearch} options={active.map((a) => ({ value: a.name, label: a.name }))} />
        </Form.Item>
        <Form.Item label="Nội dung nhiệm vụ" name="content" rules={[{ required: true, whitespace: true, message: 'Hãy nhập nội dung nhiệm vụ.' }, { max: 5000, message: 'Không quá 5.000 ký tự.' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item label="Sản phẩm đầu ra" name="output" extra="Văn bản, đề án, hệ thống, cơ sở dữ liệu… (rõ sản phẩm)." rules={[{ max: 1000, message: 'Không quá 1.000 ký tự.' }]}>
          <Input />
        </Form.Item>
        <Form.Item label="Loại thời hạn" name="deadlineKind" rules={[{ required: true, message: 'Hãy chọn loại thời hạn.' }]}>
          <Select options={optionsOf(DEADLINE_KIND_LABELS)} />
        </Form.Item>
        {!UNDATED.includes(kind ?? 'date') && (
          <Form.Item label="Hạn hoàn thành" name="due" extra="Ngày cuối cùng được hoàn thành (cuối tháng, cuối quý… nếu thời hạn là tháng, quý)." rules={[{ required: true, message: 'Hãy chọn hạn hoàn thành.' }]}>
            <DatePicker format={DATE_FORMAT} placeholder="Ngày/tháng/năm" style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item label="Thời hạn như văn bản ghi" name="deadlineText" rules={[{ max: 500, message: 'Không quá 500 ký tự.' }]}>
          <Input placeholder="Ví dụ: hoàn thành trong tháng 8/2025" />
        </Form.Item>
        <Form.Item label="Phiên họp giao nhiệm vụ" name="sessionId">
          <SessionSelect />
        </Form.Item>
      </Form>
    </Modal>
  );
}
