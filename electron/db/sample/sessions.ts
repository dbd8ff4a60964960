/**
 * The committee's 2025 sessions, as bundled sample data.
 * Dates, chair and conclusion notices come from domain.md and the corpus; where the
 * corpus is silent, the public press report used is named beside the entry.
 */
import type { SessionInput } from '../../domain/model';

export type SessionKey = 's2' | 's3' | 's4' | 's5' | 'conference';

export interface SampleSession extends SessionInput {
  key: SessionKey;
}

const COMMITTEE =
  'Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06';
const CHAIR = 'Thủ tướng Chính phủ Phạm Minh Chính';

export const SAMPLE_SESSIONS: readonly SampleSession[] = [
  {
    key: 's2',
    number: 2,
    year: 2025,
    date: '2025-05-17',
    title: `Phiên họp lần thứ hai của ${COMMITTEE}`,
    chair: CHAIR,
    format: 'hybrid',
    notes: 'Họp trực tiếp tại Trụ sở Chính phủ, kết nối trực tuyến với 63 tỉnh, thành phố.',
  },
  {
    key: 's3',
    number: 3,
    year: 2025,
    // The corpus text is dated only "2025-07". The session was held on the morning of
    // 20/7/2025 (VietnamPlus, post1050611; Lao Động, 1543261: "Sáng 20/7 ... Phiên họp thứ 3").
    date: '2025-07-20',
    title: `Phiên họp lần thứ ba của ${COMMITTEE}`,
    chair: CHAIR,
    format: 'hybrid',
    notes:
      'Sơ kết nửa đầu năm 2025, giao nhiệm vụ cho 6 tháng cuối năm. Thông báo kết luận số 408/TB-VPCP ngày 8/8/2025.',
  },
  {
    key: 's4',
    number: 4,
    year: 2025,
    // Not in the corpus: 24/9/2025 per domain.md; online to 34 provinces and the notice
    // 552/TB-VPCP of 13/10/2025 per the press (nld.com.vn, thuviennhadat.vn).
    date: '2025-09-24',
    title: `Phiên họp lần thứ tư của ${COMMITTEE}`,
    chair: CHAIR,
    format: 'hybrid',
    notes:
      'Đánh giá kết quả từ đầu năm, triển khai nhiệm vụ đến cuối năm 2025; kết nối trực tuyến với 34 tỉnh, thành phố. Thông báo kết luận số 552/TB-VPCP ngày 13/10/2025.',
  },
  {
    key: 's5',
    number: 5,
    year: 2025,
    // Not in the corpus: 15/11/2025 per domain.md; the notice 624/TB-VPCP of 16/11/2025
    // per nhansu.vn (text of the notice).
    date: '2025-11-15',
    title: `Phiên họp lần thứ năm của ${COMMITTEE}`,
    chair: CHAIR,
    format: 'hybrid',
    notes: 'Thông báo kết luận số 624/TB-VPCP ngày 16/11/2025.',
  },
  {
    key: 'conference',
    number: null,
    year: 2025,
    date: '2025-12-22',
    title: `Hội nghị tổng kết giai đoạn 2021-2025 của ${COMMITTEE}`,
    chair: CHAIR,
    format: 'hybrid',
    notes:
      'Tổng kết kết quả giai đoạn 2021-2025. Cùng chủ trì: Phó Thủ tướng Thường trực Nguyễn Hòa Bình, Phó Thủ tướng Phạm Thị Thanh Trà.',
  },
];
