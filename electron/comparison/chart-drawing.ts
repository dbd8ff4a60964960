/**
 * A chart specification (charts.ts) drawn once as SVG by ECharts' server-side renderer,
 * with no DOM: the exports draw their figures from it, and Tổng quan shows its charts so
 * until the screen's own ECharts has loaded (renderer/src/components/EChart.tsx).
 */
import * as echarts from 'echarts';

export interface DrawingSize {
  width: number;
  height: number;
}

/** The option drawn at `size` pixels, without animation; `textStyle` is laid over the option's own. */
export function drawChartSvg(option: Record<string, unknown>, size: DrawingSize, textStyle: Record<string, unknown> = {}): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    instance.setOption({ ...option, textStyle: { ...(option.textStyle as Record<string, unknown> | undefined), ...textStyle }, animation: false });
    return instance.renderToSVGString().normalize('NFC');
  } finally {
    instance.dispose();
  }
}
