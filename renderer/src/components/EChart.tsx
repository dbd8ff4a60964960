import { Spin } from 'antd';
import type { ECharts } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { whenNeeded } from './when-needed';

interface Props {
  /** An ECharts option, as the chart builders of the comparison service make it. */
  option: Record<string, unknown>;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  height?: number;
}

type Library = (typeof import('./echarts-setup'))['echarts'];

// ECharts is the largest part of the app's script: it loads beside the UI rather than
// ahead of it, from when this module is first evaluated.
let library: Library | null = null;
const loadingLibrary = import('./echarts-setup').then((m) => (library = m.echarts));

/**
 * Draws one chart specification with ECharts on a canvas. The same specification is
 * drawn as SVG into the exported documents, so the screen and the paper agree. A chart
 * out of sight is drawn once the screen has been shown (see whenNeeded); one in sight
 * before ECharts has loaded shows a spinner meanwhile.
 */
export function EChart({ option, label, height = 320 }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);
  latest.current = option;
  const drawn = useRef<Record<string, unknown> | null>(null);
  const [waiting, setWaiting] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let live = true;
    let observer: ResizeObserver | null = null;
    const mount = (echarts: Library) => {
      const instance = echarts.init(element, undefined, { renderer: 'canvas' });
      chart.current = instance;
      drawn.current = latest.current;
      draw(instance, latest.current);
      // The observer's first report is the size ECharts has just drawn at: redrawing for it
      // would lay the chart out twice.
      observer = new ResizeObserver(() => {
        if (element.clientWidth !== instance.getWidth() || element.clientHeight !== instance.getHeight()) instance.resize();
      });
      observer.observe(element);
    };
    const cancel = whenNeeded(element, () => {
      if (library) return mount(library);
      setWaiting(true);
      void loadingLibrary.then((echarts) => {
        if (!live) return;
        setWaiting(false);
        mount(echarts);
      });
    });
    return () => {
      live = false;
      cancel();
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    if (!chart.current || drawn.current === option) return;
    drawn.current = option;
    draw(chart.current, option);
  }, [option]);

  return (
    <Spin spinning={waiting} aria-label="Đang vẽ biểu đồ">
      <div ref={ref} role="img" aria-label={label} style={{ width: '100%', height }} />
    </Spin>
  );
}

function draw(instance: ECharts, option: Record<string, unknown>): void {
  // Animation would make screenshots and printouts catch a chart half drawn.
  instance.setOption({ ...option, animation: false }, { notMerge: true });
}
