import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

/** Lets a bundle in a temporary folder find the packages it leaves external (better-sqlite3). */
export const NODE_PATH = path.resolve(import.meta.dirname, '../../node_modules');

/**
 * Bundles a TypeScript entry into one CommonJS file for plain `node`, so a test can
 * start it many times without paying for a TypeScript loader each time. Returns the
 * file and a function that removes it.
 */
export async function bundleForNode(entry: string): Promise<{ file: string; remove(): void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bcd-test-bundle-'));
  const file = path.join(dir, `${path.basename(entry, '.ts')}.cjs`);
  const remove = () => fs.rmSync(dir, { recursive: true, force: true });
  try {
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: ['better-sqlite3'],
      outfile: file,
      logLevel: 'error',
    });
  } catch (error) {
    remove();
    throw error;
  }
  return { file, remove };
}
