import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Spin, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import type { DraftDocument, ImportCounts, ImportDraftView } from '../../../electron/api/contract';
import { call } from '../api/client';
import { DraftDocumentCard } from '../components/DraftDocumentCard';
import { ScreenTitle } from '../components/ScreenTitle';
import { SpreadsheetPreviewCard } from '../components/SpreadsheetPreviewCard';
import { useAction } from '../feedback';
import { readAsBase64, saveFile } from '../files';
import { formatNumberVi } from '../format';
import { useLoad } from '../hooks';
import { hrefOf, type Route } from '../routing';

const ACCEPTED = '.txt,.docx,.pdf,.xlsx';

/** The parts of a document's draft that saving reads; the rest (suggestions, the extraction) stays here. */
function savable(doc: DraftDocument) {
  return {
    fileName: doc.fileName,
    text: doc.text,
    session: doc.session,
    figures: doc.figures.map(({ key, include, figure, asOf, targetDue, indicator }) => ({ key, include, figure, asOf, targetDue, indicator })),
    tasks: doc.tasks.map(({ key, include, task, leadAgencyId }) => ({ key, include, task, leadAgencyId })),
  };
}

/** What must be fixed before a draft can be saved, in the words the staff read. */
function problemsOf(documents: DraftDocument[]): string[] {
  return documents.flatMap((doc) => [
    ...(doc.session.existingId == null && !doc.session.date ? [`“${doc.fileName}”: chưa có ngày họp của phiên họp mới.`] : []),
    ...(doc.session.existingId == null && !doc.session.title.trim() ? [`“${doc.fileName}”: chưa có tên phiên họp.`] : []),
    ...(doc.tasks.some((t) => t.include && !t.task.content.trim())
      ? [`“${doc.fileName}”: có nhiệm vụ chưa có nội dung (bỏ chọn “Lưu” nếu không cần).`]
      : []),
    ...doc.tasks
      .filter((t) => t.include && !['recurring', 'none'].includes(t.task.deadline.kind) && !t.task.deadline.due)
      .map((t) => `“${doc.fileName}”: nhiệm vụ “${t.task.content.slice(0, 60)}” chưa có hạn hoàn thành.`),
  ]);
}

function countsText(total: ImportCounts): string {
  const parts = [
    [total.documents, 'tài liệu'],
    [total.sessions, 'phiên họp mới'],
    [total.indicators, 'chỉ tiêu mới'],
    [total.aliases, 'tên gọi khác của chỉ tiêu'],
    [total.observations, 'số liệu'],
    [total.targets, 'mục tiêu'],
    [total.tasks, 'nhiệm vụ'],
  ] as const;
  const saved = parts.filter(([n]) => n > 0).map(([n, what]) => `${formatNumberVi(n)} ${what}`);
  const skipped = [
    ...(total.skippedDocuments ? [`${formatNumberVi(total.skippedDocuments)} tài liệu đã nhập trước đây`] : []),
    ...(total.skippedDuplicates ? [`${formatNumberVi(total.skippedDuplicates)} số liệu đã có`] : []),
  ];
  return `${saved.length ? `Đã thêm ${saved.join(', ')}.` : 'Không có gì mới để thêm.'}${skipped.length ? ` Bỏ qua ${skipped.join(', ')}.` : ''}`;
}

function addCounts(a: ImportCounts, b: ImportCounts): ImportCounts {
  return Object.fromEntries(Object.keys(a).map((k) => [k, a[k as keyof ImportCounts] + b[k as keyof ImportCounts]])) as unknown as ImportCounts;
}

/** Nhập tài liệu: pick or drop session documents, review what was read, correct it, save it. */
export function ImportScreen(_: { route: Route }) {
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const [draft, setDraft] = useState<ImportDraftView | null>(null);
  // Spreadsheets are saved from their bytes, as read; kept from the reading step.
  const [sheets, setSheets] = useState<Array<{ name: string; base64: string }>>([]);
  const [result, setResult] = useState<string | null>(null);
  const sessions = useLoad(() => call('listSessions', {}), [result]);
  const agencies = useLoad(() => call('listAgencies', {}), []);
  const work = useAction();
  const template = useAction();

  const read = async () => {
    setResult(null);
    const drafted = await work.run(
      async () => {
        const payload: Array<{ name: string; base64: string }> = [];
        setReading({ done: 0, total: files.length });
        for (const file of files) {
          if (!file.originFileObj) continue;
          payload.push({ name: file.name, base64: await readAsBase64(file.originFileObj) });
          setReading({ done: payload.length, total: files.length });
        }
        setSheets(payload.filter((f) => /\.xlsx$/i.test(f.name)));
        return call('importDraft', { files: payload });
      },
      { failed: 'Không đọc được tài liệu', next: 'Hãy kiểm tra tệp (định dạng .txt, .docx, .pdf hoặc .xlsx, không quá 50 MB) rồi thử lại.' },
    );
    setReading(null);
    if (drafted) setDraft(drafted);
  };

  const save = async () => {
    if (!draft) return;
    const saved = await work.run(
      async () => {
        let total: ImportCounts | null = null;
        if (draft.documents.length > 0) total = await call('saveImport', { draft: { documents: draft.documents.map(savable) } });
        for (const sheet of sheets) {
          const counts = await call('importSpreadsheet', { file: sheet });
          total = total ? addCounts(total, counts) : counts;
        }
        return total;
      },
      { failed: 'Chưa lưu được', next: 'Không có gì bị thay đổi. Hãy sửa theo thông báo rồi lưu lại.' },
    );
    if (saved) {
      setResult(countsText(saved));
      setDraft(null);
      setFiles([]);
      setSheets([]);
    }
  };

  const downloadTemplate = async () => {
    const file = await template.run(() => call('indicatorSpreadsheetTemplate', {}), { failed: 'Không tạo được tệp mẫu' });
    if (file) saveFile(file);
  };

  const problems = draft ? problemsOf(draft.documents) : [];
  const nothingToSave = draft != null && draft.documents.length === 0 && draft.spreadsheets.length === 0;

  return (
    <>
      <ScreenTitle
        title="Nhập tài liệu"
        subtitle="Đọc báo cáo, thông báo kết luận, tin bài về phiên họp (.txt, .docx, .pdf) và bảng chỉ tiêu (.xlsx); kiểm tra bản nháp trước khi lưu."
        extra={
          <Button onClick={downloadTemplate} loading={template.busy}>
            Tải mẫu bảng chỉ tiêu (.xlsx)
          </Button>
        }
      />
      {result && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title="Đã lưu vào cơ sở dữ liệu"
          description={
            <>
              {result} Xem tại <a href={hrefOf('/phien-hop')}>Phiên họp</a>, <a href={hrefOf('/chi-tieu')}>Chỉ tiêu</a> hoặc <a href={hrefOf('/nhiem-vu')}>Nhiệm vụ</a>.
            </>
          }
          closable={{ 'aria-label': 'Đóng thông báo' }}
          onClose={() => setResult(null)}
        />
      )}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Upload.Dragger
          multiple
          accept={ACCEPTED}
          fileList={files}
          beforeUpload={(file) => {
            // Files stay in the page until "Đọc tài liệu": nothing is uploaded anywhere.
            setFiles((list) => [...list, { uid: file.uid, name: file.name, size: file.size, originFileObj: file }]);
            return false;
          }}
          onRemove={(file) => setFiles((list) => list.filter((f) => f.uid !== file.uid))}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined aria-hidden />
          </p>
          <p className="ant-upload-text">Kéo thả tệp vào đây, hoặc nhấn để chọn tệp</p>
          <p className="ant-upload-hint">Nhận .txt, .docx, .pdf (văn bản về phiên họp) và .xlsx (bảng chỉ tiêu theo mẫu); tối đa 50 MB mỗi tệp.</p>
        </Upload.Dragger>
        <Flex gap={8} style={{ marginTop: 12 }} align="center" wrap>
          <Button type="primary" onClick={read} disabled={files.length === 0} loading={work.busy && !draft}>
            Đọc tài liệu
          </Button>
          {draft && (
            <Button
              onClick={() => {
                setDraft(null);
                setSheets([]);
              }}
            >
              Hủy bản nháp
            </Button>
          )}
          {reading && (
            <Progress
              percent={Math.round((reading.done / Math.max(1, reading.total)) * 100)}
              size="small"
              style={{ width: 240 }}
              format={() => `${reading.done}/${reading.total} tệp`}
              aria-label="Tiến độ đọc tệp"
            />
          )}
        </Flex>
      </Card>
      <Spin spinning={work.busy} description={reading ? 'Đang đọc tệp…' : 'Đang xử lý…'}>
        {draft && (
          <>
            {draft.failures.map((f) => (
              <Alert key={f.fileName} type="error" showIcon style={{ marginBottom: 12 }} title={`Không đọc được “${f.fileName}”`} description={f.message} />
            ))}
            {draft.documents.map((doc, i) => (
              <DraftDocumentCard
                key={doc.contentHash}
                document={doc}
                index={i}
                sessions={sessions.data ?? []}
                agencies={(agencies.data ?? []).filter((a) => a.active)}
                onChange={(change) => setDraft((d) => d && { ...d, documents: d.documents.map((x, j) => (j === i ? change(x) : x)) })}
              />
            ))}
            {draft.spreadsheets.map((sheet) => (
              <SpreadsheetPreviewCard key={sheet.fileName} sheet={sheet} />
            ))}
            {problems.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title="Cần sửa trước khi lưu"
                description={
                  <ul style={{ margin: 0, paddingLeft: 20 }}>
                    {problems.map((p) => (
                      <li key={p}>{p}</li>
                    ))}
                  </ul>
                }
              />
            )}
            {nothingToSave ? (
              <Typography.Paragraph>Không có tài liệu nào đọc được để lưu.</Typography.Paragraph>
            ) : (
              <Button type="primary" size="large" onClick={save} disabled={problems.length > 0 || work.busy}>
                Lưu vào cơ sở dữ liệu
              </Button>
            )}
          </>
        )}
      </Spin>
    </>
  );
}
