/**
 * The bundled sample data: the committee's five 2025 sessions with their indicators,
 * targets, figures, tasks and task progress, loaded into an empty database so a new
 * user sees the app at work. The data lives in the modules beside this one.
 */
import { findAgencyByName } from '../agencies';
import { addIndicatorAlias, createIndicator, createObservation, createTarget } from '../indicators';
import type { Db } from '../open';
import { createSession, listSessions } from '../sessions';
import { addTaskUpdate, createTask } from '../tasks';
import { SAMPLE_INDICATORS } from './indicators';
import type { SessionKey } from './sessions';
import { SAMPLE_SESSIONS } from './sessions';
import { SAMPLE_TASKS, UNCATALOGUED_LEADS } from './tasks';

export interface SampleCounts {
  sessions: number;
  indicators: number;
  targets: number;
  observations: number;
  tasks: number;
  taskUpdates: number;
}

/**
 * Loads the sample data in one transaction. Refuses (and writes nothing) when the
 * database already holds a session: sample data is for an empty database only.
 */
export function loadSampleData(db: Db): SampleCounts {
  return db.transaction((): SampleCounts => {
    if (listSessions(db).length > 0) {
      throw new Error('Cơ sở dữ liệu đã có phiên họp; chỉ nạp dữ liệu mẫu vào cơ sở dữ liệu trống.');
    }
    const counts: SampleCounts = { sessions: 0, indicators: 0, targets: 0, observations: 0, tasks: 0, taskUpdates: 0 };

    const sessionIds = new Map<SessionKey, number>();
    for (const { key, ...session } of SAMPLE_SESSIONS) {
      sessionIds.set(key, createSession(db, session).id);
      counts.sessions++;
    }
    const sessionId = (key: SessionKey | null): number | null => {
      if (key == null) return null;
      const id = sessionIds.get(key);
      if (id == null) throw new Error(`Dữ liệu mẫu: không có phiên họp "${key}"`);
      return id;
    };

    for (const item of SAMPLE_INDICATORS) {
      const indicator = createIndicator(db, {
        name: item.name,
        unit: item.unit,
        direction: item.direction,
        groupName: item.groupName,
      });
      for (const alias of item.aliases ?? []) addIndicatorAlias(db, indicator.id, alias);
      counts.indicators++;
      for (const t of item.targets ?? []) {
        createTarget(db, {
          indicatorId: indicator.id,
          value: t.value,
          valueMax: t.valueMax ?? null,
          of: t.of ?? null,
          dueDate: t.dueDate,
          scope: t.scope ?? null,
          baselineValue: t.baseline?.value ?? null,
          baselineDate: t.baseline?.date ?? null,
          sessionId: sessionId(t.session),
          documentId: null,
          evidence: t.evidence,
        });
        counts.targets++;
      }
      for (const o of item.observations) {
        createObservation(db, {
          indicatorId: indicator.id,
          value: o.value,
          valueMax: o.valueMax ?? null,
          of: o.of ?? null,
          kind: o.kind,
          qualifier: o.qualifier ?? 'exact',
          period: o.period,
          asOf: o.asOf,
          scope: o.scope ?? null,
          sessionId: sessionId(o.session),
          documentId: null,
          evidence: o.evidence,
        });
        counts.observations++;
      }
    }

    const agencyIds = new Map<string, number | null>();
    const leadAgencyId = (name: string): number | null => {
      if (!agencyIds.has(name)) {
        const agency = findAgencyByName(db, name);
        if (!agency && !UNCATALOGUED_LEADS.includes(name)) {
          throw new Error(`Dữ liệu mẫu: cơ quan "${name}" không có trong danh mục`);
        }
        agencyIds.set(name, agency?.id ?? null);
      }
      return agencyIds.get(name) ?? null;
    };

    for (const item of SAMPLE_TASKS) {
      const agencyId = item.lead == null ? null : leadAgencyId(item.lead);
      const task = createTask(db, {
        leadAgencyId: agencyId,
        // Kept also for a catalogued lead: the search index reads the task's title from it.
        leadName: item.lead,
        partnerNames: item.partners ?? [],
        content: item.content,
        output: item.output,
        deadline: item.deadline,
        sessionId: sessionId(item.session),
        documentId: null,
        evidence: item.evidence,
      });
      counts.tasks++;
      for (const update of item.updates ?? []) {
        addTaskUpdate(db, {
          taskId: task.id,
          progress: update.progress,
          date: update.date,
          note: update.note,
          evidenceDocumentId: null,
        });
        counts.taskUpdates++;
      }
    }
    return counts;
  })();
}
