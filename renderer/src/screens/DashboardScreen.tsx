import { Alert, Button, Card, Flex, Statistic, Typography } from 'antd';
import { useState } from 'react';
import type { TaskStatus } from '../../../electron/domain/model';
import { TASK_STATUS_LABELS } from '../../../electron/domain/model';
import { todayIso } from '../../../electron/domain/vietnamese';
import { call } from '../api/client';
import { arrived, callPrefetched } from '../api/prefetch';
import { AsOfPicker } from '../components/AsOfPicker';
import { chartsLoaded, EChart } from '../components/EChart';
import { LoadError } from '../components/LoadError';
import { ScreenTitle } from '../components/ScreenTitle';
// Part of the screen's script, not a chunk loaded once tasks fall due: loaded so, it was asked
// for after the first render and rendered after the charts, and its spinner, shorter than the
// table, let the second chart count as in sight (whenNeeded) and be drawn before the screen was
// ready. About 60 ms of first_screen_p50_ms; with the chunks of vite.config.ts, about 270 ms.
import { TaskTable } from '../components/TaskTable';
import type { Tone } from '../components/tones';
import { RATING_TONES, STATUS_TONES, TONES } from '../components/tones';
import { useAction } from '../feedback';
import { formatDateVi, formatNumberVi, sessionLabel } from '../format';
import { useLoad } from '../hooks';
import { hrefOf, navigate, type Route } from '../routing';

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Tổng quan: where things stand on a date: ratings, task statuses, charts, and what falls due before the next session. */
export function DashboardScreen(_: { route: Route }) {
  const [asOf, setAsOf] = useState(todayIso());
  const [version, setVersion] = useState(0);
  // The first answers were asked for as the app started (main.tsx): shown at once if they are here.
  // The charts come drawn until ECharts has loaded (EChart), as the first screen's do.
  const dashboard = useLoad(
    () => callPrefetched('getDashboard', { asOf, drawCharts: !chartsLoaded() }),
    [asOf, version],
    () => arrived('getDashboard', { asOf, drawCharts: !chartsLoaded() }),
  );
  const info = useLoad(() => callPrefetched('appInfo', {}), [version], () => arrived('appInfo', {}));
  const sample = useAction();
  const data = dashboard.data;

  const loadSample = async () => {
    const counts = await sample.run(() => call('loadSample', {}), { failed: 'Không nạp được dữ liệu mẫu' });
    if (counts) setVersion((v) => v + 1);
  };

  return (
    <>
      <ScreenTitle title="Tổng quan" subtitle="Tình hình thực hiện chỉ tiêu và nhiệm vụ tính đến ngày đã chọn." extra={<AsOfPicker id="tong-quan-ngay" value={asOf} onChange={setAsOf} />} />
      <LoadError title="Không tải được tổng quan" error={dashboard.error} onRetry={dashboard.reload} />
      {info.data?.empty && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="Chưa có dữ liệu phiên họp"
          description="Hãy nhập báo cáo, thông báo kết luận của các phiên họp để theo dõi chỉ tiêu và nhiệm vụ; hoặc nạp dữ liệu mẫu (các phiên họp năm 2025 của Ban Chỉ đạo) để làm quen với ứng dụng."
          action={
            <Flex vertical gap={8}>
              <Button type="primary" onClick={() => navigate('/nhap-tai-lieu')}>
                Nhập tài liệu
              </Button>
              <Button onClick={loadSample} loading={sample.busy}>
                Nạp dữ liệu mẫu
              </Button>
            </Flex>
          }
        />
      )}
      {dashboard.loading && !data && <Card loading />}
      {data && (
        <Flex vertical gap={16}>
          <div className="card-grid card-grid-xl">
            <Card size="small" title={`Chỉ tiêu theo đánh giá (${formatNumberVi(data.indicatorCount)} dòng so sánh)`} extra={<a href={hrefOf('/chi-tieu')}>Xem bảng chỉ tiêu</a>}>
              <Counts items={data.ratingCounts.map((r) => ({ key: r.label, label: r.label, count: r.count, tone: RATING_TONES[r.rating] }))} />
            </Card>
            <Card size="small" title="Nhiệm vụ theo trạng thái" extra={<a href={hrefOf('/nhiem-vu')}>Xem danh sách nhiệm vụ</a>}>
              <Counts
                items={(Object.keys(TASK_STATUS_LABELS) as TaskStatus[]).map((status) => ({
                  key: status,
                  label: TASK_STATUS_LABELS[status],
                  count: data.taskCounts[status],
                  tone: STATUS_TONES[status],
                }))}
              />
              <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
                {`Tính đến ngày ${formatDateVi(data.asOf)}, ${data.overdueSummary}.`}
              </Typography.Paragraph>
            </Card>
          </div>
          <Card
            size="small"
            title={data.nextSession ? `Phiên họp tiếp theo: ${sessionLabel(data.nextSession)}` : 'Phiên họp tiếp theo'}
            extra={data.latestSession && <a href={hrefOf('/phien-hop', { id: data.latestSession.id })}>{`Phiên gần nhất: ${sessionLabel(data.latestSession)}`}</a>}
          >
            {data.nextSession ? (
              <Typography.Paragraph>
                {`Còn ${formatNumberVi(days(data.asOf, data.nextSession.date))} ngày đến ngày họp (${formatDateVi(data.nextSession.date)}). `}
                {data.dueSoonTotal > 0
                  ? `${formatNumberVi(data.dueSoonTotal)} nhiệm vụ đang thực hiện đến hạn trước ngày họp:`
                  : 'Không có nhiệm vụ đang thực hiện nào đến hạn trước ngày họp.'}
              </Typography.Paragraph>
            ) : (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: data.dueSoon.length > 0 ? 12 : 0 }}
                title="Chưa có lịch phiên họp tiếp theo"
                description={`Thêm phiên họp sắp tới để xem nhiệm vụ cần hoàn thành trước ngày họp. ${
                  data.dueSoonTotal > 0
                    ? `Dưới đây là ${formatNumberVi(data.dueSoonTotal)} nhiệm vụ đến hạn trong 30 ngày tới (đến ${formatDateVi(data.dueUntil)}).`
                    : `Trong 30 ngày tới (đến ${formatDateVi(data.dueUntil)}) không có nhiệm vụ đang thực hiện nào đến hạn.`
                }`}
                action={<Button onClick={() => navigate('/phien-hop')}>Thêm phiên họp</Button>}
              />
            )}
            {data.dueSoon.length > 0 && (
              <TaskTable tasks={data.dueSoon} empty="Không có nhiệm vụ nào đến hạn." />
            )}
          </Card>
          {/* With nothing recorded the charts would be empty frames; the notice above says what to do. */}
          {!info.data?.empty && (
            <div className="card-grid card-grid-xxl">
              {data.charts.map((chart) => (
                <Card key={chart.key} size="small" title={chart.label}>
                  <EChart option={chart.option} label={chart.label} height={chart.height} drawing={chart.drawing} />
                </Card>
              ))}
            </div>
          )}
        </Flex>
      )}
    </>
  );
}

/** One statistic per item, in the items' order, coloured by its tone. */
function Counts({ items }: { items: Array<{ key: string; label: string; count: number; tone: Tone }> }) {
  return (
    <Flex gap={24} wrap>
      {items.map((item) => (
        <Statistic key={item.key} title={item.label} value={formatNumberVi(item.count)} styles={{ content: { color: TONES[item.tone].text } }} />
      ))}
    </Flex>
  );
}
