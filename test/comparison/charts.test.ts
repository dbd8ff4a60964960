import * as echarts from 'echarts';
import { describe, expect, it } from 'vitest';
import { compareIndicators, countTasksByAgency, indicatorSeriesChart, targetVsActualChart, tasksByAgencyChart } from '../../electron/comparison';
import type { ChartOption } from '../../electron/comparison/charts';
import { addFigure, addIndicator, addSession, addTarget, addTask, due, tempDb } from './fixtures';

/** Renders on the server as the exporter does; also proves the option survives JSON (IPC) unchanged. */
function renderSvg(option: ChartOption, width = 800, height = 500): string {
  expect(JSON.parse(JSON.stringify(option))).toEqual(option);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(option);
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

function data() {
  const db = tempDb();
  const s2 = addSession(db, '2025-05-17', 2);
  const s3 = addSession(db, '2025-07-20', 3);
  const online = addIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình' });
  addTarget(db, online.id, { value: 80, dueDate: '2025-12-31', baselineValue: 30, baselineDate: '2024-12-31' });
  addFigure(db, online.id, { value: 35.2, asOf: '2025-03-31', sessionId: s2.id });
  addFigure(db, online.id, { value: 39.51, asOf: '2025-06-30', sessionId: s3.id });
  addFigure(db, online.id, { value: 15.21, asOf: '2025-06-30', scope: 'các tỉnh', sessionId: s3.id });
  const gdp = addIndicator(db, { name: 'Tăng trưởng kinh tế (GDP)' });
  addTarget(db, gdp.id, { value: 8.3, valueMax: 8.5, dueDate: '2025-12-31' });
  addFigure(db, gdp.id, { value: 7.52, asOf: '2025-06-30' });
  addTask(db, { lead: 'Bộ Thông tin và Truyền thông', deadline: due('2025-06-30') });
  addTask(db, { lead: 'Bộ Công an', deadline: due('2025-12-31') });
  addTask(db, { lead: 'Bộ Công an', deadline: due('2025-06-30'), updates: [['done', '2025-06-01']] });
  return { db, comparisons: compareIndicators(db, { sessionId: s3.id }) };
}

describe('charts', () => {
  it('draws attainment against the target with Vietnamese labels', () => {
    const { comparisons } = data();
    const option = targetVsActualChart(comparisons);
    const svg = renderSvg(option);
    expect(svg.startsWith('<svg')).toBe(true);
    for (const text of ['Mức đạt so với mục tiêu', 'Đến ngày 20/7/2025', '49,4%', '19,0%', '90,6%', 'Chậm/Không đạt', 'Đúng tiến độ', 'Mục tiêu']) {
      expect(svg).toContain(text);
    }
    expect(JSON.stringify(option)).not.toMatch(/\d\.\d+%/);
  });

  it('draws one series over time with its target, trajectory and forecast', () => {
    const { comparisons } = data();
    const nationwide = comparisons.find((c) => c.indicatorName.startsWith('Tỷ lệ') && c.scope === null);
    if (!nationwide) throw new Error('no comparison');
    const option = indicatorSeriesChart(nationwide);
    const svg = renderSvg(option);
    for (const text of ['Tỷ lệ hồ sơ trực tuyến toàn trình', '39,51%', '35,2%', 'Mục tiêu 80%', 'Lộ trình', 'Dự báo']) {
      expect(svg).toContain(text);
    }
    // Dates on the time axis are written day/month/year.
    expect(svg).toMatch(/>1\/\d{1,2}\/2025</);
  });

  it('shows a range target as a band', () => {
    const { comparisons } = data();
    const gdp = comparisons.find((c) => c.indicatorName.startsWith('Tăng trưởng'));
    if (!gdp) throw new Error('no comparison');
    const svg = renderSvg(indicatorSeriesChart(gdp));
    expect(svg).toContain('Khoảng mục tiêu');
    expect(svg).toContain('7,52%');
  });

  it('draws tasks per current agency stacked by status', () => {
    const { db } = data();
    const svg = renderSvg(tasksByAgencyChart(countTasksByAgency(db, '2025-07-20')));
    for (const text of ['Nhiệm vụ theo cơ quan chủ trì', 'Bộ Khoa học và Công nghệ', 'Bộ Công an', 'Quá hạn chưa hoàn thành', 'Đã hoàn thành đúng hạn']) {
      expect(svg).toContain(text);
    }
    expect(svg).toContain('còn 1 nhiệm vụ chậm tiến độ thuộc trách nhiệm của 1 bộ, ngành');
  });

  it('renders empty charts with a note instead of a blank frame', () => {
    const db = tempDb();
    expect(renderSvg(targetVsActualChart(compareIndicators(db, { asOf: '2025-07-20' })))).toContain('Chưa có chỉ tiêu nào');
    expect(renderSvg(tasksByAgencyChart(countTasksByAgency(db, '2025-07-20')))).toContain('Không còn nhiệm vụ nào chậm tiến độ');
  });
});
