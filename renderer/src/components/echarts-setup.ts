/**
 * ECharts with only what the chart specifications of electron/comparison/charts.ts use:
 * the whole library is about a megabyte of the first screen's script. A specification
 * that needs something not registered here makes ECharts log an error, which the
 * end-to-end suite (no console errors on any screen) catches.
 */
import * as charts from 'echarts/charts';
import * as components from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Namespace members named one by one: the bundler keeps only these.
echarts.use([
  charts.BarChart,
  charts.LineChart,
  charts.ScatterChart,
  components.GraphicComponent,
  components.GridComponent,
  components.LegendComponent,
  components.MarkAreaComponent,
  components.MarkLineComponent,
  components.MarkPointComponent,
  components.TitleComponent,
  components.TooltipComponent,
  CanvasRenderer,
]);

export { echarts };
