/**
 * What both documents share around their body: the header block with the number and
 * the place-date line, the title block, recipients and signature, and the words that
 * name the session. Filled from the template and the session.
 */
import type { IsoDate, Session } from '../domain/model';
import { formatAdministrativeDate, sessionOrdinalVi } from '../domain/vietnamese';
import type { DocumentModel, PageLayout } from './document-model';
import type { ConclusionTemplate } from './template-schema';
import { fill } from './template-schema';

/** The fields every document template has (the schemas share them). */
export type FrameTemplate = Pick<
  ConclusionTemplate,
  'documentType' | 'symbol' | 'draftLabel' | 'issuer' | 'nation' | 'committee' | 'recipients' | 'signer' | 'summary'
>;

/** Number and date of an issued document; a draft has neither. */
export interface IssueDetails {
  number: number;
  date: IsoDate;
}

/** A draft's blanks are wide enough to write the number and the date in by hand. */
const BLANK = '      ';

/**
 * The session as the documents name it: "Phiên họp lần thứ ba"; from 2026, when the
 * numbering restarts each year, "Phiên họp lần thứ nhất năm 2026"; a conference by its
 * title, without the committee's name that the wording adds itself.
 */
function sessionName(session: Session, committee: string): string {
  if (session.number != null) {
    return `Phiên họp lần ${sessionOrdinalVi(session.number)}${session.year >= 2026 ? ` năm ${session.year}` : ''}`;
  }
  return withoutCommittee(session.title, committee);
}

/** A session's title without the committee's name at its end, which the wording adds itself. */
export function withoutCommittee(title: string, committee: string): string {
  const suffix = ` của ${committee}`;
  return title.endsWith(suffix) ? title.slice(0, -suffix.length) : title;
}

/** The placeholders every document's wording may use about its session. */
export function sessionWords(session: Session, template: FrameTemplate): Record<'chair' | 'head' | 'session' | 'committee', string> {
  return {
    chair: session.chair?.trim() || template.committee.chair,
    head: template.committee.head,
    session: sessionName(session, template.committee.name),
    committee: template.committee.name,
  };
}

/** The text of a list entry without the punctuation the list adds itself. */
function bare(line: string): string {
  return line.trim().replace(/^-\s*/, '').replace(/[;.,]+$/, '');
}

/** Header, title, recipients and signature of a document about the session. */
export function documentFrame(
  template: FrameTemplate,
  layout: PageLayout,
  session: Session,
  issue: IssueDetails | null,
): Omit<DocumentModel, 'body' | 'appendices'> {
  const { issuer } = template;
  const number = issue ? String(issue.number).padStart(2, '0') : BLANK;
  const placeDate = issue
    ? `${issuer.place}, ${formatAdministrativeDate(issue.date)}`
    : `${issuer.place}, ngày${BLANK}tháng${BLANK}năm ${session.year}`;
  const summary = fill(template.summary, sessionWords(session, template));
  // The decree sets these in capitals, whatever case the template is written in.
  const upper = (text: string) => text.toLocaleUpperCase('vi');
  return {
    fileTitle: summary,
    layout,
    draft: issue === null,
    draftLabel: upper(template.draftLabel),
    header: {
      parentAgency: issuer.parent ? upper(issuer.parent) : null,
      agency: upper(issuer.name),
      nation: upper(template.nation.name),
      motto: template.nation.motto,
      numberLine: `Số:${issue ? ' ' : ''}${number}/${template.symbol}`,
      placeDate,
    },
    title: { documentType: upper(template.documentType), summary },
    recipients: {
      heading: template.recipients.heading,
      lines: [...template.recipients.list.map((line) => `- ${bare(line)};`), `- ${bare(template.recipients.archive)}.`],
    },
    signature: {
      authority: template.signer.authority ? upper(template.signer.authority) : null,
      title: template.signer.title ? upper(template.signer.title) : null,
      name: template.signer.name,
    },
  };
}
