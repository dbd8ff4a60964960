/**
 * Charts: the ECharts option in the model becomes an SVG once (server-side rendering,
 * no DOM); the PDF draws that SVG as vectors, Word gets a PNG of it from resvg.
 */
import { renderAsync } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import type { ChartBlock } from './document-model';
import { FONT_FACES, loadFontSet } from './font-files';

/** CSS pixels per millimetre: ECharts sizes text in pixels at 96 dpi. */
const PX_PER_MM = 96 / 25.4;
/** The PNG is drawn at 1.5 times the SVG's pixel size, about 144 dpi on paper: sharp in print, and resvg's time grows with the pixels. */
const PNG_SCALE = 1.5;

const svgCache = new WeakMap<ChartBlock, string>();
const pngCache = new WeakMap<ChartBlock, Promise<Buffer>>();

export function chartPixelSize(chart: ChartBlock): { width: number; height: number } {
  return { width: Math.round(chart.width * PX_PER_MM), height: Math.round(chart.height * PX_PER_MM) };
}

/** The chart as an SVG string, its text set in the font the PDF embeds. */
function chartSvg(chart: ChartBlock): string {
  const cached = svgCache.get(chart);
  if (cached) return cached;
  const { width, height } = chartPixelSize(chart);
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    // Every label in the one font the PDF embeds; the builders' other text styling stays.
    const textStyle = { ...(chart.option.textStyle as Record<string, unknown> | undefined), fontFamily: loadFontSet().family };
    instance.setOption({ ...chart.option, textStyle, animation: false });
    const svg = instance.renderToSVGString().normalize('NFC');
    svgCache.set(chart, svg);
    return svg;
  } finally {
    instance.dispose();
  }
}

const pdfSvgCache = new WeakMap<ChartBlock, string>();

/** A text label with a halo: ECharts strokes it white under the fill (paint-order: stroke). */
const HALOED_TEXT = /<text\b([^>]*\bpaint-order="stroke"[^>]*)>([\s\S]*?)<\/text>/g;
const STROKE_ATTRIBUTES = /\s(?:stroke|stroke-width|stroke-opacity|stroke-miterlimit|paint-order)="[^"]*"/g;

/**
 * The chart's SVG as svg-to-pdfkit should draw it. It ignores paint-order and strokes
 * over the fill, which turns haloed labels white; each such label becomes its halo
 * (stroke only) followed by its text (fill only), the order paint-order asks for.
 */
export function chartSvgForPdf(chart: ChartBlock): string {
  const cached = pdfSvgCache.get(chart);
  if (cached) return cached;
  const svg = chartSvg(chart).replace(HALOED_TEXT, (_whole, attributes: string, content: string) => {
    const halo = attributes.replace(/\sfill="[^"]*"/, ' fill="none"');
    const text = attributes.replace(STROKE_ATTRIBUTES, '');
    return `<text${halo}>${content}</text><text${text}>${content}</text>`;
  });
  pdfSvgCache.set(chart, svg);
  return svg;
}

/**
 * The chart as a PNG for Word, rendered with the same local font files (no system
 * lookup). resvg draws on libuv's thread pool, so the Word renderer starts the pictures
 * first and writes the text of the document while they are drawn.
 */
export function chartPng(chart: ChartBlock): Promise<Buffer> {
  const cached = pngCache.get(chart);
  if (cached) return cached;
  const fonts = loadFontSet();
  const png = renderAsync(chartSvg(chart), {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: '#ffffff',
    font: {
      fontFiles: FONT_FACES.map((face) => fonts.files[face]),
      loadSystemFonts: false,
      defaultFontFamily: fonts.family,
      serifFamily: fonts.family,
    },
  }).then((image) => image.asPng());
  pngCache.set(chart, png);
  return png;
}
