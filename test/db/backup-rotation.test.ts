import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dailyBackup, KEPT_BACKUPS, listBackups } from '../../electron/db/backup-rotation';
import { openDatabase } from '../../electron/db/open';
import { tempDir } from '../helpers/temp';

describe('daily backups', () => {
  it('writes one backup a day and keeps the last 14', async () => {
    const file = path.join(tempDir(), 'app.db');
    openDatabase(file).close();
    expect(await dailyBackup(file, '2025-12-01')).toMatch(/app-2025-12-01\.db$/);
    expect(await dailyBackup(file, '2025-12-01')).toBeNull();
    for (let day = 2; day <= 20; day++) await dailyBackup(file, `2025-12-${String(day).padStart(2, '0')}`);
    const kept = listBackups(file, true);
    expect(kept).toHaveLength(KEPT_BACKUPS);
    expect(path.basename(kept[0] as string)).toBe('app-2025-12-20.db');
    expect(path.basename(kept.at(-1) as string)).toBe('app-2025-12-07.db');
    const copy = openDatabase(kept[0] as string, { mustExist: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    copy.close();
  });

  it('does nothing before the database exists', async () => {
    const file = path.join(tempDir(), 'none.db');
    expect(await dailyBackup(file)).toBeNull();
    expect(fs.existsSync(path.dirname(file) + '/backups')).toBe(false);
  });
});
