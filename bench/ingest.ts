/**
 * SQLite ingest: generating the bench database measures it, as the app writes (WAL
 * checkpoints on a thread of their own, db/checkpoints.ts, the wait for the one that
 * copies the last figures counted in). The same figures are
 * then written once more into a scratch database whose observations audit trigger is
 * dropped, so the cost of the audit log is a ratio measured in the same run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkpointInBackground } from '../electron/db/checkpoints';
import { openDatabase } from '../electron/db/open';
import type { Generated, Scale } from './generate';
import { generateBenchDatabase, insertIndicators, insertObservations, insertSessions } from './generate';
import { seededRandom } from './random';
import type { Metric } from './report';

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
}

function ingestWithoutAudit(dir: string, scale: Scale, seed: number): number {
  const file = path.join(dir, 'no-audit.db');
  const db = openDatabase(file);
  const checkpoints = checkpointInBackground(db, file);
  try {
    db.exec('DROP TRIGGER observations_audit_ai');
    const sessions = insertSessions(db);
    const indicators = insertIndicators(db, scale.observations);
    return insertObservations(db, indicators, sessions, scale.observations, seededRandom(seed), checkpoints);
  } finally {
    checkpoints.stop();
    db.close();
    removeDatabase(file);
  }
}

export function benchIngest(dir: string, scale: Scale, seed: number): { generated: Generated; metrics: Metric[] } {
  const generated = generateBenchDatabase(path.join(dir, 'bench.db'), scale, seed);
  const withAudit = (generated.observations / generated.observationMs) * 1000;
  const withoutAudit = (scale.observations / ingestWithoutAudit(dir, scale, seed)) * 1000;
  const taskRows = generated.tasks + generated.taskUpdates;
  const size = fs.statSync(generated.file).size / 1024 ** 2;
  return {
    generated,
    metrics: [
      {
        key: 'ingest_rows_per_s',
        label: 'ingest: figures, audit log on',
        value: withAudit,
        unit: 'rows/s',
        note: `${generated.observations.toLocaleString('en-US')} figures in ${generated.series.toLocaleString('en-US')} series; database ${Math.round(size)} MiB; WAL checkpoints on a thread of their own, up to the last`,
      },
      {
        key: 'ingest_no_audit_rows_per_s',
        label: 'ingest: figures, audit trigger dropped',
        value: withoutAudit,
        unit: 'rows/s',
        note: `the audit log costs ×${(withoutAudit / withAudit).toFixed(1)}`,
      },
      {
        key: 'ingest_task_rows_per_s',
        label: 'ingest: tasks and updates',
        value: (taskRows / generated.taskMs) * 1000,
        unit: 'rows/s',
        note: `${generated.tasks.toLocaleString('en-US')} tasks, ${generated.taskUpdates.toLocaleString('en-US')} updates (audit and search index on)`,
      },
    ],
  };
}
