import fs from 'node:fs';
import { backupDatabase, restoreDatabase } from '../../db/backup';
import { openDatabase } from '../../db/open';
import { loadSampleData } from '../../db/sample';
import { listSessions } from '../../db/sessions';
import type { CliCommand } from '../command';
import { CliError, printJson, requireOption } from '../command';

/** True when the file exists and holds anything at all. */
function isNonEmptyFile(file: string): boolean {
  return fs.existsSync(file) && fs.statSync(file).size > 0;
}

export const initCommand: CliCommand = {
  name: 'init',
  usage: 'init --db FILE',
  summary: 'create an empty database at the latest schema; refuses to overwrite a non-empty file',
  async run(args, io) {
    const file = requireOption(args, 'db');
    if (isNonEmptyFile(file)) throw new CliError(`${file} already exists and is not empty; refusing to overwrite it`);
    openDatabase(file).close();
    io.err(`Created ${file}`);
  },
};

export const sampleCommand: CliCommand = {
  name: 'sample',
  usage: 'sample --db FILE',
  summary: "create a database holding the bundled sample sessions (the committee's 2025 sessions)",
  async run(args, io) {
    const file = requireOption(args, 'db');
    if (isNonEmptyFile(file)) throw new CliError(`${file} already exists and is not empty; refusing to overwrite it`);
    const db = openDatabase(file);
    try {
      const counts = loadSampleData(db);
      io.err(`Created ${file}: ${counts.sessions} sessions, ${counts.observations} figures, ${counts.tasks} tasks`);
    } finally {
      db.close();
    }
  },
};

export const sessionsCommand: CliCommand = {
  name: 'sessions',
  usage: 'sessions --db FILE [--json]',
  summary: 'list sessions: id, number, date, title',
  async run(args, io) {
    const db = openDatabase(requireOption(args, 'db'), { mustExist: true });
    try {
      const sessions = listSessions(db).map(({ id, number, year, date, title, chair }) => ({ id, number, year, date, title, chair }));
      if (args.options.json) return printJson(io, sessions);
      for (const s of sessions) io.out(`${String(s.id).padStart(4)}  ${s.date}  ${s.number ?? '-'}  ${s.title}`);
    } finally {
      db.close();
    }
  },
};

export const backupCommand: CliCommand = {
  name: 'backup',
  usage: 'backup --db FILE --out PATH',
  summary: 'a consistent copy of a database, also while it is in use (SQLite backup API)',
  async run(args, io) {
    const out = requireOption(args, 'out');
    await backupDatabase(requireOption(args, 'db'), out);
    io.err(`Backup written to ${out}`);
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  usage: 'restore --from PATH --db FILE',
  summary: 'put a verified backup back in place of the database (the old file is kept as FILE.before-restore)',
  async run(args, io) {
    const db = requireOption(args, 'db');
    await restoreDatabase(requireOption(args, 'from'), db);
    io.err(`Restored ${db}`);
  },
};
