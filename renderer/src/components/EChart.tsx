import { echarts } from './echarts-setup';
import { useEffect, useRef } from 'react';

interface Props {
  /** An ECharts option, as the chart builders of the comparison service make it. */
  option: Record<string, unknown>;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  height?: number;
}

/**
 * Draws one chart specification with ECharts on a canvas. The same specification is
 * drawn as SVG into the exported documents, so the screen and the paper agree.
 */
export function EChart({ option, label, height = 320 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // Animation would make screenshots and printouts catch a chart half drawn.
    chart.current?.setOption({ ...option, animation: false }, { notMerge: true });
  }, [option]);

  return <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />;
}
