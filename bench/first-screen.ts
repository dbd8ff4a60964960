/**
 * The first screen in Debian's Chromium: how long from navigation until Tổng quan shows
 * the sample data's counts and charts with nothing left loading and the page free to
 * take input. The real UI (dist-renderer, built by `npm run bench`) is served by the
 * loopback bridge on a first-run database, as `npm run web` serves it; each run opens a
 * fresh browser context, so nothing comes from the HTTP cache.
 *
 * bench/run.ts runs this file as a process of its own (first-screen-apart.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, startWeb } from '../test/helpers/web';
import { percentile } from './measure';
import type { PhaseOutput } from './first-screen-apart';
import type { Metric } from './report';

/** Milliseconds since navigation start, read in the page once the dashboard is ready for input. */
async function readyAt(page: Page): Promise<number> {
  await page.getByRole('heading', { level: 1, name: 'Tổng quan', exact: true }).waitFor();
  await page.locator('.ant-statistic').first().waitFor();
  await page.locator('.ant-spin-spinning, .ant-skeleton, .ant-card-loading-content').first().waitFor({ state: 'detached' });
  // A chart drawn: ECharts' canvas, or the server's SVG drawing of the chart, inside a chart
  // (renderer/src/components/EChart.tsx; antd's icons are SVG too, hence the chart's own class).
  await page.locator('.app-chart canvas, .app-chart-drawing svg').first().waitFor();
  // A frame that runs only when the main thread has finished the work before it (the
  // function runs in the page, whose global the bench's Node typings do not describe).
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const page = globalThis as unknown as { requestAnimationFrame(callback: () => void): void };
        page.requestAnimationFrame(() => resolve(performance.now()));
      }),
  );
}

export async function benchFirstScreen(dir: string, runs: number): Promise<Metric[]> {
  const renderer = path.resolve('dist-renderer', 'index.html');
  if (!fs.existsSync(renderer)) throw new Error('dist-renderer is missing: run `npm run bench`, which builds it first');
  const web = await startWeb(path.join(dir, 'first-screen.db'));
  const browser = await launchChromium();
  try {
    const samples: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'vi-VN' });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(web.address);
      const ms = await readyAt(page);
      await context.close();
      if (errors.length > 0) throw new Error(`the dashboard failed: ${errors.join('; ')}`);
      // The first run warms the server's caches and the browser's code cache, as a second start of the app would.
      if (i > 0) samples.push(ms);
    }
    return [
      {
        key: 'first_screen_p50_ms',
        label: 'first screen interactive (Chromium)',
        value: percentile(samples, 50),
        unit: 'ms p50',
        note: `${samples.length} fresh contexts; Tổng quan with the sample data, nothing loading`,
      },
      { key: 'first_screen_p95_ms', label: 'first screen interactive (Chromium)', value: percentile(samples, 95), unit: 'ms p95' },
    ];
  } finally {
    await browser.close();
    await web.stop();
  }
}

const isEntryPoint = process.argv[1] && /bench[\\/]first-screen\.[tj]s$/.test(process.argv[1]);
if (isEntryPoint) {
  const [dir, runs] = process.argv.slice(2);
  if (!dir || !runs) throw new Error('usage: tsx bench/first-screen.ts DIR RUNS');
  // stdout carries the one line of JSON; anything logged goes to stderr.
  console.log = console.error;
  benchFirstScreen(dir, Number(runs)).then((metrics) => {
    const output: PhaseOutput = { metrics, peakRssMb: process.resourceUsage().maxRSS / 1024 };
    process.stdout.write(`${JSON.stringify(output)}\n`);
  });
}
