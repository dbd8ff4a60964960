import { createRequire } from 'node:module';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { THEME } from './renderer/src/theme.js';

const FIRST_SCREEN_STYLES = 'virtual:first-screen-antd.css';

/**
 * antd writes its components' styles at run time, which was most of the first screen's
 * render. The build renders the antd components Tổng quan and the window's frame show,
 * once, in Node with the app's theme, and puts their styles into the app's stylesheet with
 * antd's own map of what it holds (the "whole export" of antd's server-side rendering
 * guide): in the page antd finds them there and writes only the other screens' styles. A
 * component left off this list is still styled, at run time, only more slowly.
 */
function firstScreenStyles(): Plugin {
  const resolved = `\0${FIRST_SCREEN_STYLES}`;
  return {
    name: 'first-screen-antd-styles',
    resolveId: (id) => (id === FIRST_SCREEN_STYLES ? resolved : undefined),
    load(id) {
      if (id !== resolved) return undefined;
      // Loaded here, not at the top: antd's class hash depends on NODE_ENV, which Vite has set by now.
      const require = createRequire(import.meta.url);
      const { createElement: h } = require('react') as typeof import('react');
      const { renderToString } = require('react-dom/server') as typeof import('react-dom/server');
      const { createCache, extractStyle, StyleProvider } = require('@ant-design/cssinjs') as typeof import('@ant-design/cssinjs');
      const antd = require('antd') as typeof import('antd');
      const { Alert, App, AutoComplete, Button, Card, ConfigProvider, DatePicker, Flex, Input, Layout, Spin, Statistic, Table, Tag, Typography } = antd;
      const cache = createCache();
      renderToString(
        h(StyleProvider, { cache }, h(ConfigProvider, { theme: THEME }, h(App, null,
          h(Layout, null, h(Layout.Header), h(Layout.Sider)),
          h(AutoComplete, { options: [] }, h(Input, { allowClear: true, prefix: 'x' })),
          h(DatePicker),
          h(Typography.Title), h(Typography.Text), h(Typography.Paragraph),
          h(Flex),
          h(Alert, { showIcon: true }), h(Button),
          h(Card, { size: 'small', title: 'x', extra: 'x' }), h(Card, { loading: true }),
          h(Statistic), h(Tag), h(Spin),
          h(Table, { size: 'small', rowKey: 'id', dataSource: [{ id: 1 }], columns: [{ key: 'id' }] }),
        ))),
      );
      // Only the styles: the theme's CSS variables are written in the page, where antd keys them.
      return extractStyle(cache, { plain: true, types: 'style' });
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), firstScreenStyles()],
  build: {
    outDir: '../dist-renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: {
        // Chromium parses each script on one background thread, and the first render waited
        // for the largest chunk (React with most of antd, 583 KB, 750 KB once TaskTable joined
        // the first screen). React and antd's helpers in chunks of their own (at most 273 KB)
        // parse side by side: with TaskTable in the first render (DashboardScreen),
        // first_screen_p50_ms went from about 1,770 to 1,500 ms in interleaved runs, TaskTable
        // alone about 60 ms of it. entriesAware keeps the helpers that only other screens use
        // out of the first screen's chunks.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'antd-deps', test: /node_modules[\\/](@rc-component|@ant-design[\\/](cssinjs|cssinjs-utils|colors|fast-color))[\\/]/, entriesAware: true },
          ],
        },
        // entriesAware names a chunk after every screen that shares it; the group's name is enough.
        chunkFileNames: (chunk) => `assets/${chunk.name.split('~')[0]}-[hash].js`,
      },
    },
  },
});
