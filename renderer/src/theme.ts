import type { ThemeConfig } from 'antd';

/**
 * The app's antd theme. The build bakes the first screen's component styles with it
 * (vite.config.ts), so it must stay plain data that Node can import as well.
 */
export const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#a61d24',
    colorLink: '#0b4fc4',
    colorError: '#c41d1d',
    fontFamily: "'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif",
    // antd's lighter greys fall below WCAG contrast on white; staff read these screens all day.
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
  },
};
