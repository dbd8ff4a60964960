import fs from 'node:fs';
import path from 'node:path';

/**
 * The file of the built renderer a URL path asks for: only files inside the bundle
 * folder are served; a path that is malformed, leaves the folder or names no file gets
 * index.html (the app handles its own routes).
 */
export function resolveBundleFile(root: string, urlPath: string): string {
  const base = path.resolve(root);
  const index = path.join(base, 'index.html');
  let relative: string;
  try {
    relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  } catch {
    return index;
  }
  if (relative === '' || relative.includes('\0')) return index;
  const file = path.resolve(base, relative);
  if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return index;
  return file;
}
