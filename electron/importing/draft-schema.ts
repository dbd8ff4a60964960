/**
 * The shape a reviewed draft must have to be saved: the draft travels through the UI
 * and the API as JSON, so it is checked again before it touches the database.
 */
import { z } from 'zod';
import type { ImportDraft } from './draft-types';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const qualifier = z.enum(['exact', 'approx', 'more_than', 'less_than']);
const figureKind = z.enum(['level', 'change', 'count_of', 'rank', 'target']);
const deadlineKind = z.enum(['date', 'month', 'quarter', 'half', 'year', 'recurring', 'none']);
const direction = z.enum(['higher_is_better', 'lower_is_better']);

const figure = z.object({
  name: z.string().trim().min(1),
  value: z.number(),
  value_max: z.number().optional(),
  unit: z.string(),
  qualifier,
  target: z.number().nullable(),
  target_max: z.number().optional(),
  target_period: z.string().optional(),
  scope: z.string().nullable(),
  period: z.string().nullable(),
  kind: figureKind,
  direction: z.enum(['up', 'down']).optional(),
  of: z.number().nullable(),
  evidence: z.string(),
});

const task = z.object({
  lead: z.string().trim().min(1),
  partners: z.array(z.string()),
  content: z.string().trim().min(1),
  deadline: z.object({ kind: deadlineKind, due: isoDate.nullable(), text: z.string().nullable() }),
  evidence: z.string(),
});

const indicatorChoice = z.discriminatedUnion('action', [
  z.object({ action: z.literal('existing'), indicatorId: z.number().int().positive() }),
  z.object({ action: z.literal('alias'), indicatorId: z.number().int().positive() }),
  z.object({ action: z.literal('create'), name: z.string().trim().min(1), unit: z.string(), direction }),
]);

const document = z.object({
  fileName: z.string().min(1),
  text: z.string().min(1),
  session: z.object({
    existingId: z.number().int().positive().nullable(),
    number: z.number().int().positive().nullable(),
    year: z.number().int().nullable(),
    date: isoDate.nullable(),
    dateUncertain: z.boolean(),
    title: z.string().trim().min(1),
    chair: z.string().nullable(),
    format: z.enum(['in_person', 'online', 'hybrid']),
  }),
  figures: z.array(
    z.object({
      key: z.string(),
      include: z.boolean(),
      figure,
      asOf: isoDate.nullable(),
      targetDue: isoDate.nullable(),
      indicator: indicatorChoice,
    }),
  ),
  tasks: z.array(
    z.object({
      key: z.string(),
      include: z.boolean(),
      task,
      leadAgencyId: z.number().int().positive().nullable(),
    }),
  ),
});

/** Only what saving reads is required; the rest of the draft (suggestions, extraction) may be left out. */
export const savableDraftSchema = z.object({ documents: z.array(document) });

export type SavableDraft = z.infer<typeof savableDraftSchema>;

/** Checks a draft; returns it typed, or where it is wrong (field paths, for the message). */
export function parseDraft(draft: ImportDraft | unknown): { draft: SavableDraft } | { paths: string[] } {
  const result = savableDraftSchema.safeParse(draft);
  if (result.success) return { draft: result.data };
  return { paths: result.error.issues.slice(0, 5).map((issue) => issue.path.join('.') || '(toàn bộ)') };
}
