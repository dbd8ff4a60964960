/**
 * Indicators, targets and figures of the sample data.
 *
 * Facts and figures are carried over from the corpus (sessions 2 and 3, the year-end
 * conference) and, for the 4th and 5th sessions that the corpus does not cover, from
 * the public press reports named beside each entry. Evidence strings are our own short
 * paraphrases, never sentences copied from a source.
 *
 * Conventions:
 * - asOf is the last day of the period reported ("6 tháng đầu năm 2025" -> 2025-06-30).
 * - A figure with no period, or one for a period still running when it was reported
 *   ("đến nay", "giai đoạn 2021 - 2025" at the conference of 22/12/2025), stands at the
 *   date it was reported: a figure cannot stand at a date after it was given.
 * - A change (tăng X% so với cùng kỳ) lives in its own indicator with unit "%", so an
 *   indicator's unit holds for all of its figures.
 */
import type { Direction, FigureKind, IsoDate, Qualifier } from '../../domain/model';
import type { SessionKey } from './sessions';

export interface SampleTarget {
  value: number;
  /** Upper bound of a range target. */
  valueMax?: number;
  /** Denominator of a count target (40/61). */
  of?: number;
  dueDate: IsoDate;
  /** Omitted = nationwide. */
  scope?: string;
  /** The value at the date the target was set, when the facts give one. */
  baseline?: { value: number; date: IsoDate };
  session: SessionKey | null;
  evidence: string;
}

export interface SampleObservation {
  value: number;
  valueMax?: number;
  of?: number;
  kind: Exclude<FigureKind, 'target'>;
  /** Omitted = exact. */
  qualifier?: Qualifier;
  period: string | null;
  asOf: IsoDate;
  /** Omitted = nationwide. */
  scope?: string;
  /** The session the figure was reported at; null for a figure from another document. */
  session: SessionKey | null;
  evidence: string;
}

export interface SampleIndicator {
  name: string;
  unit: string;
  direction: Direction;
  groupName: string;
  aliases?: string[];
  targets?: SampleTarget[];
  observations: SampleObservation[];
}

const CCHC = 'Cải cách hành chính';
const CHI_DAO = 'Chỉ đạo, điều hành';
const KHCN = 'Khoa học, công nghệ';
const CDS = 'Chuyển đổi số';
const KTS = 'Kinh tế số';
const DA06 = 'Đề án 06';
const KTXH = 'Kinh tế - xã hội';

// Shared evidence: one sentence of ours per source sentence that gives several figures.
const EV_S3_ONLINE =
  'Phiên họp thứ ba: tỷ lệ hồ sơ trực tuyến toàn trình cả nước đạt 39,51%, các tỉnh đạt 15,21%; mục tiêu năm 2025 là 80%.';
// Press report of the Prime Minister's directive of early November 2025 (danviet.vn,
// d1376698, 6/11/2025): figures as of 28/10/2025, not tied to a session.
const EV_DIRECTIVE_ONLINE =
  'Chỉ thị của Thủ tướng (tháng 11/2025): tính đến 28/10/2025, hồ sơ trực tuyến toàn trình chiếm 39,98% cả nước, 54,46% ở khối bộ, ngành và 16,94% ở khối tỉnh.';
// Notice 552/TB-VPCP of the 4th session (thuviennhadat.vn, 676756).
const EV_S4_DIRECTION =
  'Phiên họp thứ tư: Thủ tướng đã ký 9 chỉ thị, 19 công điện và 24 thông báo kết luận về các lĩnh vực của Ban Chỉ đạo.';
// Press reports of the 5th session (vietnamnet.vn, 2463027).
const EV_S5_DIRECTION =
  'Phiên họp thứ năm: để cụ thể hóa Nghị quyết 57-NQ/TW, Chính phủ và Thủ tướng đã ban hành 12 chỉ thị, 22 công điện, 28 thông báo kết luận.';
const EV_CONF_DIRECTION =
  'Hội nghị tổng kết: giai đoạn 2021-2025 có 23 công điện, 18 chỉ thị và 196 văn bản kết luận, chỉ đạo được ban hành.';
// Bộ Tài chính's figures given at the 5th session (dientuungdung.vn, 12092).
const EV_S5_BUDGET_SHARE =
  'Phiên họp thứ năm, theo Bộ Tài chính: chi cho khoa học công nghệ chiếm 1,37% tổng chi ngân sách năm 2021, 1,72% năm 2022, 1,39% năm 2023 và 1,97% năm 2024.';
// The 5th session (vneconomy.vn, 2025-11-16; znews.vn, post1603006).
const EV_S5_BUDGET =
  'Phiên họp thứ năm: năm 2025 đã bổ sung khoảng 25 nghìn tỷ đồng ngân sách cho khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số; năm 2026 dự kiến dành khoảng 95 nghìn tỷ đồng.';
const EV_S3_EXPORT =
  'Phiên họp thứ ba: xuất khẩu sản phẩm số ước khoảng 78,1 tỷ USD, cao hơn cùng kỳ 20,5%.';
// The 4th session (vietnamplus.vn, post1064134: report of Bộ Khoa học và Công nghệ).
const EV_S4_EXPORT =
  'Phiên họp thứ tư: 8 tháng đầu năm 2025 xuất khẩu sản phẩm số đạt 111,4 tỷ USD, tăng 27%.';
const EV_S2_ECOMMERCE =
  'Phiên họp thứ hai: quý I/2025 thương mại điện tử đạt doanh số 101.400 tỷ đồng, tăng 42,29% so với cùng kỳ.';

export const SAMPLE_INDICATORS: readonly SampleIndicator[] = [
  // ---- Cải cách hành chính ----------------------------------------------------------
  {
    name: 'Tỷ lệ hồ sơ trực tuyến toàn trình',
    unit: '%',
    direction: 'higher_is_better',
    groupName: CCHC,
    aliases: [
      'Tỉ lệ cung cấp dịch vụ công toàn trình',
      'Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng hồ sơ giải quyết TTHC',
      'Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình',
    ],
    targets: [
      // No baseline: no source gives the value at the date the 80% goal was set.
      {
        value: 80,
        dueDate: '2025-12-31',
        session: 's3',
        evidence: 'Phiên họp thứ ba nêu mục tiêu năm 2025: 80% hồ sơ được xử lý trực tuyến toàn trình.',
      },
    ],
    observations: [
      { value: 39.51, kind: 'level', period: '6 tháng đầu năm 2025', asOf: '2025-06-30', session: 's3', evidence: EV_S3_ONLINE },
      {
        value: 15.21,
        kind: 'level',
        period: '6 tháng đầu năm 2025',
        asOf: '2025-06-30',
        scope: 'các tỉnh',
        session: 's3',
        evidence: EV_S3_ONLINE,
      },
      { value: 39.98, kind: 'level', period: 'đến ngày 28/10/2025', asOf: '2025-10-28', session: null, evidence: EV_DIRECTIVE_ONLINE },
      {
        value: 54.46,
        kind: 'level',
        period: 'đến ngày 28/10/2025',
        asOf: '2025-10-28',
        scope: 'các bộ, ngành',
        session: null,
        evidence: EV_DIRECTIVE_ONLINE,
      },
      {
        value: 16.94,
        kind: 'level',
        period: 'đến ngày 28/10/2025',
        asOf: '2025-10-28',
        scope: 'các tỉnh',
        session: null,
        evidence: EV_DIRECTIVE_ONLINE,
      },
      {
        value: 36.8,
        kind: 'level',
        period: 'giai đoạn 2021 - 2025',
        asOf: '2025-12-22',
        session: 'conference',
        evidence: 'Hội nghị tổng kết: tỷ lệ hồ sơ trực tuyến toàn trình đạt 36,8%.',
      },
    ],
  },
  {
    // A different measure: services offered fully online, not dossiers filed online.
    name: 'Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính',
    unit: '%',
    direction: 'higher_is_better',
    groupName: CCHC,
    observations: [
      {
        value: 50.4,
        kind: 'level',
        period: 'tháng 4/2025',
        asOf: '2025-04-30',
        session: 's2',
        evidence:
          'Phiên họp thứ hai: trong tháng 4/2025, 50,4% thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình.',
      },
    ],
  },
  {
    name: 'Thủ tục hành chính được cắt giảm, đơn giản hóa',
    unit: 'thủ tục',
    direction: 'higher_is_better',
    groupName: CCHC,
    aliases: ['TTHC đã cắt giảm, đơn giản hóa'],
    observations: [
      {
        value: 872,
        kind: 'level',
        period: null,
        asOf: '2025-07-20',
        session: 's3',
        evidence: 'Phiên họp thứ ba: 872 thủ tục hành chính và 118 điều kiện kinh doanh đã được cắt giảm, đơn giản hóa.',
      },
      {
        value: 3241,
        kind: 'level',
        period: 'giai đoạn 2021 - 2025',
        asOf: '2025-12-22',
        session: 'conference',
        evidence: 'Hội nghị tổng kết: cả giai đoạn 2021-2025 đã cắt giảm, đơn giản hóa 3.241 thủ tục hành chính.',
      },
    ],
  },
  {
    name: 'Tỷ lệ cắt giảm, đơn giản hóa quy định kinh doanh',
    unit: '%',
    direction: 'higher_is_better',
    groupName: CCHC,
    observations: [
      {
        value: 20.56,
        kind: 'level',
        period: 'lũy kế từ năm 2021 đến nay',
        asOf: '2025-05-17',
        session: 's2',
        evidence: 'Phiên họp thứ hai: lũy kế từ năm 2021, 20,56% quy định kinh doanh đã được rà soát, cắt giảm, đơn giản hóa.',
      },
    ],
  },
  {
    // A target with no figure yet: the comparison shows "Chưa có số liệu".
    name: 'Cắt giảm thời gian giải quyết thủ tục hành chính',
    unit: '%',
    direction: 'higher_is_better',
    groupName: CCHC,
    targets: [
      {
        value: 30,
        dueDate: '2025-12-31',
        session: 's3',
        evidence:
          'Phiên họp thứ ba yêu cầu trong năm 2025 giảm tối thiểu 30% thời gian giải quyết thủ tục hành chính.',
      },
    ],
    observations: [],
  },

  // ---- Chỉ đạo, điều hành -----------------------------------------------------------
  {
    name: 'Nhiệm vụ được giao chậm tiến độ, quá hạn',
    unit: 'nhiệm vụ',
    direction: 'lower_is_better',
    groupName: CHI_DAO,
    aliases: ['Nhiệm vụ được giao chậm tiến độ', 'Nhiệm vụ quá hạn chưa hoàn thành'],
    observations: [
      {
        value: 75,
        kind: 'level',
        period: null,
        asOf: '2025-07-20',
        session: 's3',
        evidence: 'Phiên họp thứ ba: 75 nhiệm vụ được giao còn chậm tiến độ, thuộc 9 bộ, ngành.',
      },
      {
        value: 51,
        kind: 'level',
        period: 'đến ngày 28/10/2025',
        asOf: '2025-10-28',
        session: null,
        evidence: 'Chỉ thị của Thủ tướng (tháng 11/2025): đến 28/10/2025 vẫn còn 51 nhiệm vụ quá hạn chưa hoàn thành.',
      },
    ],
  },
  {
    name: 'Chỉ thị của Thủ tướng Chính phủ về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số',
    unit: 'chỉ thị',
    direction: 'higher_is_better',
    groupName: CHI_DAO,
    observations: [
      { value: 9, kind: 'level', period: null, asOf: '2025-09-24', session: 's4', evidence: EV_S4_DIRECTION },
      { value: 12, kind: 'level', period: null, asOf: '2025-11-15', session: 's5', evidence: EV_S5_DIRECTION },
      {
        value: 18,
        kind: 'level',
        period: 'giai đoạn 2021 - 2025',
        asOf: '2025-12-22',
        session: 'conference',
        evidence: EV_CONF_DIRECTION,
      },
    ],
  },
  {
    name: 'Công điện của Thủ tướng Chính phủ về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số',
    unit: 'công điện',
    direction: 'higher_is_better',
    groupName: CHI_DAO,
    observations: [
      { value: 19, kind: 'level', period: null, asOf: '2025-09-24', session: 's4', evidence: EV_S4_DIRECTION },
      { value: 22, kind: 'level', period: null, asOf: '2025-11-15', session: 's5', evidence: EV_S5_DIRECTION },
      {
        value: 23,
        kind: 'level',
        period: 'giai đoạn 2021 - 2025',
        asOf: '2025-12-22',
        session: 'conference',
        evidence: EV_CONF_DIRECTION,
      },
    ],
  },

  // ---- Khoa học, công nghệ ----------------------------------------------------------
  {
    // The conference text gives 46/132 for 2025; the 5th session's press reports give
    // 44/139. The two disagree, so only the corpus figure is carried over.
    name: 'Xếp hạng Chỉ số Đổi mới sáng tạo toàn cầu (GII)',
    unit: '',
    direction: 'lower_is_better',
    groupName: KHCN,
    aliases: ['Xếp hạng Chỉ số ĐMST', 'Chỉ số đổi mới sáng tạo toàn cầu'],
    observations: [
      {
        value: 46,
        of: 132,
        kind: 'rank',
        period: 'năm 2025',
        asOf: '2025-12-22',
        session: 'conference',
        evidence: 'Hội nghị tổng kết: năm 2025, chỉ số đổi mới sáng tạo của Việt Nam xếp hạng 46/132.',
      },
    ],
  },
  {
    name: 'Tỷ trọng chi ngân sách nhà nước cho khoa học, công nghệ',
    unit: '%',
    direction: 'higher_is_better',
    groupName: KHCN,
    targets: [
      // The goal of at least 3% of state spending (Nghị quyết 57-NQ/TW), restated at the
      // 3rd session (laodong.vn, 1543261). Baseline: 2024's 1,97%, the last full year
      // before the goal was due, as Bộ Tài chính reported it at the 5th session.
      {
        value: 3,
        dueDate: '2025-12-31',
        baseline: { value: 1.97, date: '2024-12-31' },
        session: 's3',
        evidence:
          'Phiên họp thứ ba: bố trí tối thiểu 3% tổng chi ngân sách nhà nước cho khoa học, công nghệ, đổi mới sáng tạo.',
      },
    ],
    observations: [
      { value: 1.37, kind: 'level', period: 'năm 2021', asOf: '2021-12-31', session: 's5', evidence: EV_S5_BUDGET_SHARE },
      { value: 1.72, kind: 'level', period: 'năm 2022', asOf: '2022-12-31', session: 's5', evidence: EV_S5_BUDGET_SHARE },
      { value: 1.39, kind: 'level', period: 'năm 2023', asOf: '2023-12-31', session: 's5', evidence: EV_S5_BUDGET_SHARE },
      { value: 1.97, kind: 'level', period: 'năm 2024', asOf: '2024-12-31', session: 's5', evidence: EV_S5_BUDGET_SHARE },
    ],
  },
  {
    name: 'Ngân sách nhà nước cho khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số',
    unit: 'nghìn tỷ đồng',
    direction: 'higher_is_better',
    groupName: KHCN,
    targets: [
      // A planned allocation for a future year is a target (extraction.md). Baseline: the
      // 2025 amount reported at the same session.
      {
        value: 95,
        dueDate: '2026-12-31',
        baseline: { value: 25, date: '2025-11-15' },
        session: 's5',
        evidence: EV_S5_BUDGET,
      },
    ],
    observations: [
      {
        value: 25,
        kind: 'level',
        qualifier: 'approx',
        period: 'năm 2025',
        asOf: '2025-11-15',
        session: 's5',
        evidence: EV_S5_BUDGET,
      },
    ],
  },
  {
    name: 'Tăng trưởng công bố quốc tế',
    unit: '%',
    direction: 'higher_is_better',
    groupName: KHCN,
    aliases: ['Công bố quốc tế'],
    observations: [
      {
        value: 9,
        kind: 'change',
        period: null,
        asOf: '2025-07-20',
        session: 's3',
        evidence: 'Phiên họp thứ ba: số công bố quốc tế tăng 9%, nổi bật ở khoa học máy tính, toán học, y học.',
      },
    ],
  },

  // ---- Chuyển đổi số (hạ tầng số) ---------------------------------------------------
  {
    name: 'Tỷ lệ dân số được phủ sóng 5G',
    unit: '%',
    direction: 'higher_is_better',
    groupName: CDS,
    aliases: ['Phủ sóng 5G (tỷ lệ dân số)'],
    observations: [
      // The 4th session (vietnamplus.vn, post1063845).
      {
        value: 26,
        kind: 'level',
        period: 'tháng 8/2025',
        asOf: '2025-08-31',
        session: 's4',
        evidence: 'Phiên họp thứ tư: đến tháng 8/2025, mạng 5G đã phủ sóng 26% dân số.',
      },
      {
        value: 59,
        kind: 'level',
        qualifier: 'approx',
        period: 'giai đoạn 2021 - 2025',
        asOf: '2025-12-22',
        session: 'conference',
        evidence: 'Hội nghị tổng kết: sóng 5G đã phủ gần 59% dân số.',
      },
    ],
  },
  {
    name: 'Trạm phát sóng 5G đã lắp đặt',
    unit: 'trạm',
    direction: 'higher_is_better',
    groupName: CDS,
    aliases: ['Trạm 5G đã lắp đặt'],
    observations: [
      {
        value: 15000,
        kind: 'level',
        period: null,
        asOf: '2025-07-20',
        session: 's3',
        evidence: 'Phiên họp thứ ba: đã lắp đặt 15.000 trạm 5G trên cả nước.',
      },
    ],
  },
  {
    // "Vào top N" is a rank of N, qualifier less_than (extraction.md). The 4th session's
    // report (vietnamplus.vn, post1063845) says "tốc độ Internet"; we take it as the same
    // mobile-speed ranking the 3rd session cited.
    name: 'Xếp hạng tốc độ Internet di động thế giới',
    unit: '',
    direction: 'lower_is_better',
    groupName: CDS,
    aliases: ['Xếp hạng tốc độ internet di động trên thế giới'],
    observations: [
      {
        value: 20,
        kind: 'rank',
        qualifier: 'less_than',
        period: null,
        asOf: '2025-07-20',
        session: 's3',
        evidence: 'Phiên họp thứ ba: tốc độ Internet di động của Việt Nam đã vào nhóm 20 nước dẫn đầu thế giới.',
      },
      {
        value: 10,
        kind: 'rank',
        qualifier: 'less_than',
        period: 'tháng 8/2025',
        asOf: '2025-08-31',
        session: 's4',
        evidence: 'Phiên họp thứ tư: tháng 8/2025, tốc độ Internet của Việt Nam lọt vào nhóm 10 nước đứng đầu thế giới.',
      },
    ],
  },

  // ---- Kinh tế số -------------------------------------------------------------------
  {
    name: 'Tỷ trọng kinh tế số trong GDP',
    unit: '%',
    direction: 'higher_is_better',
    groupName: KTS,
    aliases: ['Quy mô kinh tế số trong GDP', 'Tỷ trọng kinh tế số trên GDP'],
    targets: [
      // Baseline: the latest figure before the 3rd session restated the goal (Q1/2025,
      // reported at the 2nd session).
      {
        value: 20,
        dueDate: '2025-12-31',
        baseline: { value: 18.72, date: '2025-03-31' },
        session: 's3',
        evidence: 'Phiên họp thứ ba giao tham mưu giải pháp để kinh tế số đạt 20% GDP vào cuối năm 2025.',
      },
    ],
    observations: [
      {
        value: 18.72,
        kind: 'level',
        period: 'Quý I/2025',
        asOf: '2025-03-31',
        session: 's2',
        evidence: 'Phiên họp thứ hai: quý I/2025 kinh tế số chiếm 18,72% GDP (lõi 8,63%, lan tỏa 10,09%).',
      },
    ],
  },
  {
    name: 'Giá trị xuất khẩu sản phẩm số',
    unit: 'tỷ USD',
    direction: 'higher_is_better',
    groupName: KTS,
    aliases: ['Xuất khẩu sản phẩm số', 'Xuất khẩu công nghệ số'],
    observations: [
      // The 3rd session reviewed the first half year; its export figure is read as the
      // half-year figure (the text names no period).
      {
        value: 78.1,
        kind: 'level',
        qualifier: 'approx',
        period: '6 tháng đầu năm 2025',
        asOf: '2025-06-30',
        session: 's3',
        evidence: EV_S3_EXPORT,
      },
      { value: 111.4, kind: 'level', period: '8 tháng đầu năm 2025', asOf: '2025-08-31', session: 's4', evidence: EV_S4_EXPORT },
      // The 5th session (vietnamnet.vn, 2463027) names no period; sessions report through
      // the last full month, so this is read as the first 10 months of 2025.
      {
        value: 142,
        kind: 'level',
        period: '10 tháng năm 2025',
        asOf: '2025-10-31',
        session: 's5',
        evidence: 'Phiên họp thứ năm: xuất khẩu sản phẩm số đạt 142 tỷ USD.',
      },
      {
        value: 172,
        kind: 'level',
        period: 'giai đoạn 2021 - 2025',
        asOf: '2025-12-22',
        session: 'conference',
        evidence: 'Hội nghị tổng kết: xuất khẩu công nghệ số đạt 172 tỷ USD.',
      },
    ],
  },
  {
    name: 'Tăng trưởng xuất khẩu sản phẩm số so với cùng kỳ',
    unit: '%',
    direction: 'higher_is_better',
    groupName: KTS,
    observations: [
      { value: 20.5, kind: 'change', period: '6 tháng đầu năm 2025', asOf: '2025-06-30', session: 's3', evidence: EV_S3_EXPORT },
      { value: 27, kind: 'change', period: '8 tháng đầu năm 2025', asOf: '2025-08-31', session: 's4', evidence: EV_S4_EXPORT },
    ],
  },
  {
    name: 'Doanh số thương mại điện tử',
    unit: 'tỷ đồng',
    direction: 'higher_is_better',
    groupName: KTS,
    aliases: ['Tổng doanh số toàn thị trường thương mại điện tử Việt Nam'],
    observations: [
      { value: 101400, kind: 'level', period: 'Quý I/2025', asOf: '2025-03-31', session: 's2', evidence: EV_S2_ECOMMERCE },
    ],
  },
  {
    name: 'Tăng trưởng thương mại điện tử so với cùng kỳ',
    unit: '%',
    direction: 'higher_is_better',
    groupName: KTS,
    aliases: ['Tăng trưởng thương mại điện tử'],
    observations: [
      { value: 42.29, kind: 'change', period: 'Quý I/2025', asOf: '2025-03-31', session: 's2', evidence: EV_S2_ECOMMERCE },
      {
        value: 22,
        valueMax: 25,
        kind: 'change',
        qualifier: 'approx',
        period: null,
        asOf: '2025-07-20',
        session: 's3',
        evidence: 'Phiên họp thứ ba: thương mại điện tử tăng trưởng ước khoảng 22-25%.',
      },
    ],
  },
  {
    name: 'Doanh thu công nghiệp công nghệ số',
    unit: 'triệu tỷ đồng',
    direction: 'higher_is_better',
    groupName: KTS,
    observations: [
      // The 4th session (vietnamplus.vn, post1064134).
      {
        value: 3.2,
        kind: 'level',
        qualifier: 'more_than',
        period: '8 tháng đầu năm 2025',
        asOf: '2025-08-31',
        session: 's4',
        evidence: 'Phiên họp thứ tư: 8 tháng đầu năm 2025 công nghiệp công nghệ số có doanh thu trên 3,2 triệu tỷ đồng, tăng hơn 28%.',
      },
    ],
  },

  // ---- Kinh tế - xã hội -------------------------------------------------------------
  {
    name: 'Tăng trưởng kinh tế (GDP)',
    unit: '%',
    direction: 'higher_is_better',
    groupName: KTXH,
    aliases: ['Tăng trưởng kinh tế', 'Tăng trưởng GDP'],
    targets: [
      // A range target. Baseline: GDP growth of 2024, 7,09% (Tổng cục Thống kê, public
      // figure; not in the corpus).
      {
        value: 8.3,
        valueMax: 8.5,
        dueDate: '2025-12-31',
        baseline: { value: 7.09, date: '2024-12-31' },
        session: 's3',
        evidence:
          'Phiên họp thứ ba: khoa học, công nghệ và chuyển đổi số phải góp phần đưa tăng trưởng kinh tế năm 2025 đạt 8,3-8,5%.',
      },
    ],
    observations: [],
  },

  // ---- Đề án 06 ---------------------------------------------------------------------
  {
    name: 'Tiện ích trên nền tảng VNeID',
    unit: 'tiện ích',
    direction: 'higher_is_better',
    groupName: DA06,
    aliases: ['Tiện ích trên nền tảng VNeID phục vụ phát triển kinh tế - xã hội và quản lý xã hội'],
    targets: [
      // A count target. The text says "sớm"; the due date is the end of the half year the
      // 3rd session's tasks cover ("6 tháng cuối năm 2025").
      {
        value: 40,
        of: 61,
        dueDate: '2025-12-31',
        session: 's3',
        evidence:
          'Phiên họp thứ ba giao Bộ Công an sớm hoàn thành 40 trên 61 tiện ích VNeID phục vụ kinh tế - xã hội và quản lý xã hội.',
      },
    ],
    observations: [],
  },
  {
    name: 'Thủ tục hành chính thiết yếu tích hợp trên Cổng Dịch vụ công quốc gia',
    unit: 'thủ tục',
    direction: 'higher_is_better',
    groupName: DA06,
    observations: [
      {
        value: 56,
        of: 76,
        kind: 'count_of',
        period: null,
        asOf: '2025-05-17',
        session: 's2',
        evidence: 'Phiên họp thứ hai: đã tích hợp 56 trong số 76 thủ tục hành chính thiết yếu lên Cổng Dịch vụ công quốc gia.',
      },
    ],
  },
  {
    name: 'Địa phương chi trả an sinh xã hội không dùng tiền mặt',
    unit: 'địa phương',
    direction: 'higher_is_better',
    groupName: DA06,
    observations: [
      {
        value: 63,
        of: 63,
        kind: 'count_of',
        period: null,
        asOf: '2025-05-17',
        session: 's2',
        evidence:
          'Phiên họp thứ hai: cả 63/63 địa phương đã chi trả an sinh xã hội không dùng tiền mặt cho 2,9 triệu người, tổng số tiền hơn 33 nghìn tỷ đồng.',
      },
    ],
  },
  {
    name: 'Hồ sơ khách hàng ngân hàng được đối chiếu sinh trắc học',
    unit: 'triệu hồ sơ',
    direction: 'higher_is_better',
    groupName: DA06,
    observations: [
      {
        value: 116,
        kind: 'level',
        period: null,
        asOf: '2025-07-20',
        session: 's3',
        evidence: 'Phiên họp thứ ba: các ngân hàng đã đối chiếu sinh trắc học cho 116 triệu hồ sơ khách hàng, gấp đôi năm 2024.',
      },
    ],
  },
  {
    name: 'Dữ liệu hộ tịch được làm sạch',
    unit: 'triệu dữ liệu',
    direction: 'higher_is_better',
    groupName: DA06,
    observations: [
      {
        value: 107,
        kind: 'level',
        period: 'giai đoạn 2021 - 2025',
        asOf: '2025-12-22',
        session: 'conference',
        evidence: 'Hội nghị tổng kết: Đề án 06 đã làm sạch 107 triệu dữ liệu hộ tịch và 57,9 triệu dữ liệu đất đai.',
      },
    ],
  },
];
