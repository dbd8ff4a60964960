/**
 * The API contract: the only thing the renderer knows about the main process.
 * Each operation has an input schema (checked in the main process and the bridge
 * before any handler runs) and an output type. The preload exposes it over IPC;
 * the loopback bridge serves it over HTTP; both dispatch to the same handlers.
 */
import { z } from 'zod';
import type { Agency, SearchHit, Session } from '../domain/model';

const id = z.number().int().positive();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');

export const sessionInputSchema = z.object({
  number: z.number().int().positive().nullable(),
  year: z.number().int().min(2000).max(2100),
  date: isoDate,
  title: z.string().trim().min(1, 'Tên phiên họp không được để trống').max(500),
  chair: z.string().max(200).nullable(),
  format: z.enum(['in_person', 'online', 'hybrid']),
  notes: z.string().max(10_000).nullable(),
});

export const operations = {
  appInfo: z.object({}),
  listSessions: z.object({}),
  getSession: z.object({ id }),
  createSession: z.object({ session: sessionInputSchema }),
  updateSession: z.object({ id, session: sessionInputSchema }),
  deleteSession: z.object({ id }),
  listAgencies: z.object({}),
  search: z.object({ query: z.string().max(200) }),
  loadSample: z.object({}),
  backupNow: z.object({}),
} as const;

export type OperationName = keyof typeof operations;
export type ApiInput<K extends OperationName> = z.infer<(typeof operations)[K]>;

export interface AppInfo {
  version: string;
  dbFile: string;
  dataDir: string;
  /** True when the database holds no session yet: the first screen offers the sample data. */
  empty: boolean;
}

export interface ApiOutputs {
  appInfo: AppInfo;
  listSessions: Session[];
  getSession: Session;
  createSession: Session;
  updateSession: Session;
  deleteSession: { deleted: true };
  listAgencies: Agency[];
  search: SearchHit[];
  loadSample: { sessions: number; observations: number; tasks: number };
  backupNow: { file: string };
}

/** Errors cross the boundary as values: a thrown error would lose everything but its message. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: string; invalidInput?: boolean };

export type Api = {
  [K in OperationName]: (input: ApiInput<K>) => Promise<ApiResult<ApiOutputs[K]>>;
};

export const OPERATION_NAMES = Object.keys(operations) as OperationName[];
