import fs from 'node:fs';
import path from 'node:path';
import { closeAppDatabase, reopenAppDatabase } from '../app-context';
import { backupDatabase, restoreDatabase } from '../db/backup';
import { backupFolder, listBackups } from '../db/backup-rotation';
import type { BackupInfo } from '../domain/views';
import type { HandlerGroup } from './handler-types';

function backupInfo(file: string): BackupInfo {
  const stat = fs.statSync(file);
  return { name: path.basename(file), size: stat.size, modifiedAt: stat.mtime.toISOString() };
}

/** Cài đặt > Dữ liệu: where the data lives, a backup now, and putting one back. */
export const dataHandlers: HandlerGroup<'getDataFolder' | 'backupNow' | 'restoreBackup'> = (ctx) => ({
  getDataFolder: () => ({
    dataDir: ctx.dataDir,
    dbFile: ctx.dbFile,
    backupDir: backupFolder(ctx.dbFile),
    backups: listBackups(ctx.dbFile).map(backupInfo),
  }),
  backupNow: async () => {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = path.join(backupFolder(ctx.dbFile), `${path.basename(ctx.dbFile, '.db')}-${stamp}.db`);
    await backupDatabase(ctx.dbFile, file);
    return { file, name: path.basename(file) };
  },
  restoreBackup: async ({ name }) => {
    // Only a backup of this database, listed in its backups/ folder, can be put back.
    const file = listBackups(ctx.dbFile).find((f) => path.basename(f) === name);
    if (!file) throw new Error(`Không có bản sao lưu "${name}" trong thư mục sao lưu.`);
    // The file is replaced under the connection: close it first, and reopen whatever is there after.
    closeAppDatabase(ctx);
    try {
      await restoreDatabase(file, ctx.dbFile);
    } finally {
      reopenAppDatabase(ctx);
    }
    return { restored: name };
  },
});
