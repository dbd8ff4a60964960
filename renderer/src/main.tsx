import { todayIso } from '../../electron/domain/vietnamese';
import { prefetch } from './api/prefetch';
import { parseHash } from './routing';

/**
 * The entry: it asks for Tổng quan's data, then loads the UI (React and antd: most of
 * the app's script), so the answer travels while the UI loads instead of after its
 * first render (measured by bench/first-screen.ts).
 */
const dashboardFirst = parseHash(window.location.hash).path === '/';
if (dashboardFirst) {
  // Its charts drawn by the server: ECharts loads once the screen has settled (EChart).
  prefetch('getDashboard', { asOf: todayIso(), drawCharts: true });
  prefetch('appInfo', {});
}
void import('./boot');
