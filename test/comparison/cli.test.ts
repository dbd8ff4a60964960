import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../electron/cli/command';
import { runCli } from '../../electron/cli/main';
import { addFigure, addIndicator, addSession, addTarget, addTask, due, tempDb } from './fixtures';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t), confirm: async () => false };
  const code = await runCli(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir = '';
let db = '';

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'comparison-cli-'));
  db = path.join(dir, 'sample.db');
  expect((await cli('sample', '--db', db)).code).toBe(0);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function thirdSessionId(): Promise<string> {
  const sessions = JSON.parse((await cli('sessions', '--db', db, '--json')).out) as Array<{ id: number; number: number | null }>;
  return String(sessions.find((s) => s.number === 3)?.id);
}

describe('compare', () => {
  it('prints JSON alone on stdout, at the session date by default', async () => {
    const run = await cli('compare', '--db', db, '--session', await thirdSessionId(), '--json');
    expect(run).toMatchObject({ code: 0, err: '' });
    const result = JSON.parse(run.out) as { asOf: string; indicators: Array<Record<string, unknown>> };
    expect(result.asOf).toBe('2025-07-20');
    const online = result.indicators.filter((c) => c.indicatorName === 'Tỷ lệ hồ sơ trực tuyến toàn trình');
    expect(online.map((c) => [c.scope, c.actualValue, c.targetValue, c.gap, c.rating])).toEqual([
      [null, 39.51, 80, 40.49, 'off_track'],
      ['các tỉnh', 15.21, 80, 64.79, 'off_track'],
    ]);
    expect(online[0]?.attainment).toBeCloseTo(0.494, 3);
    expect(online[0]?.series).toEqual([expect.objectContaining({ value: 39.51, asOf: '2025-06-30' })]);
  });

  it('prints a table in Vietnamese without --json', async () => {
    const run = await cli('compare', '--db', db, '--as-of', '2025-07-20');
    expect(run.code).toBe(0);
    expect(run.out).toContain('So sánh mục tiêu và kết quả đến ngày 20/7/2025');
    expect(run.out).toMatch(/Tỷ lệ hồ sơ trực tuyến toàn trình\s+Cả nước\s+39,51%\s+30\/6\/2025\s+80%\s+31\/12\/2025\s+49,4%\s+40,49 điểm phần trăm\s+Chậm\/Không đạt/);
  });

  it('fails with one line on stderr for a wrong date or an unknown session', async () => {
    const badDate = await cli('compare', '--db', db, '--as-of', '2025-13-01', '--json');
    expect(badDate).toMatchObject({ code: 1, out: '' });
    expect(badDate.err.split('\n')).toHaveLength(1);
    expect((await cli('compare', '--db', db, '--session', '999')).err).toBe('error: Không tìm thấy phiên họp #999');
  });
});

describe('compare --as-of', () => {
  it('prints only the figures reported by the date', async () => {
    const db = tempDb();
    const march = addSession(db, '2025-03-01');
    const june = addSession(db, '2025-06-01');
    const indicator = addIndicator(db, { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình' });
    addTarget(db, indicator.id, { value: 80, dueDate: '2025-12-31' });
    addFigure(db, indicator.id, { value: 35, asOf: '2025-01-31', sessionId: march.id });
    addFigure(db, indicator.id, { value: 82, asOf: '2025-02-28', sessionId: june.id });
    const actualAt = async (...args: string[]) => {
      const run = await cli('compare', '--db', db.name, ...args, '--json');
      expect(run).toMatchObject({ code: 0, err: '' });
      const [line] = (JSON.parse(run.out) as { indicators: Array<{ actualValue: number; series: Array<{ value: number }> }> }).indicators;
      return [line?.actualValue, line?.series.map((p) => p.value)];
    };
    expect(await actualAt('--as-of', '2025-03-15')).toEqual([35, [35]]);
    expect(await actualAt('--session', String(march.id))).toEqual([35, [35]]);
    expect(await actualAt('--as-of', '2025-06-01')).toEqual([82, [35, 82]]);
  });
});

describe('tasks --as-of', () => {
  it('lists neither the tasks a later session assigned nor completions dated after the date', async () => {
    const db = tempDb();
    const march = addSession(db, '2025-03-01');
    const june = addSession(db, '2025-06-01');
    const early = addTask(db, { sessionId: march.id, deadline: due('2025-04-30'), updates: [['done', '2025-05-20']] });
    addTask(db, { sessionId: june.id, deadline: due('2025-04-30') });
    const run = await cli('tasks', '--db', db.name, '--as-of', '2025-05-01', '--json');
    const result = JSON.parse(run.out) as { tasks: Array<{ id: number; status: string }>; byAgency: Array<{ total: number; counts: Record<string, number> }> };
    expect(result.tasks.map((t) => [t.id, t.status])).toEqual([[early.id, 'overdue']]);
    expect(result.byAgency.map((a) => [a.total, a.counts.overdue])).toEqual([[1, 1]]);
  });
});

describe('tasks', () => {
  it('prints { asOf, tasks, byAgency } with statuses as of the date', async () => {
    const run = await cli('tasks', '--db', db, '--as-of', '2025-09-24', '--json');
    expect(run).toMatchObject({ code: 0, err: '' });
    const result = JSON.parse(run.out) as {
      asOf: string;
      tasks: Array<{ status: string; currentAgencyName: string | null }>;
      byAgency: Array<{ agencyName: string; counts: Record<string, number>; total: number }>;
    };
    expect(result.asOf).toBe('2025-09-24');
    expect(result.tasks.length).toBe(result.byAgency.reduce((sum, a) => sum + a.total, 0));
    const overdue = result.tasks.filter((t) => t.status === 'overdue').length;
    expect(result.byAgency.reduce((sum, a) => sum + (a.counts.overdue ?? 0), 0)).toBe(overdue);
    expect(result.byAgency.map((a) => a.agencyName)).not.toContain('Bộ Thông tin và Truyền thông');
  });

  it('keeps to one agency with --agency, a merged ministry counted under its successor', async () => {
    const run = await cli('tasks', '--db', db, '--as-of', '2025-12-22', '--agency', 'Bộ KH&CN', '--json');
    const result = JSON.parse(run.out) as { tasks: Array<{ currentAgencyName: string }>; byAgency: Array<{ agencyName: string }> };
    expect(new Set(result.tasks.map((t) => t.currentAgencyName))).toEqual(new Set(['Bộ Khoa học và Công nghệ']));
    expect(result.byAgency.map((a) => a.agencyName)).toEqual(['Bộ Khoa học và Công nghệ']);
    expect((await cli('tasks', '--db', db, '--agency', 'Bộ Không Có')).code).toBe(1);
  });

  it('prints the summary sentence and tables without --json', async () => {
    const run = await cli('tasks', '--db', db, '--as-of', '2025-09-24');
    expect(run.out).toMatch(/^Đến ngày 24\/9\/2025: (còn \d+ nhiệm vụ chậm tiến độ thuộc trách nhiệm của \d+ [^.]+|không còn nhiệm vụ nào chậm tiến độ)\./);
    expect(run.out).toContain('Cơ quan chủ trì');
    expect(run.out).toContain('Quá hạn chưa hoàn thành');
  });
});
