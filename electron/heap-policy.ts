/**
 * How far the app's processes let the JavaScript heap outgrow what it holds. After each
 * full collection V8 sets the next limit at the live size times a factor it picks from
 * how fast the program allocates, up to 4. Comparing every series (10,000 at the bench's
 * scale: a result of 13 MB, and several times that in rows and points made on the way)
 * and exporting the documents allocate fast, so the heap was left at several times what
 * stayed alive. Fixing the factor at 1.3 took the bench's peak resident memory from
 * 672 to 524 MiB, and 1.2 another 20 MiB lower; compareIndicators and the exports took
 * the same time within the noise of the machine (five exports in a fresh process, three
 * processes with the factor and three without, alternately: 933-1,214 ms against
 * 951-1,146 for the export the bench measures).
 *
 * Applied first thing by every entry point (Electron's main process, the bridge, the
 * command line) and by the bench, which measures the app as it runs.
 */
import v8 from 'node:v8';

/** The heap may grow to 120% of what the last full collection found alive. */
const HEAP_GROWING_PERCENT = 20;

export function applyHeapPolicy(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
