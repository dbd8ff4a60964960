/**
 * Tasks assigned at the sample sessions, and their progress updates.
 *
 * The tasks of the 2nd and 3rd sessions and of the year-end conference carry over what
 * the corpus assigns (lead, partners, content, deadline), in our own words. The 4th and
 * 5th sessions are not in the corpus; their few tasks follow the public press reports of
 * those sessions (sggp.org.vn post814526; vietnamnet.vn 2464335, dientuungdung.vn 12092,
 * znews.vn post1603006). Evidence strings are our own short paraphrases.
 *
 * Constructed on purpose (evidence null):
 * - two tasks of the 2nd session led by predecessor ministries (Bộ Thông tin và Truyền
 *   thông, Bộ Kế hoạch và Đầu tư), standing for work carried over from before the March
 *   2025 reorganisation, so that counting by successor has something to resolve.
 *
 * Progress updates are illustrative: no source reports progress task by task. Only the
 * notes that cite a document (408/TB-VPCP of 8/8/2025; Quyết định 2439/QĐ-TTg of
 * 04/11/2025) state a real event. As of 22/12/2025 they give a mix of work done on time,
 * done late, open within its deadline, overdue (Bộ Khoa học và Công nghệ, Bộ Nội vụ, Bộ
 * Giáo dục và Đào tạo, Bộ Xây dựng, and Bộ Thông tin và Truyền thông's carried-over task)
 * and recurring.
 */
import type { Deadline, IsoDate, TaskProgress } from '../../domain/model';
import { byDate, byHalf, byMonth, byQuarter, byYear, recurring, undated } from './deadlines';
import type { SessionKey } from './sessions';

export interface SampleTaskUpdate {
  progress: TaskProgress;
  date: IsoDate;
  note: string;
}

export interface SampleTask {
  session: SessionKey;
  /**
   * The lead's canonical catalogue name; a name listed in UNCATALOGUED_LEADS (kept as
   * read, with no agency link); or null when no lead is named (the "6 rõ" check flags it).
   */
  lead: string | null;
  partners?: string[];
  content: string;
  /** The concrete product (rõ sản phẩm); null where the source names none. */
  output: string | null;
  deadline: Deadline;
  evidence: string | null;
  updates?: SampleTaskUpdate[];
}

/** Leads that the agency catalogue does not hold: kept by name only. */
export const UNCATALOGUED_LEADS: readonly string[] = [
  'Ủy ban nhân dân thành phố Đà Nẵng',
  'Ủy ban nhân dân thành phố Huế',
];

const BO_KHCN = 'Bộ Khoa học và Công nghệ';
const BO_CA = 'Bộ Công an';
const BO_NV = 'Bộ Nội vụ';
const BO_TC = 'Bộ Tài chính';
const BO_XD = 'Bộ Xây dựng';
const ALL = 'Các bộ, ngành, địa phương';
const MINISTRIES = 'Các bộ, ngành';
const PROVINCES = 'Ủy ban nhân dân các tỉnh, thành phố';

const done = (date: IsoDate, note: string): SampleTaskUpdate => ({ progress: 'done', date, note });
const working = (date: IsoDate, note: string): SampleTaskUpdate => ({ progress: 'in_progress', date, note });

const AT_S4 = 'Báo cáo tại Phiên họp lần thứ tư: ';
const AT_S5 = 'Báo cáo tại Phiên họp lần thứ năm: ';

export const SAMPLE_TASKS: readonly SampleTask[] = [
  // ---- Phiên họp lần thứ hai, 17/5/2025 ---------------------------------------------
  {
    session: 's2',
    lead: ALL,
    content: 'Đẩy mạnh ba đột phá chiến lược về thể chế số, hạ tầng số và nhân lực số',
    output: null,
    deadline: undated(),
    evidence:
      'Phiên họp thứ hai: các bộ, ngành, địa phương cần đẩy mạnh ba đột phá về thể chế số, hạ tầng số, nhân lực số.',
  },
  {
    session: 's2',
    lead: ALL,
    content:
      'Chủ động lập và sớm triển khai đề án, kế hoạch, dự án về khoa học, công nghệ, đổi mới sáng tạo',
    output: 'Đề án, kế hoạch, dự án khoa học, công nghệ, đổi mới sáng tạo',
    deadline: undated(),
    evidence:
      'Phiên họp thứ hai: các bộ, ngành, địa phương chủ động lập và sớm triển khai đề án, dự án khoa học, công nghệ, đổi mới sáng tạo.',
  },
  {
    // Recorded without a lead: the sentence names none of its own.
    session: 's2',
    lead: null,
    content:
      'Số hóa hoạt động chỉ đạo, điều hành và các lĩnh vực giáo dục, y tế; kết nối với dữ liệu quốc gia theo phân cấp quản lý',
    output: null,
    deadline: undated(),
    evidence: 'Phiên họp thứ hai: số hóa hoạt động chỉ đạo, điều hành, giáo dục, y tế và kết nối với dữ liệu quốc gia.',
  },
  {
    // Constructed: a predecessor's carried-over task (successor: Bộ Khoa học và Công nghệ).
    session: 's2',
    lead: 'Bộ Thông tin và Truyền thông',
    content:
      'Hướng dẫn các bộ, ngành, địa phương kết nối, chia sẻ dữ liệu qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)',
    output: 'Văn bản hướng dẫn kết nối, chia sẻ dữ liệu qua NDXP',
    deadline: byMonth(6, 2025, 'hoàn thành trong tháng 6/2025'),
    evidence: null,
    updates: [working('2025-09-24', `${AT_S4}Bộ Khoa học và Công nghệ đã tiếp nhận nhiệm vụ, dự thảo hướng dẫn đang lấy ý kiến.`)],
  },
  {
    // Constructed: a predecessor's carried-over task (successor: Bộ Tài chính).
    session: 's2',
    lead: 'Bộ Kế hoạch và Đầu tư',
    content: 'Hoàn thiện phương pháp thống kê và công bố hằng quý tỷ trọng kinh tế số trong GDP',
    output: 'Phương pháp thống kê kinh tế số',
    deadline: byQuarter(3, 2025, 'trong Quý III/2025'),
    evidence: null,
    updates: [done('2025-09-26', 'Bộ Tài chính (cơ quan tiếp nhận nhiệm vụ) báo cáo đã hoàn thành.')],
  },

  // ---- Phiên họp lần thứ ba, 20/7/2025 (Thông báo 408/TB-VPCP) ------------------------
  {
    session: 's3',
    lead: BO_KHCN,
    content:
      'Chủ trì xây dựng, sửa đổi 04 luật: Luật Chuyển đổi số, Luật Sở hữu trí tuệ, Luật Công nghệ cao, Luật Chuyển giao công nghệ',
    output: 'Hồ sơ 04 dự án luật',
    deadline: byMonth(9, 2025, 'hoàn thành trong tháng 9/2025'),
    evidence:
      'Phiên họp thứ ba giao Bộ Khoa học và Công nghệ chủ trì bốn dự án luật (Chuyển đổi số, Sở hữu trí tuệ, Công nghệ cao, Chuyển giao công nghệ), xong trong tháng 9/2025.',
    updates: [
      working('2025-09-24', `${AT_S4}đang hoàn thiện hồ sơ trình Chính phủ.`),
      done('2025-10-10', 'Đã trình Chính phủ hồ sơ các dự án luật.'),
    ],
  },
  {
    session: 's3',
    lead: BO_KHCN,
    content:
      'Sửa đổi Nghị định số 82/2024/NĐ-CP về quản lý đầu tư ứng dụng công nghệ thông tin dùng vốn ngân sách, rút gọn thủ tục đầu tư',
    output: 'Nghị định sửa đổi Nghị định số 82/2024/NĐ-CP',
    deadline: byMonth(9, 2025, 'hoàn thành trong tháng 9/2025'),
    evidence:
      'Phiên họp thứ ba giao Bộ Khoa học và Công nghệ sửa Nghị định 82/2024/NĐ-CP để thủ tục đầu tư ứng dụng công nghệ thông tin nhanh, thuận tiện hơn, hạn tháng 9/2025.',
    updates: [done('2025-09-29', 'Đã trình Chính phủ dự thảo Nghị định.')],
  },
  {
    session: 's3',
    lead: BO_KHCN,
    content:
      'Đề xuất cơ chế khuyến khích lập doanh nghiệp khởi nghiệp từ kết quả nghiên cứu của viện, trường; tổ chức thực hiện Chiến lược thu hút nhân tài (đến 2030, tầm nhìn 2050)',
    output: 'Cơ chế khuyến khích doanh nghiệp khởi nghiệp từ viện, trường',
    deadline: byMonth(9, 2025, 'hoàn thành trong tháng 9/2025'),
    evidence:
      'Phiên họp thứ ba: Bộ Khoa học và Công nghệ đề xuất cơ chế cho doanh nghiệp khởi nghiệp từ viện, trường và triển khai chiến lược thu hút nhân tài, hạn tháng 9/2025.',
    updates: [working('2025-11-15', `${AT_S5}dự thảo cơ chế đang lấy ý kiến các bộ.`)],
  },
  {
    session: 's3',
    lead: BO_CA,
    content:
      'Xây dựng, trình ban hành Kiến trúc dữ liệu tổng thể quốc gia, khung quản trị, quản lý dữ liệu và từ điển dữ liệu',
    output: 'Kiến trúc dữ liệu tổng thể quốc gia',
    deadline: byMonth(8, 2025, 'hoàn thành trong tháng 8/2025'),
    evidence:
      'Phiên họp thứ ba giao Bộ Công an trình Kiến trúc dữ liệu tổng thể quốc gia cùng khung quản trị dữ liệu và từ điển dữ liệu, hạn tháng 8/2025.',
    updates: [
      working('2025-09-24', `${AT_S4}dự thảo đang lấy ý kiến các bộ, ngành.`),
      done('2025-11-04', 'Thủ tướng đã ban hành Khung kiến trúc dữ liệu quốc gia (Quyết định số 2439/QĐ-TTg ngày 04/11/2025).'),
    ],
  },
  {
    session: 's3',
    lead: BO_NV,
    content:
      'Xây dựng tiêu chí, quy chế quản lý, chế độ đãi ngộ và quy trình tuyển chọn tổng công trình sư, kiến trúc sư trưởng cho các hệ thống chiến lược, trình Thủ tướng quyết định',
    output: 'Quy chế về tổng công trình sư, kiến trúc sư trưởng',
    deadline: byMonth(7, 2025, 'trình Thủ tướng Chính phủ trong tháng 7/2025'),
    evidence:
      'Phiên họp thứ ba giao Bộ Nội vụ trình Thủ tướng trong tháng 7/2025 tiêu chí, quy chế và cách tuyển chọn tổng công trình sư, kiến trúc sư trưởng.',
    updates: [done('2025-08-22', 'Đã trình Thủ tướng Chính phủ.')],
  },
  {
    session: 's3',
    lead: BO_NV,
    content:
      'Ban hành cơ chế, chính sách thu hút nhân lực, nhân tài khoa học, công nghệ, chuyển đổi số trong và ngoài nước, có đãi ngộ đặc biệt để đưa ít nhất 100 chuyên gia hàng đầu về nước',
    output: 'Chính sách thu hút chuyên gia, nhân tài',
    deadline: byMonth(8, 2025, 'hoàn thành trong tháng 8/2025'),
    evidence:
      'Phiên họp thứ ba: Bộ Nội vụ ban hành chính sách đãi ngộ đặc biệt nhằm thu hút tối thiểu 100 chuyên gia đầu ngành về nước, xong trong tháng 8/2025.',
    updates: [working('2025-09-24', `${AT_S4}dự thảo chính sách đang được hoàn thiện.`)],
  },
  {
    session: 's3',
    lead: 'Bộ Giáo dục và Đào tạo',
    content:
      'Trình ban hành Khung chiến lược giáo dục đại học và đề án sắp xếp viện nghiên cứu trong trường đại học, trường đại học trong viện nghiên cứu',
    output: 'Khung chiến lược giáo dục đại học',
    deadline: byQuarter(3, 2025, 'hoàn thành trong quý III/2025'),
    evidence:
      'Phiên họp thứ ba giao Bộ Giáo dục và Đào tạo trình Khung chiến lược giáo dục đại học và đề án sắp xếp viện nghiên cứu gắn với đại học trong quý III/2025.',
    updates: [working('2025-11-15', `${AT_S5}hồ sơ đang được thẩm định.`)],
  },
  {
    session: 's3',
    lead: ALL,
    partners: [BO_CA, BO_KHCN],
    content:
      'Mỗi bộ, ngành, địa phương cử một tổng công trình sư công nghệ thông tin và một tổng công trình sư nghiệp vụ để xây dựng kiến trúc, chiến lược chuyển đổi số của mình',
    output: 'Kiến trúc và chiến lược chuyển đổi số của bộ, ngành, địa phương',
    deadline: undated(),
    evidence:
      'Phiên họp thứ ba: mỗi bộ, ngành, địa phương chọn hai tổng công trình sư (công nghệ thông tin và nghiệp vụ) để dựng kiến trúc, chiến lược chuyển đổi số.',
  },
  {
    session: 's3',
    lead: BO_CA,
    content:
      'Đôn đốc các bộ, ngành lập Kế hoạch chi tiết triển khai 116 cơ sở dữ liệu quốc gia, chuyên ngành, ưu tiên 11 cơ sở dữ liệu theo Kế hoạch số 02-KH/BCĐTW',
    output: 'Kế hoạch chi tiết triển khai 116 cơ sở dữ liệu',
    deadline: undated(),
    evidence:
      'Phiên họp thứ ba: Bộ Công an đôn đốc các bộ, ngành lập kế hoạch chi tiết cho 116 cơ sở dữ liệu, trước hết là 11 cơ sở dữ liệu theo Kế hoạch 02.',
  },
  {
    session: 's3',
    lead: BO_CA,
    content:
      'Trình Thủ tướng ban hành Chỉ thị về giải pháp công nghệ dựa trên dữ liệu dân cư, định danh, xác thực điện tử để phục vụ người dân, doanh nghiệp',
    output: 'Chỉ thị của Thủ tướng Chính phủ',
    deadline: byMonth(8, 2025, 'hoàn thành trong tháng 8/2025'),
    evidence:
      'Phiên họp thứ ba: Bộ Công an trình Chỉ thị của Thủ tướng về ứng dụng dữ liệu dân cư, định danh, xác thực điện tử phục vụ người dân, doanh nghiệp trong tháng 8/2025.',
    updates: [done('2025-08-27', 'Đã trình Thủ tướng Chính phủ dự thảo Chỉ thị.')],
  },
  {
    session: 's3',
    lead: BO_XD,
    partners: [BO_KHCN, '6 thành phố trực thuộc Trung ương'],
    content: 'Rà soát, xây dựng và phê duyệt Đề án đô thị thông minh',
    output: 'Đề án đô thị thông minh',
    deadline: byMonth(7, 2025, 'phê duyệt trong tháng 7/2025'),
    evidence:
      'Phiên họp thứ ba giao Bộ Xây dựng cùng Bộ Khoa học và Công nghệ và sáu thành phố trực thuộc Trung ương phê duyệt Đề án đô thị thông minh trong tháng 7/2025.',
    updates: [
      working('2025-09-24', `${AT_S4}đề án đang lấy ý kiến các thành phố.`),
      working('2025-11-15', `${AT_S5}chưa trình phê duyệt.`),
    ],
  },
  {
    session: 's3',
    lead: BO_XD,
    partners: [BO_KHCN, '6 thành phố trực thuộc Trung ương'],
    content: 'Tổ chức triển khai Đề án đô thị thông minh',
    output: null,
    deadline: byYear(2025, 'ngay trong năm 2025'),
    evidence: 'Phiên họp thứ ba: Bộ Xây dựng triển khai đề án đô thị thông minh ngay trong năm 2025.',
  },
  {
    session: 's3',
    lead: BO_TC,
    content: 'Báo cáo Thủ tướng tỷ trọng giá trị tăng thêm của kinh tế số trong GDP',
    output: 'Báo cáo tỷ trọng kinh tế số trong GDP',
    deadline: undated(),
    evidence: 'Phiên họp thứ ba: Bộ Tài chính báo cáo Thủ tướng phần giá trị tăng thêm của kinh tế số trong GDP.',
    updates: [done('2025-09-15', 'Đã gửi báo cáo Thủ tướng Chính phủ.')],
  },
  {
    session: 's3',
    lead: BO_KHCN,
    content: 'Tham mưu Chính phủ các giải pháp đưa quy mô kinh tế số lên 20% GDP',
    output: 'Giải pháp phát triển kinh tế số',
    deadline: byYear(2025, 'vào cuối năm 2025'),
    evidence: 'Phiên họp thứ ba: Bộ Khoa học và Công nghệ đề xuất giải pháp để kinh tế số đạt 20% GDP cuối năm 2025.',
    updates: [working('2025-11-15', `${AT_S5}đang tổng hợp đề xuất của các bộ.`)],
  },
  {
    session: 's3',
    lead: BO_KHCN,
    partners: [BO_TC, 'Bộ Công Thương', ALL],
    content:
      'Phát triển hạ tầng số, phủ sóng 5G toàn quốc, thúc đẩy Internet vệ tinh; xử lý các thôn, bản lõm sóng, thiếu điện',
    output: null,
    deadline: undated(),
    evidence:
      'Phiên họp thứ ba: Bộ Khoa học và Công nghệ phủ sóng 5G cả nước, thúc đẩy Internet vệ tinh và xóa các thôn, bản lõm sóng.',
  },
  {
    session: 's3',
    lead: BO_CA,
    partners: [MINISTRIES],
    content:
      'Hoàn thành 40/61 tiện ích trên VNeID; cùng các bộ, ngành cắt giảm, đơn giản hóa 324 thủ tục có giấy tờ đã tích hợp trên VNeID',
    output: '40 tiện ích trên nền tảng VNeID',
    deadline: undated('sớm hoàn thành'),
    evidence:
      'Phiên họp thứ ba: Bộ Công an sớm hoàn thành 40/61 tiện ích VNeID và cùng các bộ cắt giảm 324 thủ tục có giấy tờ đã tích hợp trên VNeID.',
  },
  {
    session: 's3',
    lead: BO_CA,
    content:
      'Liên thông đơn thuốc từ bệnh viện tới hệ thống điều phối dữ liệu y tế và nhà thuốc trên VNeID, để người dân nhận thuốc tại nhà',
    output: 'Liên thông đơn thuốc trên VNeID',
    deadline: byMonth(9, 2025, 'thí điểm từ tháng 8/2025, triển khai chính thức trong tháng 9/2025'),
    evidence:
      'Phiên họp thứ ba: Bộ Công an đưa liên thông đơn thuốc lên VNeID, thí điểm từ tháng 8 và chính thức trong tháng 9/2025.',
    updates: [
      working('2025-09-24', `${AT_S4}đang thí điểm.`),
      done('2025-10-20', 'Đã triển khai chính thức.'),
    ],
  },
  {
    session: 's3',
    lead: BO_CA,
    content: 'Nghiên cứu, xây dựng đám mây dữ liệu công dân tích hợp trên VNeID (nâng cấp lên Mức độ 3)',
    output: 'Đám mây dữ liệu công dân trên VNeID',
    deadline: undated('sớm'),
    evidence: 'Phiên họp thứ ba: Bộ Công an sớm xây dựng đám mây dữ liệu công dân trên VNeID, nâng lên mức độ 3.',
  },
  {
    session: 's3',
    lead: ALL,
    content:
      'Cắt giảm, đơn giản hóa thủ tục hành chính theo Nghị quyết số 66/NQ-CP: giảm ít nhất 30% thời gian giải quyết, 30% chi phí tuân thủ, 30% điều kiện kinh doanh; mọi thủ tục làm được không phụ thuộc địa giới trong tỉnh',
    output: null,
    deadline: byYear(2025, 'trong năm 2025'),
    evidence:
      'Phiên họp thứ ba: trong năm 2025, các bộ, ngành, địa phương phải giảm tối thiểu 30% thời gian, chi phí tuân thủ và điều kiện kinh doanh theo Nghị quyết 66/NQ-CP.',
    updates: [working('2025-11-15', `${AT_S5}đang thực hiện.`)],
  },
  {
    session: 's3',
    lead: PROVINCES,
    content: 'Kiểm tra, chấn chỉnh, chấm dứt tình trạng "cò" giấy tờ tại Trung tâm Phục vụ hành chính công',
    output: null,
    deadline: undated(),
    evidence:
      'Phiên họp thứ ba: chủ tịch ủy ban nhân dân các tỉnh, thành phố chấm dứt nạn "cò giấy tờ" ở trung tâm phục vụ hành chính công.',
  },
  {
    session: 's3',
    lead: PROVINCES,
    content:
      'Báo cáo Hội đồng nhân dân cấp tỉnh chính sách thu phí "0 đồng" cho thủ tục hành chính trực tuyến thuộc thẩm quyền địa phương',
    output: 'Nghị quyết của Hội đồng nhân dân cấp tỉnh',
    deadline: byMonth(7, 2025, 'hoàn thành trong tháng 7/2025'),
    evidence:
      'Phiên họp thứ ba: ủy ban nhân dân các tỉnh, thành phố trình hội đồng nhân dân tỉnh chính sách phí "0 đồng" cho thủ tục trực tuyến, xong trong tháng 7/2025.',
    updates: [done('2025-07-31', 'Các địa phương đã trình Hội đồng nhân dân cấp tỉnh.')],
  },
  {
    session: 's3',
    lead: PROVINCES,
    partners: [BO_CA],
    content:
      'Kiểm tra tổng thể thiết bị, phần mềm, ứng dụng; bảo đảm an toàn thông tin, an ninh mạng cho hệ thống thông tin, cơ sở dữ liệu',
    output: null,
    deadline: recurring('thường xuyên'),
    evidence:
      'Phiên họp thứ ba: các tỉnh, thành phố thường xuyên cùng Bộ Công an kiểm tra an toàn thông tin, an ninh mạng của hệ thống, cơ sở dữ liệu.',
  },
  {
    session: 's3',
    lead: BO_TC,
    content:
      'Bố trí đủ ngân sách theo đề xuất của bộ, ngành, địa phương; ưu tiên dự án trọng điểm, liên ngành, liên vùng; tập trung vốn cho phòng thí nghiệm, trung tâm nghiên cứu, công nghệ chiến lược',
    output: null,
    deadline: undated(),
    evidence:
      'Phiên họp thứ ba: Bộ Tài chính bố trí đủ vốn, ưu tiên dự án trọng điểm và phòng thí nghiệm, trung tâm nghiên cứu, công nghệ chiến lược.',
  },
  {
    // The half-year deadline is the heading of the 3rd session's task groups
    // ("nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2025"); the sentence gives none.
    session: 's3',
    lead: 'Ngân hàng Nhà nước Việt Nam',
    partners: ['Các ngân hàng thương mại'],
    content:
      'Triển khai nhanh, đúng đối tượng, lãi suất thấp gói tín dụng 500 nghìn tỷ đồng cho khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và hạ tầng chiến lược',
    output: null,
    deadline: byHalf(2, 2025, 'trong 6 tháng cuối năm 2025'),
    evidence:
      'Phiên họp thứ ba: Ngân hàng Nhà nước cùng các ngân hàng thương mại giải ngân gói tín dụng 500 nghìn tỷ đồng, lãi suất thấp, đúng đối tượng.',
    updates: [working('2025-11-15', `${AT_S5}đang giải ngân.`)],
  },
  {
    session: 's3',
    lead: ALL,
    content:
      'Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức và người dân; mở rộng học trực tuyến trên "Bình dân học vụ số"',
    output: null,
    deadline: undated(),
    evidence:
      'Phiên họp thứ ba: các bộ, ngành, địa phương bồi dưỡng kỹ năng số cho cán bộ và người dân, mở rộng học trực tuyến trên "Bình dân học vụ số".',
  },
  {
    session: 's3',
    lead: BO_KHCN,
    partners: [BO_CA, BO_NV],
    content:
      'Đề xuất danh sách tập thể, cá nhân tiêu biểu về KHCN, ĐMST, CĐS và Đề án 06 để Thủ tướng khen thưởng',
    output: 'Danh sách đề nghị khen thưởng',
    deadline: undated(),
    evidence:
      'Phiên họp thứ ba: Bộ Khoa học và Công nghệ cùng Bộ Công an, Bộ Nội vụ đề xuất khen thưởng tập thể, cá nhân xuất sắc.',
    updates: [done('2025-09-10', 'Đã trình Thủ tướng Chính phủ danh sách đề nghị khen thưởng.')],
  },
  {
    session: 's3',
    lead: 'Văn phòng Chính phủ',
    partners: [MINISTRIES],
    content: 'Tiếp thu ý kiến, hoàn thiện và trình ban hành kết luận của Thủ tướng, Trưởng Ban Chỉ đạo',
    output: 'Thông báo kết luận',
    deadline: undated(),
    evidence: 'Phiên họp thứ ba: Văn phòng Chính phủ tổng hợp ý kiến, hoàn thiện kết luận của Thủ tướng để ban hành.',
    updates: [done('2025-08-08', 'Đã ban hành Thông báo số 408/TB-VPCP ngày 8/8/2025.')],
  },
  {
    session: 's3',
    lead: ALL,
    content:
      'Thiết lập công cụ quản lý trực quan và hệ thống chỉ số (KPI) định lượng để đánh giá các nhiệm vụ về khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số',
    output: 'Hệ thống chỉ số (KPI) đánh giá nhiệm vụ',
    deadline: undated('khẩn trương'),
    evidence:
      'Phiên họp thứ ba: cần sớm có công cụ quản lý trực quan và bộ KPI định lượng để đánh giá các nhiệm vụ được giao.',
  },

  // ---- Phiên họp lần thứ tư, 24/9/2025 (press: sggp.org.vn post814526) --------------
  {
    session: 's4',
    lead: ALL,
    content: 'Hoàn thành dứt điểm cơ sở dữ liệu của các ngành, các cấp, trước hết là dữ liệu đất đai, nhà ở',
    output: 'Cơ sở dữ liệu đất đai, nhà ở',
    deadline: undated(),
    evidence:
      'Phiên họp thứ tư: xây dựng xong cơ sở dữ liệu các ngành, các cấp là việc cấp bách, nhất là dữ liệu về đất đai và nhà ở.',
  },
  {
    session: 's4',
    lead: PROVINCES,
    content:
      'Hoàn thiện chuyển đổi số phục vụ chính quyền địa phương 2 cấp, nhất là cấp xã; gỡ ngay vướng mắc để kết nối thông suốt từ cơ sở tới Trung ương',
    output: null,
    deadline: undated('ngay'),
    evidence: 'Phiên họp thứ tư: hoàn thiện chuyển đổi số cho chính quyền hai cấp, trước hết ở cấp xã, gỡ ngay các điểm ách tắc.',
  },

  // ---- Phiên họp lần thứ năm, 15/11/2025 (Thông báo 624/TB-VPCP) ----------------------
  {
    session: 's5',
    lead: BO_KHCN,
    content: 'Trình Thủ tướng Chương trình quốc gia về các sản phẩm công nghệ chiến lược ưu tiên',
    output: 'Chương trình quốc gia phát triển sản phẩm công nghệ chiến lược',
    deadline: byMonth(11, 2025, 'trình Thủ tướng Chính phủ trong tháng 11/2025'),
    evidence:
      'Phiên họp thứ năm: Bộ Khoa học và Công nghệ trình Thủ tướng chương trình quốc gia về sản phẩm công nghệ chiến lược ưu tiên trong tháng 11/2025.',
    updates: [working('2025-12-10', 'Dự thảo chương trình đang lấy ý kiến các bộ, ngành.')],
  },
  {
    session: 's5',
    lead: BO_KHCN,
    partners: [MINISTRIES, 'Tập đoàn FPT', 'Tập đoàn CMC'],
    content:
      'Hoàn thành, đưa vào khai thác bộ công cụ giám sát, đánh giá thực hiện các chỉ tiêu, mục tiêu, nhiệm vụ do Chính phủ, Thủ tướng giao',
    output: 'Bộ công cụ theo dõi, giám sát, đánh giá',
    deadline: byDate('2025-12-10', 'trước ngày 10/12/2025'),
    evidence:
      'Phiên họp thứ năm: Bộ Khoa học và Công nghệ cùng FPT, CMC hoàn thành bộ công cụ giám sát, đánh giá chỉ tiêu và nhiệm vụ, đưa vào dùng trước 10/12/2025.',
    updates: [done('2025-12-09', 'Đã đưa bộ công cụ vào khai thác.')],
  },
  {
    session: 's5',
    lead: BO_KHCN,
    content:
      'Trình ban hành Chương trình Chuyển đổi số quốc gia giai đoạn 2026-2030 và các đề án hỗ trợ doanh nghiệp công nghệ số vươn ra toàn cầu, chuyển đổi số doanh nghiệp nhỏ và vừa',
    output: 'Chương trình Chuyển đổi số quốc gia giai đoạn 2026-2030',
    deadline: undated('khẩn trương'),
    evidence:
      'Phiên họp thứ năm: Bộ Khoa học và Công nghệ khẩn trương trình Chương trình Chuyển đổi số quốc gia 2026-2030 cùng các đề án về doanh nghiệp công nghệ số.',
  },
  {
    session: 's5',
    lead: BO_TC,
    partners: [BO_KHCN],
    content:
      'Đề xuất cơ chế tài chính và bố trí đủ vốn năm 2026 cho các nhiệm vụ ưu tiên: Trung tâm dữ liệu quốc gia, sàn dữ liệu, phòng thí nghiệm trọng điểm, công nghệ chiến lược, cơ sở dữ liệu trọng yếu',
    output: 'Phương án bố trí vốn năm 2026',
    deadline: undated(),
    evidence:
      'Phiên họp thứ năm: Bộ Tài chính với Bộ Khoa học và Công nghệ đề xuất cơ chế tài chính và bố trí đủ vốn năm 2026 cho các nhiệm vụ ưu tiên.',
  },
  {
    session: 's5',
    lead: ALL,
    content: 'Hoàn thiện cơ sở dữ liệu bảo đảm "đúng, đủ, sạch, sống, thống nhất, dùng chung"',
    output: 'Cơ sở dữ liệu của bộ, ngành, địa phương',
    deadline: byYear(2025, 'ngay trong năm 2025'),
    evidence:
      'Phiên họp thứ năm: các cơ sở dữ liệu phải được hoàn thiện ngay trong năm 2025, đúng, đủ, sạch, sống, thống nhất, dùng chung.',
    updates: [working('2025-12-22', 'Báo cáo tại Hội nghị tổng kết: nhiều cơ sở dữ liệu chưa đáp ứng yêu cầu.')],
  },

  // ---- Hội nghị tổng kết, 22/12/2025 ------------------------------------------------
  {
    session: 'conference',
    lead: BO_NV,
    content:
      'Ban hành văn bản yêu cầu đánh giá, xếp loại nghiêm theo Quy định số 366-QĐ/TW: không hoàn thành nhiệm vụ chuyển đổi số, khoa học, công nghệ, giải ngân đầu tư công thì không xếp loại hoàn thành tốt trở lên',
    output: 'Văn bản hướng dẫn đánh giá theo Quy định số 366-QĐ/TW',
    deadline: byDate('2026-01-15', 'hoàn thành trước ngày 15/01/2026'),
    evidence:
      'Hội nghị tổng kết: Bộ Nội vụ ban hành văn bản để việc đánh giá theo Quy định 366-QĐ/TW thực chất, gắn với kết quả chuyển đổi số, khoa học, công nghệ; xong trước 15/01/2026.',
  },
  {
    session: 'conference',
    lead: MINISTRIES,
    content: 'Hoàn thiện văn bản quy định chi tiết, hướng dẫn các luật được thông qua tại kỳ họp thứ 9 và thứ 10, Quốc hội khóa XV',
    output: 'Văn bản quy định chi tiết thi hành luật',
    deadline: byQuarter(1, 2026, 'hoàn thành trong Quý I/2026'),
    evidence:
      'Hội nghị tổng kết: các bộ, ngành ban hành đủ văn bản hướng dẫn các luật thông qua ở kỳ họp thứ 9, thứ 10 trong quý I/2026.',
  },
  {
    session: 'conference',
    lead: BO_KHCN,
    content: 'Xây dựng, trình Chính phủ để trình Quốc hội Luật Đo lường (sửa đổi, bổ sung) và Luật Bưu chính (sửa đổi)',
    output: 'Dự án Luật Đo lường (sửa đổi, bổ sung), Luật Bưu chính (sửa đổi)',
    deadline: undated('theo tiến độ tại Quyết định số 2352/QĐ-TTg ngày 24/10/2025'),
    evidence:
      'Hội nghị tổng kết: Bộ Khoa học và Công nghệ chuẩn bị dự án sửa Luật Đo lường và Luật Bưu chính theo tiến độ của Quyết định 2352/QĐ-TTg.',
  },
  {
    session: 'conference',
    lead: BO_KHCN,
    content: 'Trình Thủ tướng Kế hoạch hoạt động năm 2026 của Ban Chỉ đạo',
    output: 'Kế hoạch hoạt động năm 2026 của Ban Chỉ đạo',
    deadline: byDate('2026-01-15', 'hoàn thành trước ngày 15/01/2026'),
    evidence: 'Hội nghị tổng kết: Bộ Khoa học và Công nghệ trình kế hoạch hoạt động năm 2026 của Ban Chỉ đạo trước 15/01/2026.',
  },
  {
    session: 'conference',
    lead: BO_CA,
    content: 'Xây dựng, trình Chính phủ Nghị định về tổ chức và hoạt động của Trung tâm Dữ liệu quốc gia',
    output: 'Nghị định',
    deadline: byQuarter(1, 2026, 'hoàn thành trong Quý I/2026'),
    evidence: 'Hội nghị tổng kết: Bộ Công an trình nghị định về tổ chức, hoạt động của Trung tâm Dữ liệu quốc gia trong quý I/2026.',
  },
  {
    session: 'conference',
    lead: BO_CA,
    content: 'Tham mưu Nghị định về cơ chế đột phá cho Trung tâm Sáng tạo, khai thác dữ liệu, có ưu đãi cho doanh nghiệp khởi nghiệp',
    output: 'Nghị định',
    deadline: byQuarter(1, 2026, 'hoàn thành trong Quý I/2026'),
    evidence:
      'Hội nghị tổng kết: Bộ Công an đề xuất nghị định tạo cơ chế đột phá và ưu đãi khởi nghiệp cho Trung tâm Sáng tạo, khai thác dữ liệu, hạn quý I/2026.',
  },
  {
    session: 'conference',
    lead: BO_CA,
    partners: [MINISTRIES],
    content: 'Soạn, trình Chính phủ nghị quyết quy phạm về phát triển công dân số',
    output: 'Nghị quyết của Chính phủ về phát triển công dân số',
    deadline: byQuarter(1, 2026, 'hoàn thành trong Quý I/2026'),
    evidence: 'Hội nghị tổng kết: Bộ Công an chủ trì soạn nghị quyết của Chính phủ về công dân số, hoàn thành quý I/2026.',
  },
  {
    session: 'conference',
    lead: BO_CA,
    partners: ['Văn phòng Chính phủ', MINISTRIES],
    content: 'Xây dựng Chương trình triển khai Đề án 06 giai đoạn 2026-2030, trình Thủ tướng ban hành',
    output: 'Chương trình triển khai Đề án 06 giai đoạn 2026-2030',
    deadline: byMonth(1, 2026, 'trình Thủ tướng Chính phủ ban hành trong tháng 01/2026'),
    evidence:
      'Hội nghị tổng kết: Bộ Công an cùng Văn phòng Chính phủ xây dựng chương trình Đề án 06 cho 2026-2030, trình trong tháng 01/2026.',
  },
  {
    session: 'conference',
    lead: BO_NV,
    content: 'Trình Thủ tướng kế hoạch trọng tâm về cải cách hành chính nhà nước 2026-2030',
    output: 'Kế hoạch cải cách hành chính giai đoạn 2026-2030',
    deadline: byMonth(1, 2026, 'trình Thủ tướng Chính phủ trong tháng 01/2026'),
    evidence: 'Hội nghị tổng kết: Bộ Nội vụ trình kế hoạch trọng tâm cải cách hành chính 2026-2030 trong tháng 01/2026.',
  },
  {
    session: 'conference',
    lead: BO_KHCN,
    content:
      'Giao cho doanh nghiệp, tổ chức KHCN, viện, trường việc phát triển các sản phẩm công nghệ chiến lược ưu tiên; báo cáo Thủ tướng',
    output: 'Báo cáo Thủ tướng Chính phủ',
    deadline: byMonth(1, 2026, 'báo cáo Thủ tướng Chính phủ trong tháng 1/2026'),
    evidence:
      'Hội nghị tổng kết: Bộ Khoa học và Công nghệ giao việc phát triển sản phẩm công nghệ chiến lược ưu tiên cho doanh nghiệp, viện, trường và báo cáo trong tháng 1/2026.',
  },
  {
    session: 'conference',
    lead: BO_KHCN,
    content: 'Xây dựng Quyết định phê duyệt Kế hoạch tổng thể phát triển hạ tầng điện hạt nhân, trình Thủ tướng',
    output: 'Quyết định của Thủ tướng Chính phủ',
    deadline: byMonth(9, 2026, 'trình Thủ tướng Chính phủ trong tháng 9/2026'),
    evidence: 'Hội nghị tổng kết: Bộ Khoa học và Công nghệ trình kế hoạch tổng thể hạ tầng điện hạt nhân trong tháng 9/2026.',
  },
  {
    session: 'conference',
    lead: BO_KHCN,
    content: 'Hướng dẫn định giá tài sản trí tuệ tạo ra từ nhiệm vụ KHCN dùng ngân sách nhà nước',
    output: 'Tài liệu hướng dẫn định giá tài sản trí tuệ',
    deadline: byQuarter(1, 2026, 'hoàn thành trong Quý I/2026'),
    evidence:
      'Hội nghị tổng kết: Bộ Khoa học và Công nghệ hướng dẫn định giá tài sản trí tuệ từ nhiệm vụ dùng ngân sách để dễ thương mại hóa, xong quý I/2026.',
  },
  {
    session: 'conference',
    lead: BO_KHCN,
    content:
      'Trình Thủ tướng đề án chuyển Viện Năng lượng nguyên tử Việt Nam thành viện quốc gia và đề án nâng năng lực Cục An toàn bức xạ hạt nhân',
    output: 'Quyết định của Thủ tướng Chính phủ',
    deadline: byMonth(12, 2025, 'trình Thủ tướng Chính phủ trong tháng 12/2025'),
    evidence:
      'Hội nghị tổng kết: Bộ Khoa học và Công nghệ trình đề án tổ chức lại Viện Năng lượng nguyên tử và tăng năng lực Cục An toàn bức xạ hạt nhân trong tháng 12/2025.',
  },
  {
    session: 'conference',
    lead: 'Ủy ban nhân dân thành phố Đà Nẵng',
    partners: [BO_KHCN, MINISTRIES],
    content: 'Xây dựng, ban hành đề án thí điểm Bản sao số (Digital Twin) của thành phố',
    output: 'Đề án thí điểm Bản sao số',
    deadline: byQuarter(1, 2026, 'hoàn thành trong Quý I/2026'),
    evidence: 'Hội nghị tổng kết: Đà Nẵng và Huế mỗi nơi ban hành đề án thí điểm bản sao số (Digital Twin) trong quý I/2026.',
  },
  {
    session: 'conference',
    lead: 'Ủy ban nhân dân thành phố Huế',
    partners: [BO_KHCN, MINISTRIES],
    content: 'Xây dựng, ban hành đề án thí điểm Bản sao số (Digital Twin) của thành phố',
    output: 'Đề án thí điểm Bản sao số',
    deadline: byQuarter(1, 2026, 'hoàn thành trong Quý I/2026'),
    evidence: 'Hội nghị tổng kết: Đà Nẵng và Huế mỗi nơi ban hành đề án thí điểm bản sao số (Digital Twin) trong quý I/2026.',
  },
  {
    session: 'conference',
    lead: 'Bộ Ngoại giao',
    partners: [BO_CA, BO_KHCN],
    content: 'Mời chuyên gia quốc tế về công dân số của Estonia sang chia sẻ kinh nghiệm với các bộ, ngành, địa phương',
    output: null,
    deadline: byQuarter(1, 2026, 'hoàn thành trong Quý I/2026'),
    evidence:
      'Hội nghị tổng kết: Bộ Ngoại giao mời chuyên gia Estonia về công dân số sang Việt Nam chia sẻ kinh nghiệm, xong trong quý I/2026.',
  },
  {
    session: 'conference',
    lead: BO_CA,
    content:
      'Đầu tư và vận hành Hệ thống điều phối giải quyết TTHC, cấu phần của Cổng Dịch vụ công quốc gia',
    output: 'Hệ thống điều phối giải quyết thủ tục hành chính',
    deadline: byDate('2026-03-01', 'hoàn thành trước ngày 1/3/2026'),
    evidence:
      'Hội nghị tổng kết: Bộ Công an vận hành hệ thống điều phối giải quyết thủ tục hành chính thuộc Cổng Dịch vụ công quốc gia trước 1/3/2026.',
  },
  {
    session: 'conference',
    lead: BO_CA,
    content:
      'Phát triển VNeID thành nền tảng số quốc gia kết nối người dân với Nhà nước và doanh nghiệp; bổ sung chức năng chi trả an sinh xã hội trên nền tảng định danh điện tử',
    output: 'Nền tảng số quốc gia VNeID',
    deadline: byYear(2026, 'hoàn thành trong năm 2026'),
    evidence:
      'Hội nghị tổng kết: trong năm 2026, Bộ Công an đưa VNeID thành nền tảng số quốc gia và thêm chức năng chi trả an sinh xã hội.',
  },
  {
    session: 'conference',
    lead: ALL,
    partners: [BO_CA],
    content: 'Đăng ký dùng hạ tầng tập trung của Trung tâm dữ liệu quốc gia',
    output: null,
    deadline: byMonth(1, 2026, 'hoàn thành trong tháng 1/2026'),
    evidence:
      'Hội nghị tổng kết: các bộ, ngành, địa phương đăng ký dùng hạ tầng tập trung của Trung tâm dữ liệu quốc gia trong tháng 1/2026.',
  },
  {
    session: 'conference',
    lead: BO_CA,
    content: 'Đề xuất phương án xây dựng các Trung tâm dữ liệu quốc gia mới',
    output: 'Phương án xây dựng Trung tâm dữ liệu quốc gia mới',
    deadline: undated('theo lộ trình'),
    evidence: 'Hội nghị tổng kết: Bộ Công an đề xuất phương án xây thêm trung tâm dữ liệu quốc gia theo lộ trình.',
  },
  {
    session: 'conference',
    lead: ALL,
    content:
      'Xây dựng Khung kiến trúc dữ liệu của bộ, ngành, địa phương theo Khung kiến trúc dữ liệu quốc gia (Quyết định số 2439/QĐ-TTg)',
    output: 'Khung kiến trúc dữ liệu bộ, ngành, địa phương',
    deadline: byQuarter(1, 2026, 'hoàn thành trong Quý I/2026'),
    evidence:
      'Hội nghị tổng kết: mỗi bộ, ngành, địa phương xây khung kiến trúc dữ liệu riêng bám theo Quyết định 2439/QĐ-TTg, xong quý I/2026.',
  },
  {
    session: 'conference',
    lead: MINISTRIES,
    content:
      'Rà soát thủ tục có thành phần hồ sơ thay được bằng dữ liệu, chủ động thay thế theo thẩm quyền; vượt thẩm quyền thì báo cáo cấp có thẩm quyền',
    output: null,
    deadline: recurring(),
    evidence: 'Hội nghị tổng kết: các bộ, ngành thường xuyên rà soát, thay giấy tờ trong hồ sơ thủ tục bằng dữ liệu.',
  },
  {
    session: 'conference',
    lead: BO_NV,
    partners: ['Bộ Tư pháp', BO_CA, 'Văn phòng Chính phủ', BO_KHCN, MINISTRIES],
    content:
      'Hằng tháng cung cấp số liệu kết quả cắt giảm, đơn giản hóa thủ tục hành chính của bộ, ngành, địa phương cho cơ quan báo chí để công khai',
    output: 'Số liệu cắt giảm thủ tục hành chính công khai hằng tháng',
    deadline: recurring(),
    evidence:
      'Hội nghị tổng kết: mỗi tháng Bộ Nội vụ công bố qua báo chí số liệu cắt giảm, đơn giản hóa thủ tục của từng bộ, ngành, địa phương.',
  },
  {
    session: 'conference',
    lead: 'Bộ Tư pháp',
    partners: [ALL],
    content:
      'Thống kê, rà soát toàn bộ thủ tục hành chính ở 3 cấp chính quyền; chuẩn hóa hồ sơ điện tử, quy trình nội bộ (eForm); liên kết thủ tục - kết quả - dữ liệu',
    output: 'Báo cáo rà soát, chuẩn hóa thủ tục hành chính',
    deadline: byMonth(12, 2025, 'hoàn thành, báo cáo cấp có thẩm quyền trong tháng 12/2025'),
    evidence:
      'Hội nghị tổng kết: Bộ Tư pháp thống kê, chuẩn hóa toàn bộ thủ tục ba cấp chính quyền và báo cáo trong tháng 12/2025.',
  },
  {
    session: 'conference',
    lead: MINISTRIES,
    content:
      'Cơ quan chủ quản cơ sở dữ liệu cập nhật dữ liệu và công bố phạm vi thông tin được dùng thay giấy tờ trong hồ sơ thủ tục hành chính',
    output: 'Công bố phạm vi thông tin được khai thác',
    deadline: byMonth(12, 2025, 'hoàn thành ngay trong tháng 12/2025'),
    evidence:
      'Hội nghị tổng kết: cơ quan chủ quản cơ sở dữ liệu công bố phạm vi dữ liệu dùng thay giấy tờ, xong trong tháng 12/2025.',
  },
  {
    session: 'conference',
    lead: 'Bộ Quốc phòng',
    content: 'Sửa đổi văn bản quy phạm, hướng dẫn về bảo vệ an ninh dữ liệu, bí mật nhà nước, dữ liệu cá nhân',
    output: 'Văn bản quy phạm pháp luật sửa đổi',
    deadline: undated(),
    evidence:
      'Hội nghị tổng kết: Bộ Quốc phòng và Bộ Công an sửa các văn bản về an ninh dữ liệu, bí mật nhà nước, dữ liệu cá nhân.',
  },
  {
    session: 'conference',
    lead: BO_CA,
    content: 'Sửa đổi văn bản quy phạm, hướng dẫn về bảo vệ an ninh dữ liệu, bí mật nhà nước, dữ liệu cá nhân',
    output: 'Văn bản quy phạm pháp luật sửa đổi',
    deadline: undated(),
    evidence:
      'Hội nghị tổng kết: Bộ Quốc phòng và Bộ Công an sửa các văn bản về an ninh dữ liệu, bí mật nhà nước, dữ liệu cá nhân.',
  },
  {
    // Recorded without a lead: the sentence names none of its own.
    session: 'conference',
    lead: null,
    content: 'Tăng cường kiểm tra, giám sát định kỳ, đột xuất hạ tầng và ứng dụng',
    output: null,
    deadline: undated(),
    evidence: 'Hội nghị tổng kết: tăng cường kiểm tra, giám sát hạ tầng và ứng dụng, định kỳ hoặc đột xuất.',
  },
  {
    session: 'conference',
    lead: ALL,
    content: 'Đào tạo kỹ năng chuyển đổi số cho cán bộ và người dân; tiếp tục đào tạo trực tuyến trên "Bình dân học vụ số"',
    output: null,
    deadline: recurring(),
    evidence:
      'Hội nghị tổng kết: đào tạo kỹ năng số cho cán bộ, người dân qua "Bình dân học vụ số" là nhiệm vụ thường xuyên.',
  },
];
