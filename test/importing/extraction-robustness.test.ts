/**
 * The extractor on hostile input: random and mutated text never makes it throw, its
 * evidence stays verbatim, and a large document is read in linear time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDeadlines, findPeriods } from '../../electron/importing/extraction/dates';
import { extractDocument } from '../../electron/importing/extraction/extract';
import { parseNumberToken } from '../../electron/importing/extraction/numbers';

/** Sentences in the committee's style, written for the tests. */
const SENTENCES = [
  'Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình trong quý III/2025 đạt 47,25%, tăng 6,1% so với quý II.',
  'Phát biểu kết luận, Thủ tướng giao Bộ Khoa học và Công nghệ chủ trì, phối hợp với Bộ Tài chính xây dựng cơ chế thử nghiệm có kiểm soát, hoàn thành trong tháng 12/2025.',
  'Đến nay đã có 1.842.560 tài khoản định danh mức 2 được kích hoạt, lũy kế đạt 52.5 triệu lượt sử dụng.',
  'Các bộ, ngành, địa phương khẩn trương rà soát, làm sạch dữ liệu đất đai; nhiệm vụ thường xuyên.',
  'UBND các tỉnh, thành phố bảo đảm 100% xã có điểm phục vụ hành chính công trong Quý I/2026.',
  'Mục tiêu năm 2025 là 85% nhưng các bộ mới đạt 64,8%, các địa phương mới đạt 41,2%.',
  'Thực hiện Nghị quyết số 71/NQ-CP ngày 01/4/2025, Chính phủ đã ban hành 12 nghị định và 4 chỉ thị.',
  'Đồng thời, tổ chức tập huấn cho cán bộ cấp xã, hoàn thành trước ngày 15/11/2025.',
];

const alphabet = 'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ0123456789 .,;:/-%()"\n';

/**
 * CPU time of this thread in milliseconds: the machines that run the tests are shared,
 * so wall time measures the neighbours as much as the extractor.
 */
function threadCpuMs(): number {
  const usage = (process as NodeJS.Process & { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.() ?? process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

function timed(run: () => void): number {
  const started = threadCpuMs();
  run();
  return threadCpuMs() - started;
}

function checkExtraction(text: string): void {
  const result = extractDocument(text, 'fuzz.txt');
  const normalised = text.normalize('NFC');
  for (const f of result.indicators) {
    expect(Number.isFinite(f.value)).toBe(true);
    expect(normalised.includes(f.evidence)).toBe(true);
  }
  for (const t of result.tasks) expect(normalised.includes(t.evidence)).toBe(true);
}

describe('robustness', () => {
  it('never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 400 }), (text) => checkExtraction(text)),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated sentences of the committee style', () => {
    const mutated = fc
      .tuple(fc.array(fc.constantFrom(...SENTENCES), { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...alphabet)), { maxLength: 30 }))
      .map(([sentences, edits]) => {
        let text = sentences.join(' ');
        for (const [at, len, ch] of edits) {
          const i = at % (text.length + 1);
          text = `${text.slice(0, i)}${ch}${text.slice(i + (len % 4))}`;
        }
        return text;
      });
    fc.assert(fc.property(mutated, (text) => checkExtraction(text)), { numRuns: 300 });
  });

  it('the parsers never throw on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        parseNumberToken(text);
        findPeriods(text);
        findDeadlines(text, { sessionDate: '2025-09-20', year: 2025 });
      }),
      { numRuns: 500 },
    );
  });

  it('reads a 1 MB document well under a second', () => {
    const paragraphs: string[] = [];
    for (let size = 0; size < 1_000_000; ) {
      const paragraph = SENTENCES.slice(paragraphs.length % 4).join(' ');
      paragraphs.push(paragraph);
      size += paragraph.length + 1;
    }
    const text = paragraphs.join('\n').slice(0, 1_000_000);
    extractDocument(text.slice(0, 50_000), 'warm-up.txt');
    let found = 0;
    const elapsed = timed(() => {
      found = extractDocument(text, 'large.txt').indicators.length;
    });
    expect(found).toBeGreaterThan(0);
    expect(elapsed).toBeLessThan(1000);
  });

  it('has no catastrophic backtracking on long runs without punctuation', () => {
    const runs = [
      '1,'.repeat(200_000),
      `Thủ tướng kết luận như sau:\n${'Bộ Công an, '.repeat(40_000)}triển khai ngay.`,
      `Thủ tướng kết luận như sau:\n${'hoàn thành trong tháng 8/2025, '.repeat(30_000)}`,
      'trong tháng '.repeat(40_000),
      '"'.repeat(300_000),
      SENTENCES.join(' ').replace(/[.;]/gu, ',').repeat(1000),
    ];
    for (const text of runs) expect(timed(() => extractDocument(text, 'run.txt'))).toBeLessThan(1000);
  });
});
