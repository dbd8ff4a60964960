// Bundles the main process (ESM) and the preload (CommonJS: a sandboxed preload
// cannot be an ES module) into dist-electron/. better-sqlite3 stays external: it is
// a native module, unpacked from the asar by electron-builder.
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node22', sourcemap: true, external: ['electron', 'better-sqlite3', '@resvg/resvg-js'] };

await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.js', format: 'esm',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs', format: 'cjs' });
