import { Spin } from 'antd';
import type { ECharts } from 'echarts/core';
import { useEffect, useRef, useState } from 'react';
import { onceSettled, whenNeeded } from './when-needed';

interface Props {
  /** An ECharts option, as the chart builders of the comparison service make it. */
  option: Record<string, unknown>;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  label: string;
  height?: number;
  /** The chart drawn on the server (SVG), shown until ECharts has loaded and drawn it. */
  drawing?: string;
}

type Library = (typeof import('./echarts-setup'))['echarts'];

// ECharts is the largest part of the app's script (600 KB): it loads when a chart first
// needs it, which for a chart that came drawn is once the screen has settled.
let library: Library | null = null;
let loadingLibrary: Promise<Library> | null = null;
/** Whether ECharts has loaded: until then a screen asks for its charts drawn. */
export function chartsLoaded(): boolean {
  return library !== null;
}

function loadLibrary(): Promise<Library> {
  loadingLibrary ??= import('./echarts-setup').then((m) => (library = m.echarts));
  return loadingLibrary;
}

/**
 * Draws one chart specification with ECharts on a canvas. The same specification is
 * drawn as SVG into the exported documents, so the screen and the paper agree. A chart
 * out of sight is drawn once the screen has been shown (see whenNeeded); one in sight
 * before ECharts has loaded shows a spinner meanwhile, or the drawing it came with: that
 * is shown at once, and ECharts (tooltips, the chart at the card's own width) takes over
 * once the screen has settled.
 */
export function EChart({ option, label, height = 320, drawing }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const latest = useRef(option);
  latest.current = option;
  const drawn = useRef<Record<string, unknown> | null>(null);
  const cameDrawn = useRef(drawing !== undefined);
  const [waiting, setWaiting] = useState(false);
  const [live, setLive] = useState(false);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let mounted = true;
    let observer: ResizeObserver | null = null;
    const mount = (echarts: Library) => {
      const instance = echarts.init(element, undefined, { renderer: 'canvas' });
      chart.current = instance;
      drawn.current = latest.current;
      draw(instance, latest.current);
      setLive(true);
      // The observer's first report is the size ECharts has just drawn at: redrawing for it
      // would lay the chart out twice.
      observer = new ResizeObserver(() => {
        if (element.clientWidth !== instance.getWidth() || element.clientHeight !== instance.getHeight()) instance.resize();
      });
      observer.observe(element);
    };
    const start = () => {
      if (library) return mount(library);
      if (!cameDrawn.current) setWaiting(true);
      void loadLibrary().then((echarts) => {
        if (!mounted) return;
        setWaiting(false);
        mount(echarts);
      });
    };
    const cancel = cameDrawn.current && !library ? onceSettled(start) : whenNeeded(element, start);
    return () => {
      mounted = false;
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
      <div role="img" aria-label={label} className="app-chart" style={{ height }}>
        <div ref={ref} className="app-chart-live" />
        {/* The server's own drawing of our data (ECharts' SVG renderer): no script, and the CSP allows none. */}
        {drawing !== undefined && !live && <div className="app-chart-drawing" dangerouslySetInnerHTML={{ __html: drawing }} />}
      </div>
    </Spin>
  );
}

function draw(instance: ECharts, option: Record<string, unknown>): void {
  // Animation would make screenshots and printouts catch a chart half drawn.
  instance.setOption({ ...option, animation: false }, { notMerge: true });
}
