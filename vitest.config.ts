import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The Electron binary cannot be downloaded on these machines: every test that
    // loads main-process code gets the mock instead of the real module.
    alias: { electron: fileURLToPath(new URL('./test/mocks/electron.ts', import.meta.url)) },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
    // The browser tests poll the UI while another test file runs beside them: vitest's
    // default of one second once ran out in CI before a filter had redrawn the table.
    expect: { poll: { timeout: 10_000 } },
  },
});
