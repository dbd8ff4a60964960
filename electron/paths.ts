import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository (or the packaged app's) root, found from this file's location:
 * electron/paths.ts in source, dist-electron/main.js when bundled.
 */
export const APP_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export const RENDERER_DIR = path.join(APP_ROOT, 'dist-renderer');
export const TEMPLATES_DIR = path.join(APP_ROOT, 'templates');
