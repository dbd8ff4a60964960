import { describe, expect, it } from 'vitest';
import { drawChartSvg } from '../../electron/comparison/chart-drawing';

describe('drawChartSvg', () => {
  const option = {
    title: { text: 'Chỉ tiêu <img src=x onerror=alert(1)> & "khác"' },
    xAxis: { type: 'category', data: ['<b>Hà Nội</b>'] },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: [39.51] }],
  };

  it('draws the option as one SVG of the given size', () => {
    const svg = drawChartSvg(option, { width: 640, height: 300 });
    expect(svg).toMatch(/^<svg[^>]*width="640"[^>]*height="300"[\s\S]*<\/svg>$/);
  });

  // The screen puts the drawing into its page as markup: names from imported documents must stay text.
  it('escapes the markup in the texts it draws', () => {
    const svg = drawChartSvg(option, { width: 640, height: 300 });
    expect(svg).not.toMatch(/<img|<b>/);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('&lt;b&gt;Hà Nội&lt;/b&gt;');
  });

  it('lays the given text style over the option', () => {
    expect(drawChartSvg(option, { width: 640, height: 300 }, { fontFamily: 'Noto Serif' })).toContain('font-family:Noto Serif');
  });
});
