/**
 * Charts: the ECharts option in the model becomes an SVG once (server-side rendering,
 * no DOM); the PDF draws that SVG as vectors, Word gets a PNG of it from resvg.
 */
import { renderAsync } from '@resvg/resvg-js';
import { drawChartSvg } from '../comparison/chart-drawing';
import type { ChartBlock } from './document-model';
import type { FontFace } from './font-files';
import { loadFontSet } from './font-files';

/** The faces ECharts sets text in (titles bold, the rest regular): resvg reads every file it is given on each drawing. */
const CHART_FACES: readonly FontFace[] = ['regular', 'bold'];
/** CSS pixels per millimetre: ECharts sizes text in pixels at 96 dpi. */
const PX_PER_MM = 96 / 25.4;
/** The PNG is drawn at 1.5 times the SVG's pixel size, about 144 dpi on paper: sharp in print, and resvg's time grows with the pixels. */
const PNG_SCALE = 1.5;

/**
 * Drawn charts by what they show (option and size), not by the block: a model is built
 * again whenever anything in the database changes, and its charts mostly do not (a task
 * marked done changes no indicator). Drawing one took about a tenth of a second; the few
 * latest are kept.
 */
const KEPT_CHARTS = 8;

class ChartCache<T> {
  private readonly entries = new Map<string, T>();

  get(key: string, make: () => T): T {
    const kept = this.entries.get(key);
    if (kept !== undefined) {
      // Most recently used last, so the oldest goes first.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept;
    }
    const made = make();
    this.entries.set(key, made);
    if (this.entries.size > KEPT_CHARTS) this.entries.delete(this.entries.keys().next().value as string);
    return made;
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}

const svgCache = new ChartCache<string>();
const pdfSvgCache = new ChartCache<string>();
const pngCache = new ChartCache<Promise<Buffer>>();
const keys = new WeakMap<ChartBlock, string>();

export function chartPixelSize(chart: ChartBlock): { width: number; height: number } {
  return { width: Math.round(chart.width * PX_PER_MM), height: Math.round(chart.height * PX_PER_MM) };
}

/** What the chart shows: its option and its size. */
function chartKey(chart: ChartBlock): string {
  let key = keys.get(chart);
  if (key === undefined) {
    key = JSON.stringify([chart.width, chart.height, chart.option]);
    keys.set(chart, key);
  }
  return key;
}

/** The chart as an SVG string, every label in the one font the PDF embeds. */
function chartSvg(chart: ChartBlock): string {
  return svgCache.get(chartKey(chart), () => drawChartSvg(chart.option, chartPixelSize(chart), { fontFamily: loadFontSet().family }));
}

/** A text label with a halo: ECharts strokes it white under the fill (paint-order: stroke). */
const HALOED_TEXT = /<text\b([^>]*\bpaint-order="stroke"[^>]*)>([\s\S]*?)<\/text>/g;
const STROKE_ATTRIBUTES = /\s(?:stroke|stroke-width|stroke-opacity|stroke-miterlimit|paint-order)="[^"]*"/g;

/**
 * The chart's SVG as svg-to-pdfkit should draw it. It ignores paint-order and strokes
 * over the fill, which turns haloed labels white; each such label becomes its halo
 * (stroke only) followed by its text (fill only), the order paint-order asks for.
 */
export function chartSvgForPdf(chart: ChartBlock): string {
  return pdfSvgCache.get(chartKey(chart), () =>
    chartSvg(chart).replace(HALOED_TEXT, (_whole, attributes: string, content: string) => {
      const halo = attributes.replace(/\sfill="[^"]*"/, ' fill="none"');
      const text = attributes.replace(STROKE_ATTRIBUTES, '');
      return `<text${halo}>${content}</text><text${text}>${content}</text>`;
    }),
  );
}

/**
 * The chart as a PNG for Word, rendered with the same local font files (no system
 * lookup). resvg draws on libuv's thread pool, so the Word renderer starts the pictures
 * first and writes the text of the document while they are drawn.
 */
export function chartPng(chart: ChartBlock): Promise<Buffer> {
  const key = chartKey(chart);
  return pngCache.get(key, () => {
    const fonts = loadFontSet();
    return renderAsync(chartSvg(chart), {
      fitTo: { mode: 'zoom', value: PNG_SCALE },
      background: '#ffffff',
      font: {
        fontFiles: CHART_FACES.map((face) => fonts.files[face]),
        loadSystemFonts: false,
        defaultFontFamily: fonts.family,
        serifFamily: fonts.family,
      },
    }).then(
      (image) => image.asPng(),
      (error: unknown) => {
        // A picture that failed is drawn again next time, not failed from the cache.
        pngCache.forget(key);
        throw error;
      },
    );
  });
}

/**
 * Starts drawing the chart's picture now, on resvg's threads, and returns the chart. The
 * briefing reads its tasks after making its charts: the picture is drawn meanwhile, on
 * the other core, instead of after it, when the Word file waits for it. A PDF alone
 * does not need it; the staff export the Word file too, and the picture is kept for it.
 * A failure is left for the Word renderer to report when it asks for the picture again.
 */
export function drawnAhead(chart: ChartBlock): ChartBlock {
  chartPng(chart).catch(() => undefined);
  return chart;
}
