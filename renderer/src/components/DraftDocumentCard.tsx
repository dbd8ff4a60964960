import { Alert, Card, DatePicker, Flex, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { DraftDocument, DraftFigure, DraftTask } from '../../../electron/api/contract';
import type { Agency, Session } from '../../../electron/domain/model';
import { DATE_FORMAT, dayOf, foldedSearch, formatNumberVi, isoOf, sessionLabel } from '../format';
import { DraftFiguresTable } from './DraftFiguresTable';
import { DraftTasksTable } from './DraftTasksTable';

interface Props {
  document: DraftDocument;
  index: number;
  sessions: Session[];
  agencies: Agency[];
  onChange(change: (document: DraftDocument) => DraftDocument): void;
}

const NEW_SESSION = 0;

/** One document's draft: the session it is about, what to check, and the figures and tasks read from it. */
export function DraftDocumentCard({ document: doc, index, sessions, agencies, onChange }: Props) {
  const setSession = (patch: Partial<DraftDocument['session']>) => onChange((d) => ({ ...d, session: { ...d.session, ...patch } }));
  const changeFigure = (key: string, change: (f: DraftFigure) => DraftFigure) =>
    onChange((d) => ({ ...d, figures: d.figures.map((f) => (f.key === key ? change(f) : f)) }));
  const changeTask = (key: string, change: (t: DraftTask) => DraftTask) => onChange((d) => ({ ...d, tasks: d.tasks.map((t) => (t.key === key ? change(t) : t)) }));
  const id = (field: string) => `nhap-${index}-${field}`;
  const session = doc.session;

  return (
    <Card title={`Tài liệu: ${doc.fileName}`} size="small" style={{ marginBottom: 16 }}>
      {doc.alreadyImported && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title="Tài liệu này đã được nhập trước đây" description="Lưu lại sẽ không thêm gì mới." />
      )}
      {doc.warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Cần kiểm tra"
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {doc.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
        />
      )}
      <Typography.Title level={2} style={{ fontSize: 15 }}>
        Phiên họp
      </Typography.Title>
      <Form layout="vertical" component="div">
        <Form.Item label="Tài liệu thuộc phiên họp" htmlFor={id('phien')}>
          <Select<number>
            id={id('phien')}
            showSearch={foldedSearch}
            value={session.existingId ?? NEW_SESSION}
            onChange={(existingId) => {
              const existing = sessions.find((s) => s.id === existingId);
              setSession(
                existing
                  ? { existingId: existing.id, number: existing.number, year: existing.year, date: existing.date, title: existing.title, chair: existing.chair, format: existing.format, dateUncertain: false }
                  : { existingId: null },
              );
            }}
            options={[{ value: NEW_SESSION, label: 'Phiên họp mới (theo nội dung tài liệu)' }, ...[...sessions].reverse().map((s) => ({ value: s.id, label: sessionLabel(s) }))]}
          />
        </Form.Item>
        {session.existingId == null && (
          <Flex gap={12} wrap>
            <Form.Item label="Tên phiên họp" htmlFor={id('ten')} required style={{ flex: '1 1 420px' }}>
              <Input id={id('ten')} value={session.title} onChange={(e) => setSession({ title: e.target.value })} />
            </Form.Item>
            <Form.Item
              label="Ngày họp"
              htmlFor={id('ngay')}
              required
              validateStatus={session.date ? (session.dateUncertain ? 'warning' : undefined) : 'error'}
              help={session.date ? (session.dateUncertain ? 'Ngày tạm tính, cần kiểm tra.' : undefined) : 'Hãy chọn ngày họp.'}
            >
              <DatePicker
                id={id('ngay')}
                format={DATE_FORMAT} placeholder="Ngày/tháng/năm"
                value={session.date ? dayOf(session.date) : null}
                onChange={(d) => setSession({ date: d ? isoOf(d) : null, year: d ? d.year() : session.year, dateUncertain: false })}
              />
            </Form.Item>
            <Form.Item label="Lần thứ" htmlFor={id('lan')}>
              <InputNumber id={id('lan')} min={1} value={session.number} onChange={(n) => setSession({ number: n ?? null })} />
            </Form.Item>
            <Form.Item label="Chủ trì" htmlFor={id('chu-tri')} style={{ flex: '1 1 260px' }}>
              <Input id={id('chu-tri')} value={session.chair ?? ''} onChange={(e) => setSession({ chair: e.target.value || null })} />
            </Form.Item>
          </Flex>
        )}
      </Form>
      <Card size="small" type="inner" title={`Số liệu đọc được (${formatNumberVi(doc.figures.length)})`} style={{ marginBottom: 12 }}>
        <DraftFiguresTable figures={doc.figures} onChange={changeFigure} onDrop={(key) => onChange((d) => ({ ...d, figures: d.figures.filter((f) => f.key !== key) }))} />
      </Card>
      <Card size="small" type="inner" title={`Nhiệm vụ đọc được (${formatNumberVi(doc.tasks.length)})`}>
        <DraftTasksTable tasks={doc.tasks} agencies={agencies} onChange={changeTask} onDrop={(key) => onChange((d) => ({ ...d, tasks: d.tasks.filter((t) => t.key !== key) }))} />
      </Card>
    </Card>
  );
}
