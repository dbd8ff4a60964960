/**
 * What a template file may hold (templates/README.md documents each field): layout.yaml
 * with the page and type values of Decree 30/2020/NĐ-CP, which the schema keeps inside
 * the decree's ranges, and one file of fixed wording per document. Wording may use
 * {placeholders}; each field lists the ones it may use, and a misspelt one is an error.
 */
import { z } from 'zod';

/** A number within a range the decree allows; the message names the range. */
function within(min: number, max: number, unit: string) {
  const range = min === max ? `bằng ${min} ${unit}` : `từ ${min} đến ${max} ${unit}`;
  const message = `phải ${range} (Nghị định 30/2020/NĐ-CP)`;
  return z.number().min(min, { error: message }).max(max, { error: message });
}

const text = z.string().trim().min(1);

export const LayoutSchema = z.strictObject({
  margins: z.strictObject({
    top: within(20, 25, 'mm'),
    bottom: within(20, 25, 'mm'),
    left: within(30, 35, 'mm'),
    right: within(15, 20, 'mm'),
  }),
  headerDistance: z.number().min(5).max(15),
  firstLineIndent: within(10, 12.7, 'mm'),
  paragraphSpacing: within(6, 18, 'pt'),
  lineSpacing: within(1, 1.5, 'lần dòng đơn'),
  headerLeftShare: z.number().min(0.3).max(0.5),
  signatureLeftShare: z.number().min(0.3).max(0.6),
  signatureSpace: z.number().min(15).max(40),
  fontSizes: z.strictObject({
    body: within(13, 14, 'pt'),
    parentAgency: within(12, 13, 'pt'),
    agency: within(12, 13, 'pt'),
    nation: within(12, 13, 'pt'),
    motto: within(13, 14, 'pt'),
    number: within(13, 14, 'pt'),
    placeDate: within(13, 14, 'pt'),
    documentType: within(13, 14, 'pt'),
    summary: within(13, 14, 'pt'),
    table: z.number().min(10).max(14),
    smallTable: z.number().min(9).max(14),
    caption: z.number().min(12).max(14),
    recipientsHeading: within(12, 12, 'pt'),
    recipients: within(11, 11, 'pt'),
    signature: within(13, 14, 'pt'),
    pageNumber: within(13, 14, 'pt'),
    draft: within(13, 14, 'pt'),
  }),
});

const PLACEHOLDER = /\{([^{}]*)\}/g;

/**
 * Wording that may use the named {placeholders} and no others. Not trimmed: a
 * fragment such as ' (sản phẩm: {output})' is joined to the text before it.
 */
function wording<const Names extends readonly string[]>(names: Names) {
  return z.string().superRefine((value, ctx) => {
    if (value.trim() === '') ctx.addIssue({ code: 'custom', message: 'không được để trống' });
    for (const [, name] of value.matchAll(PLACEHOLDER)) {
      if (!names.includes(name as string)) {
        const allowed = names.length > 0 ? `chỉ được dùng ${names.map((n) => `{${n}}`).join(', ')}` : 'không dùng chỗ điền nào';
        ctx.addIssue({ code: 'custom', message: `có chỗ điền {${name}} không hợp lệ: trường này ${allowed}` });
      }
    }
  });
}

const Header = {
  documentType: text,
  symbol: z.string().regex(/^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)+$/, { error: 'phải có dạng như TB-VPCP, BC-BKHCN' }),
  draftLabel: text,
  issuer: z.strictObject({ parent: text.nullable(), name: text, place: text }),
  nation: z.strictObject({ name: text, motto: text }),
  committee: z.strictObject({
    name: text,
    head: text,
    /** Used when a session names no chair. */
    chair: text,
  }),
  recipients: z.strictObject({ heading: text, list: z.array(text).min(1), archive: text }),
  signer: z.strictObject({ authority: text.nullable(), title: text.nullable(), name: text }),
};

const SESSION_WORDS = ['chair', 'head', 'session', 'committee'] as const;

/** An indicator's many scopes in one sentence, naming the best or the worst of them. */
const SCOPE_SUMMARY_WORDS = <const Named extends string>(named: Named) => ['indicator', 'scopes', 'ratings', named] as const;

export const ConclusionTemplateSchema = z.strictObject({
  kind: z.literal('conclusion'),
  ...Header,
  summary: wording(SESSION_WORDS),
  venue: text,
  formats: z.strictObject({ in_person: z.string(), online: z.string(), hybrid: z.string() }),
  participants: text,
  opening: wording([...SESSION_WORDS, 'date', 'venue', 'format', 'participants']),
  heard: wording(SESSION_WORDS),
  results: z.strictObject({
    heading: text,
    intro: text,
    met: wording(['indicator', 'scope', 'actual', 'period', 'target', 'attainment']),
    onTrack: wording(['indicator', 'scope', 'actual', 'period', 'target', 'expected']),
    scopes: wording(SCOPE_SUMMARY_WORDS('best')),
    none: text,
  }),
  shortcomings: z.strictObject({
    heading: text,
    intro: text,
    offTrack: wording(['indicator', 'targetPeriod', 'target', 'actual', 'others', 'gap']),
    otherScope: wording(['scope', 'actual']),
    scopes: wording(SCOPE_SUMMARY_WORDS('worst')),
    overdue: wording(['summary']),
    overdueAgency: wording(['agency', 'count']),
    noOverdue: text,
  }),
  tasks: z.strictObject({
    heading: text,
    generalHeading: text,
    general: z.array(text).min(1),
    carriedOverHeading: text,
    carriedOverIntro: text,
    carriedOverSummary: z.strictObject({
      intro: wording(['count', 'overdue', 'agencies']),
      agency: wording(['agency', 'count', 'overdue', 'earliest', 'named']),
      overdue: wording(['count']),
      earliest: wording(['deadline']),
      named: wording(['tasks']),
      task: wording(['content', 'deadline']),
    }),
    newHeading: text,
    newIntro: text,
    item: wording(['lead', 'partners', 'content', 'output', 'deadline']),
    groupItem: wording(['lead', 'content', 'output', 'deadline']),
    partners: wording(['partners']),
    output: wording(['output']),
    none: text,
  }),
  closing: text,
  appendix: z.strictObject({ label: text, title: text, note: wording(['symbol']) }),
});

export const BriefingTemplateSchema = z.strictObject({
  kind: z.literal('briefing'),
  ...Header,
  summary: wording(SESSION_WORDS),
  opening: wording([...SESSION_WORDS, 'asOf']),
  indicators: z.strictObject({
    heading: text,
    overview: wording(['total', 'met', 'onTrack', 'atRisk', 'offTrack', 'noData']),
    none: text,
    tableCaption: text,
    targetChartCaption: text,
    seriesChartCaption: wording(['indicator']),
    allFigures: wording(['appendix']),
    tableInAppendix: wording(['count', 'appendix']),
    scopesSummarised: wording(['appendix', 'count']),
  }),
  tasks: z.strictObject({
    heading: text,
    overview: wording(['total', 'done', 'doneLate', 'open', 'recurring', 'summary']),
    byAgencyHeading: text,
    byAgencyCaption: text,
    overdueHeading: text,
    overdueNone: text,
    dueSoonHeading: text,
    dueSoonIntro: wording(['date', 'count']),
    dueSoonNone: text,
    dueSoonDays: z.number().int().min(1).max(366),
    inAppendix: wording(['count', 'appendix']),
    capped: wording(['count', 'agencies', 'perAgency', 'appendix']),
    more: wording(['count']),
  }),
  shortcomings: z.strictObject({
    heading: text,
    offTrack: wording(['indicator', 'scope', 'target', 'actual', 'gap']),
    scopes: wording(SCOPE_SUMMARY_WORDS('worst')),
    overdue: wording(['summary']),
    causes: z.array(text).min(1),
  }),
  proposals: z.strictObject({ heading: text, items: z.array(text).min(1), closing: text }),
  appendices: z.strictObject({
    note: wording(['symbol']),
    overdueTitle: text,
    dueSoonTitle: text,
    indicatorsTitle: text,
  }),
});

export type ConclusionTemplate = z.infer<typeof ConclusionTemplateSchema>;
export type BriefingTemplate = z.infer<typeof BriefingTemplateSchema>;
export type DocumentKind = 'conclusion' | 'briefing';

/** Fills {placeholders}; the schema has already checked that each is one the field allows. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}
