import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createHandlers } from '../api/handlers';
import { closeAppDatabase, createAppContext } from '../app-context';
import { dailyBackup } from '../db/backup-rotation';
import { loadSampleData } from '../db/sample';
import { applyHeapPolicy } from '../heap-policy';
import { listSessions } from '../db/sessions';
import { APP_ROOT, RENDERER_DIR, TEMPLATES_DIR } from '../paths';
import { createBridge } from './server';

/** `npm run web -- [--db FILE] [--port N]`: the real UI in a browser, on 127.0.0.1 only. */
async function main(): Promise<void> {
  applyHeapPolicy();
  const { values } = parseArgs({
    options: { db: { type: 'string' }, port: { type: 'string' } },
    strict: true,
  });
  const dbFile = values.db ?? path.join(APP_ROOT, 'data', 'phien-hop.db');
  const port = Number(values.port ?? '5178');
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid --port ${values.port}`);
  const firstRun = !fs.existsSync(dbFile);
  const version = (JSON.parse(fs.readFileSync(path.join(APP_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  if (!firstRun) await dailyBackup(dbFile);
  const ctx = createAppContext({ dbFile, templatesDir: TEMPLATES_DIR, version });
  if (firstRun && listSessions(ctx.db).length === 0) loadSampleData(ctx.db);
  const bridge = createBridge({ handlers: createHandlers(ctx), staticDir: RENDERER_DIR });
  const address = await bridge.listen(port);
  // The first stdout line is the contract: scripts and tests read the address from it.
  process.stdout.write(`${address}\n`);
  process.stderr.write(`Dữ liệu: ${ctx.dbFile}${firstRun ? ' (đã nạp dữ liệu mẫu)' : ''}\n`);
  const stop = () => {
    void bridge.close().then(() => {
      closeAppDatabase(ctx);
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
