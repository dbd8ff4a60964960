/**
 * The process the fault test kills. It loads the app's code, says "loaded", and waits
 * for one line on stdin naming its work (a JSON array: scenario, database, folder), so
 * the test can start the next process while it checks the last one. It then opens the
 * database through the app's own code, says "ready" and writes until SIGKILL arrives,
 * saying "committed" after each write:
 *
 *   import  DB          documents with their figures and tasks, one transaction each
 *   tasks   DB          bulk status updates of every task (updateTaskStatus)
 *   migrate DB          openDatabase with one more, heavy migration; says "done MS" at the end
 *   backup  DB OUT_DIR  backupDatabase into OUT_DIR/copy-PID-N.db, over and over
 *
 * Bundled by the test with esbuild, so a start costs no TypeScript compile.
 */
import path from 'node:path';
import readline from 'node:readline';
import { updateTaskStatus } from '../../electron/comparison/tasks';
import { backupDatabase } from '../../electron/db/backup';
import { insertDocument } from '../../electron/db/documents';
import { createObservation } from '../../electron/db/indicators';
import { openDatabase } from '../../electron/db/open';
import { createTask } from '../../electron/db/tasks';
import { FIGURES_PER_DOCUMENT, MIGRATIONS_WITH_HEAVY, TASKS_PER_DOCUMENT } from './fault-plan';

const say = (line: string) => process.stdout.write(`${line}\n`);

function importForever(file: string): void {
  const db = openDatabase(file);
  const indicatorId = (db.prepare('SELECT id FROM indicators ORDER BY id LIMIT 1').get() as { id: number }).id;
  // Rounds a killed process left uncommitted are numbered again: only committed ones count.
  const first = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  say('ready');
  for (let round = first; ; round++) {
    db.transaction(() => {
      const doc = insertDocument(db, `bao-cao-${round}.txt`, `Báo cáo phiên họp số ${round}: kết quả và nhiệm vụ.`, null);
      for (let i = 0; i < FIGURES_PER_DOCUMENT; i++) {
        createObservation(db, {
          indicatorId, value: i + 0.5, valueMax: null, of: null, kind: 'level', qualifier: 'exact',
          period: '6 tháng đầu năm 2025', asOf: '2025-06-30', scope: `tỉnh ${i}`, sessionId: null, documentId: doc.id,
          evidence: `đạt ${i},5%`,
        });
      }
      for (let i = 0; i < TASKS_PER_DOCUMENT; i++) {
        createTask(db, {
          leadAgencyId: null, leadName: 'Bộ Công an', partnerNames: [], content: `Nhiệm vụ ${i} của văn bản ${round}`,
          output: null, deadline: { kind: 'month', due: '2025-08-31', text: 'trong tháng 8/2025' },
          sessionId: null, documentId: doc.id, evidence: null,
        });
      }
    }).immediate();
    say('committed');
  }
}

function updateTasksForever(file: string): void {
  const db = openDatabase(file);
  const taskIds = (db.prepare('SELECT id FROM tasks').all() as Array<{ id: number }>).map((r) => r.id);
  const first = (db.prepare('SELECT count(DISTINCT note) AS n FROM task_updates').get() as { n: number }).n;
  say('ready');
  for (let round = first; ; round++) {
    updateTaskStatus(db, {
      taskIds,
      progress: round % 2 === 0 ? 'done' : 'in_progress',
      date: '2025-09-30',
      note: `lượt ${round}`,
      evidenceDocumentId: null,
    });
    say('committed');
  }
}

function migrate(file: string): void {
  say('ready');
  const started = performance.now();
  openDatabase(file, { migrations: MIGRATIONS_WITH_HEAVY }).close();
  say(`done ${performance.now() - started}`);
}

async function backupForever(file: string, outDir: string): Promise<void> {
  say('ready');
  for (let n = 0; ; n++) {
    await backupDatabase(file, path.join(outDir, `copy-${process.pid}-${n}.db`));
    say('committed');
  }
}

const stdin = readline.createInterface({ input: process.stdin });
stdin.once('line', (line) => {
  const [scenario, file, outDir] = JSON.parse(line) as [string, string, string?];
  if (scenario === 'import') importForever(file);
  else if (scenario === 'tasks') updateTasksForever(file);
  else if (scenario === 'migrate') migrate(file);
  else if (scenario === 'backup') void backupForever(file, outDir as string);
  else throw new Error(`unknown scenario ${scenario}`);
});
say('loaded');
