/**
 * The conclusion notice's optional appendix: for every figure the notice cites, the
 * document (or the session) it came from and the sentence it was read from, so staff
 * can check each number before the notice is signed.
 */
import type { IndicatorComparison, SourceRef } from '../comparison';
import { formatDateVi } from '../domain/vietnamese';
import { withoutCommittee } from './document-frame';
import type { TableBlock } from './document-model';
import { actualText, scopeSuffix, targetText } from './figure-wording';

interface SourceRow {
  figure: string;
  source: string;
  sentence: string;
}

const NO_SOURCE = 'Nhập trực tiếp, chưa gắn văn bản';

/** The document a figure was read from, else the session that reported it: "Phiên họp lần thứ ba (20/7/2025)". */
function sourceName(source: Pick<SourceRef, 'documentName' | 'sessionTitle' | 'sessionDate'>, committee: string): string {
  if (source.documentName) return source.documentName;
  if (!source.sessionTitle) return NO_SOURCE;
  const title = withoutCommittee(source.sessionTitle, committee);
  return source.sessionDate ? `${title} (${formatDateVi(source.sessionDate)})` : title;
}

export class FigureSources {
  private readonly rows: SourceRow[] = [];
  private readonly seen = new Set<string>();

  /** `committee` is the committee's name, left out of session titles. */
  constructor(private readonly committee: string) {}

  /** Records the actual and the target a sentence of the notice cites. */
  cite(c: IndicatorComparison): void {
    const name = `${c.indicatorName}${scopeSuffix(c)}`;
    if (c.actual) {
      this.add({
        figure: `${name}: ${actualText(c)}`,
        source: sourceName(c.actual, this.committee),
        sentence: c.actual.evidence ?? '',
      });
    }
    if (c.target) {
      this.add({
        figure: `${name}: mục tiêu ${targetText(c)}`,
        source: sourceName(c.target, this.committee),
        sentence: c.target.evidence ?? '',
      });
    }
  }

  get empty(): boolean {
    return this.rows.length === 0;
  }

  private add(row: SourceRow): void {
    const key = JSON.stringify(row);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.rows.push(row);
  }

  table(): TableBlock {
    return {
      kind: 'table',
      caption: null,
      columns: [
        { header: 'STT', weight: 7, align: 'center' },
        { header: 'Số liệu', weight: 30, align: 'left' },
        { header: 'Văn bản, phiên họp', weight: 25, align: 'left' },
        { header: 'Câu trích', weight: 38, align: 'left' },
      ],
      rows: this.rows.map((row, i) => ({ cells: [String(i + 1), row.figure, row.source, row.sentence] })),
    };
  }
}
