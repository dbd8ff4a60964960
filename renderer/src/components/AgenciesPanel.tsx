import { Button, Form, Modal, Select, Switch, Table, Tag } from 'antd';
import { useState } from 'react';
import type { Agency } from '../../../electron/domain/model';
import { call } from '../api/client';
import { useAction } from '../feedback';
import { foldedSearch } from '../format';
import { useLoad } from '../hooks';
import { AGENCY_KIND_LABELS } from '../labels';
import { LoadError } from './LoadError';

interface Values {
  shortForms: string[];
  successorId: number | null;
  active: boolean;
}

function AgencyModal({ agency, agencies, onClose, onSaved }: { agency: Agency; agencies: Agency[]; onClose(): void; onSaved(): void }) {
  const [form] = Form.useForm<Values>();
  const { run, busy } = useAction();
  const save = async () => {
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    const done = await run(
      () => call('updateAgency', { id: agency.id, shortForms: values.shortForms, successorId: values.successorId ?? null, active: values.active }),
      { done: 'Đã lưu thông tin cơ quan.', failed: 'Không lưu được thông tin cơ quan' },
    );
    if (done) onSaved();
  };
  return (
    <Modal open title={agency.name} okText="Lưu" cancelText="Hủy" onOk={save} onCancel={onClose} confirmLoading={busy} destroyOnHidden>
      <Form<Values> form={form} layout="vertical" name="agency" initialValues={{ shortForms: agency.shortForms, successorId: agency.successorId, active: agency.active }}>
        <Form.Item
          label="Tên viết tắt"
          name="shortForms"
          extra="Các cách viết tắt mà văn bản dùng (Bộ KH&CN, BCA…): khi nhập tài liệu, chúng được nhận ra là cơ quan này. Gõ rồi nhấn Enter để thêm."
          rules={[{ type: 'array', max: 20, message: 'Không quá 20 tên viết tắt.' }]}
        >
          <Select mode="tags" tokenSeparators={[';']} open={false} suffixIcon={null} />
        </Form.Item>
        <Form.Item
          label="Cơ quan kế thừa"
          name="successorId"
          extra="Cơ quan nhận lại nhiệm vụ sau khi sắp xếp tổ chức bộ máy; nhiệm vụ được tính cho cơ quan kế thừa."
        >
          <Select
            allowClear
            showSearch={foldedSearch}
            placeholder="Không có"
            options={agencies.filter((a) => a.id !== agency.id && a.active).map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
        <Form.Item label="Còn hoạt động" name="active" valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The agencies that receive tasks: short forms the importer recognises, and successors after the 2025 reorganisation. */
export function AgenciesPanel() {
  const agencies = useLoad(() => call('listAgencies', {}), []);
  const [editing, setEditing] = useState<Agency | null>(null);
  const list = agencies.data ?? [];
  const nameOf = (id: number | null) => list.find((a) => a.id === id)?.name ?? '—';

  return (
    <>
      <LoadError title="Không tải được danh mục cơ quan" error={agencies.error} onRetry={agencies.reload} />
      <Table<Agency>
        rowKey="id"
        size="small"
        loading={agencies.loading}
        dataSource={list}
        pagination={false}
        scroll={{ y: 520 }}
        locale={{ emptyText: 'Danh mục cơ quan trống.' }}
        columns={[
          { title: 'Cơ quan', dataIndex: 'name' },
          { title: 'Loại', dataIndex: 'kind', width: 170, render: (k: Agency['kind']) => AGENCY_KIND_LABELS[k] },
          { title: 'Tên viết tắt', dataIndex: 'shortForms', width: 240, render: (s: string[]) => s.map((f) => <Tag key={f}>{f}</Tag>) },
          { title: 'Cơ quan kế thừa', dataIndex: 'successorId', width: 240, render: nameOf },
          { title: 'Trạng thái', dataIndex: 'active', width: 120, render: (a: boolean) => (a ? 'Hoạt động' : 'Đã sáp nhập') },
          {
            title: 'Thao tác',
            key: 'edit',
            width: 90,
            render: (_: unknown, a: Agency) => (
              <Button size="small" onClick={() => setEditing(a)} aria-label={`Sửa ${a.name}`}>
                Sửa
              </Button>
            ),
          },
        ]}
      />
      {editing && (
        <AgencyModal
          agency={editing}
          agencies={list}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            agencies.reload();
          }}
        />
      )}
    </>
  );
}
