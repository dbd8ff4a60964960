/**
 * WAL checkpoints on a thread of their own, for the connection the app writes through.
 *
 * In WAL mode a commit appends the changed pages to the -wal file, and a checkpoint
 * copies them into the database file and syncs both. SQLite runs the checkpoint on the
 * committing connection, inside the commit that takes the WAL past 1,000 pages: an
 * import of a large spreadsheet waits for it, and so does everything else on the main
 * process. Here a second connection, on a worker thread, checkpoints every
 * CHECKPOINT_EVERY_MS while the writing connection goes on; the writer's own
 * checkpoints are turned off (wal_autocheckpoint = 0) for as long as the thread runs.
 * On the bench's 1,000,000 figures (bench/generate.ts), the inserts took 4.7-4.9 s with
 * SQLite's checkpoints and 4.2-4.4 s beside the thread, counting the wait for its last
 * checkpoint (catchUp), on a 2-core machine.
 *
 * A PASSIVE checkpoint waits for nobody: it copies what readers no longer need and stops.
 * Nothing is lost if the thread is killed mid-copy (SQLite recovers a checkpoint as it
 * recovers a crash). If the thread fails to start or dies, the writer checkpoints itself
 * again, as before.
 *
 * The thread runs a few lines of plain JavaScript (WORKER_SOURCE), evaluated rather than
 * loaded from a file: the same code then runs under tsx (the bridge, the command line,
 * the bench), under vitest and in Electron's bundled main process, where a second
 * entry file would need a bundle and a path of its own. It loads better-sqlite3 from the
 * path this module resolves, outside the asar (electron-builder.yml unpacks it).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Db } from './open';

/** How often the thread checkpoints; a checkpoint with nothing to copy costs a few microseconds. */
const CHECKPOINT_EVERY_MS = 100;
/** How long catchUp and stop wait for a running thread before going on without it. */
const WAIT_MS = 30_000;
/** How long they wait for the thread to start: it opens its connection in tens of milliseconds. */
const STARTUP_MS = 5_000;
/**
 * While writes follow one another with no pause, the writer never finds the WAL wholly
 * copied when it begins, so it appends instead of starting over, and the file grows
 * (160 MiB over the bench's 1,000,000 figures). Once it does start over, it cuts the
 * file back to this size.
 */
const WAL_KEPT_BYTES = 64 * 1024 * 1024;
/** SQLite's default: the writer checkpoints itself once the WAL holds this many pages. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000;

/**
 * The shared Int32Array through which the thread answers while the main thread waits:
 * EVENTS counts every change the thread makes to the others, so a waiter that read it
 * before looking cannot miss one.
 */
const EVENTS = 0;
const STATE = 1;
const CAUGHT_UP = 2;
const STARTING = 0;
const RUNNING = 1;
const ENDED = 2;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const shared = new Int32Array(workerData.shared);
const signal = (slot, value) => {
  Atomics.store(shared, slot, value);
  Atomics.add(shared, ${EVENTS}, 1);
  Atomics.notify(shared, ${EVENTS});
};
let db = null;
let timer = null;
const end = () => {
  if (timer) clearInterval(timer);
  try {
    if (db) db.close();
  } finally {
    signal(${STATE}, ${ENDED});
    parentPort.close();
  }
};
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    end();
    throw error;
  }
};
try {
  const Database = require(workerData.sqlite);
  db = new Database(workerData.file, { fileMustExist: true });
  db.pragma('synchronous = NORMAL');
} catch (error) {
  end();
  throw error;
}
timer = setInterval(checkpoint, workerData.everyMs);
signal(${STATE}, ${RUNNING});
parentPort.on('message', (message) => {
  if (message.catchUp === undefined) return end();
  checkpoint();
  signal(${CAUGHT_UP}, message.catchUp);
});
`;

export interface BackgroundCheckpoints {
  /** Checkpoints what the WAL holds now, on the thread, and returns when it is done. */
  catchUp(): void;
  /** Ends the thread and closes its connection, and returns then; the writer checkpoints itself again. */
  stop(): void;
}

const NONE: BackgroundCheckpoints = { catchUp: () => undefined, stop: () => undefined };

/** The path of better-sqlite3's entry, on disk: inside a packaged app, the unpacked copy beside the asar. */
function sqlitePath(): string {
  const resolved = createRequire(import.meta.url).resolve('better-sqlite3');
  return resolved.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
}

/**
 * Starts checkpointing `db` (open on `file`) on a thread. A database that is not in WAL
 * mode (in memory, or on a network share: open.ts) keeps SQLite's own checkpoints.
 */
export function checkpointInBackground(db: Db, file: string): BackgroundCheckpoints {
  if (db.memory || String(db.pragma('journal_mode', { simple: true })).toLowerCase() !== 'wal') return NONE;
  const shared = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    // A few lines that allocate next to nothing: a small heap, and none of the parent's
    // flags (under tsx, its loader). The thread then adds 10-13 MiB to the process's
    // resident memory while it runs and 3-4 once stopped (the code pages it ran), where
    // it added 14-22 and 5-12.
    resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 32, stackSizeMb: 1 },
    execArgv: [],
    workerData: { file: path.resolve(file), sqlite: sqlitePath(), shared: shared.buffer, everyMs: CHECKPOINT_EVERY_MS },
  });
  worker.unref();
  const selfCheckpoints = () => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`);
  };
  // Off before the thread is up: the first writes may come in the same synchronous run.
  db.pragma('wal_autocheckpoint = 0');
  db.pragma(`journal_size_limit = ${WAL_KEPT_BYTES}`);
  // A thread that failed or died: 'error' carries what went wrong, and either way the writer takes over.
  worker.on('error', selfCheckpoints);
  worker.on('exit', selfCheckpoints);
  /**
   * Blocks until `done()` or `ms` have passed; the thread answers without the main thread's
   * event loop. Atomics.wait sleeps until the thread signals; where the embedder does not
   * let the main thread block so (browsers do not, and an Electron release might not), it
   * throws, and the loop looks again at once: stopping takes a few milliseconds.
   */
  const waitFor = (done: () => boolean, ms: number) => {
    const deadline = Date.now() + ms;
    for (;;) {
      const seen = Atomics.load(shared, EVENTS);
      if (done() || Date.now() >= deadline) return;
      try {
        Atomics.wait(shared, EVENTS, seen, deadline - Date.now());
      } catch {
        // Not allowed to block here: look again.
      }
    }
  };
  const running = () => Atomics.load(shared, STATE) === RUNNING;
  /**
   * Whether the thread runs, once it has started. One that never signals (it failed before
   * it could: out of memory, say) is given STARTUP_MS, not WAIT_MS at every call.
   */
  const started = () => {
    waitFor(() => Atomics.load(shared, STATE) !== STARTING, STARTUP_MS);
    return running();
  };
  let requests = 0;
  let stopped = false;

  return {
    catchUp() {
      if (!stopped && started()) {
        const request = ++requests;
        worker.postMessage({ catchUp: request });
        waitFor(() => Atomics.load(shared, CAUGHT_UP) === request || !running(), WAIT_MS);
        if (Atomics.load(shared, CAUGHT_UP) === request) return;
      }
      db.pragma('wal_checkpoint(PASSIVE)');
    },
    stop() {
      if (stopped) return;
      stopped = true;
      if (started()) {
        worker.postMessage({ stop: true });
        waitFor(() => !running(), WAIT_MS);
      } else {
        // Ended, or never started: nothing of it to wait for.
        void worker.terminate();
      }
      selfCheckpoints();
    },
  };
}
