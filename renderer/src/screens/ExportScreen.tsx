import { Alert, Button, Card, Checkbox, Col, DatePicker, Empty, Flex, Form, InputNumber, Radio, Row, Spin } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import { ScreenTitle } from '../components/ScreenTitle';
import { SessionSelect } from '../components/SessionSelect';
import { useAction } from '../feedback';
import { blobOf, saveFile } from '../files';
import { DATE_FORMAT, isoOf } from '../format';
import { useLoad } from '../hooks';
import { setPrinter } from '../print';
import { idParam, type Route } from '../routing';

type Kind = 'briefing' | 'conclusion';
type Format = 'docx' | 'pdf';

const KIND_OPTIONS = [
  { value: 'briefing', label: 'Báo cáo phục vụ phiên họp' },
  { value: 'conclusion', label: 'Dự thảo Thông báo kết luận' },
];

interface Choice {
  sessionId: number | null;
  kind: Kind;
  appendix: boolean;
  issued: boolean;
  number: number | null;
  date: Dayjs | null;
}

/** Xuất văn bản: the briefing report or the draft conclusion notice of a session, previewed as PDF, saved as .docx or .pdf, printed. */
export function ExportScreen({ route }: { route: Route }) {
  const sessions = useLoad(() => call('listSessions', {}), []);
  const [choice, setChoice] = useState<Choice>({ sessionId: idParam(route, 'session'), kind: 'briefing', appendix: false, issued: false, number: null, date: null });
  const [preview, setPreview] = useState<{ url: string; fileName: string; base64: string } | null>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const making = useAction();

  // The latest session is the one being prepared, unless the address names another.
  const latest = sessions.data?.at(-1)?.id ?? null;
  const sessionId = choice.sessionId ?? latest;

  const request = (format: Format) => {
    if (sessionId == null) throw new Error('Hãy chọn phiên họp.');
    if (choice.issued && (choice.number == null || choice.date == null)) throw new Error('Văn bản đã ban hành cần có số và ngày ban hành.');
    const issue = choice.issued && choice.number != null && choice.date ? { number: choice.number, date: isoOf(choice.date) } : null;
    return call('exportDocument', { sessionId, kind: choice.kind, format, appendix: choice.kind === 'conclusion' && choice.appendix, issue });
  };

  const showPreview = async () => {
    const file = await making.run(() => request('pdf'), { failed: 'Không tạo được bản xem trước', next: 'Hãy kiểm tra mẫu văn bản trong Cài đặt rồi thử lại.' });
    if (!file) return;
    setPreview({ url: URL.createObjectURL(blobOf(file.base64, file.mimeType)), fileName: file.fileName, base64: file.base64 });
  };

  const save = async (format: Format) => {
    const file = await making.run(() => request(format), {
      done: `Đã tạo tệp .${format}.`,
      failed: `Không tạo được tệp .${format}`,
      next: 'Hãy kiểm tra mẫu văn bản trong Cài đặt rồi thử lại.',
    });
    if (file) saveFile(file);
  };

  // The document itself goes to the printer: in the window through the main process,
  // in the browser through the preview frame's own print.
  const print = () => {
    const shell = window.appShell;
    if (!preview) return;
    if (!shell) {
      frame.current?.contentWindow?.print();
      return;
    }
    const printing = async () => {
      const outcome = await shell.printPdf(preview.base64);
      if (outcome.error) throw new Error(outcome.error);
    };
    void making.run(printing, { failed: 'Không in được văn bản', next: 'Hãy lưu tệp .pdf rồi in từ tệp.' });
  };

  // While a preview is shown, Tệp > In… prints it; its memory is freed when it is replaced or the screen closes.
  useEffect(() => {
    if (!preview) return undefined;
    const unregister = setPrinter(print);
    return () => {
      unregister();
      URL.revokeObjectURL(preview.url);
    };
  }, [preview]);

  const set = (patch: Partial<Choice>) => setChoice((c) => ({ ...c, ...patch }));

  return (
    <>
      <ScreenTitle title="Xuất văn bản" subtitle="Tạo báo cáo hoặc dự thảo thông báo kết luận của một phiên họp theo thể thức Nghị định 30/2020/NĐ-CP." />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={8}>
          <Card size="small" title="Văn bản cần xuất" className="no-print">
            <Form layout="vertical" name="export">
              <Form.Item label="Phiên họp" htmlFor="xuat-phien-hop" required>
                <SessionSelect id="xuat-phien-hop" allowClear={false} value={sessionId} onChange={(id) => set({ sessionId: id ?? null })} />
              </Form.Item>
              <Form.Item label="Văn bản">
                <Radio.Group
                  aria-label="Văn bản"
                  value={choice.kind}
                  onChange={(e) => set({ kind: e.target.value as Kind })}
                  options={KIND_OPTIONS}
                  style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
                />
              </Form.Item>
              {choice.kind === 'conclusion' && (
                <Form.Item>
                  <Checkbox checked={choice.appendix} onChange={(e) => set({ appendix: e.target.checked })}>
                    Kèm phụ lục nguồn số liệu
                  </Checkbox>
                </Form.Item>
              )}
              <Form.Item extra="Không chọn nếu là dự thảo: số và ngày để trống, văn bản có dấu DỰ THẢO.">
                <Checkbox checked={choice.issued} onChange={(e) => set({ issued: e.target.checked })}>
                  Đã có số và ngày ban hành
                </Checkbox>
              </Form.Item>
              {choice.issued && (
                <Flex gap={8}>
                  <Form.Item label="Số" htmlFor="xuat-so" required>
                    <InputNumber id="xuat-so" min={1} max={99_999} value={choice.number} onChange={(n) => set({ number: n ?? null })} />
                  </Form.Item>
                  <Form.Item label="Ngày ban hành" htmlFor="xuat-ngay" required>
                    <DatePicker id="xuat-ngay" format={DATE_FORMAT} placeholder="Ngày/tháng/năm" value={choice.date} onChange={(d) => set({ date: d ?? null })} />
                  </Form.Item>
                </Flex>
              )}
              <Flex gap={8} wrap>
                <Button type="primary" onClick={showPreview} loading={making.busy} disabled={sessionId == null}>
                  Xem trước
                </Button>
                <Button onClick={() => save('docx')} disabled={making.busy || sessionId == null}>
                  Lưu .docx
                </Button>
                <Button onClick={() => save('pdf')} disabled={making.busy || sessionId == null}>
                  Lưu .pdf
                </Button>
                <Button onClick={print} disabled={!preview}>
                  In
                </Button>
              </Flex>
            </Form>
            {sessions.data?.length === 0 && (
              <Alert style={{ marginTop: 16 }} type="info" showIcon title="Chưa có phiên họp nào" description="Hãy thêm phiên họp hoặc nhập tài liệu trước khi xuất văn bản." />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card size="small" title={preview ? `Xem trước: ${preview.fileName}` : 'Xem trước'}>
            <Spin spinning={making.busy} description="Đang tạo văn bản…">
              {preview ? (
                <iframe ref={frame} className="pdf-preview" src={preview.url} title={`Bản xem trước ${preview.fileName}`} />
              ) : (
                <Empty description="Chọn phiên họp và văn bản rồi nhấn “Xem trước”." style={{ padding: 48 }} />
              )}
            </Spin>
          </Card>
        </Col>
      </Row>
    </>
  );
}
