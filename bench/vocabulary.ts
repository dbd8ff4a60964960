/**
 * Vietnamese words the bench data is built from: the 34 provinces and cities after
 * the 2025 merger, indicator wordings, and the pieces of task sentences. Written for
 * the bench, carrying over the shape of the committee's texts, not their sentences.
 */

/** The 6 centrally-run cities and 28 provinces from 1/7/2025. */
export const PROVINCES: readonly string[] = [
  'Hà Nội', 'Huế', 'Hải Phòng', 'Đà Nẵng', 'Thành phố Hồ Chí Minh', 'Cần Thơ',
  'Tuyên Quang', 'Cao Bằng', 'Lai Châu', 'Lào Cai', 'Thái Nguyên', 'Điện Biên', 'Lạng Sơn',
  'Sơn La', 'Phú Thọ', 'Bắc Ninh', 'Quảng Ninh', 'Hưng Yên', 'Ninh Bình', 'Thanh Hóa',
  'Nghệ An', 'Hà Tĩnh', 'Quảng Trị', 'Quảng Ngãi', 'Gia Lai', 'Khánh Hòa', 'Lâm Đồng',
  'Đắk Lắk', 'Đồng Nai', 'Tây Ninh', 'Vĩnh Long', 'Đồng Tháp', 'Cà Mau', 'An Giang',
];

export interface IndicatorStem {
  name: string;
  unit: string;
  lowerIsBetter?: boolean;
  /** Typical start and end of the series, in the indicator's unit. */
  from: number;
  to: number;
}

export const INDICATOR_STEMS: readonly IndicatorStem[] = [
  { name: 'Tỷ lệ hồ sơ trực tuyến toàn trình', unit: '%', from: 10, to: 80 },
  { name: 'Tỷ lệ thanh toán trực tuyến', unit: '%', from: 15, to: 70 },
  { name: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', unit: '%', from: 20, to: 100 },
  { name: 'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình', unit: '%', from: 30, to: 100 },
  { name: 'Tỷ lệ người dân trưởng thành có tài khoản định danh điện tử', unit: '%', from: 5, to: 90 },
  { name: 'Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử', unit: '%', from: 40, to: 100 },
  { name: 'Số cơ sở dữ liệu được kết nối, chia sẻ', unit: 'cơ sở dữ liệu', from: 2, to: 60 },
  { name: 'Số tài khoản định danh điện tử được kích hoạt', unit: 'nghìn tài khoản', from: 50, to: 2400 },
  { name: 'Tỷ trọng kinh tế số trong GRDP', unit: '%', from: 5, to: 20 },
  { name: 'Chi cho khoa học, công nghệ trên tổng chi ngân sách', unit: '%', from: 0.5, to: 3 },
  { name: 'Thời gian giải quyết hồ sơ trực tuyến bình quân', unit: 'ngày', lowerIsBetter: true, from: 12, to: 3 },
  { name: 'Tỷ lệ hồ sơ giải quyết quá hạn', unit: '%', lowerIsBetter: true, from: 15, to: 1 },
  { name: 'Số doanh nghiệp khởi nghiệp sáng tạo', unit: 'doanh nghiệp', from: 10, to: 400 },
  { name: 'Tỷ lệ hộ gia đình có cáp quang băng rộng', unit: '%', from: 50, to: 100 },
  { name: 'Số thủ tục hành chính được cắt giảm, đơn giản hóa', unit: 'thủ tục', from: 0, to: 300 },
  { name: 'Tỷ lệ văn bản điện tử có chữ ký số', unit: '%', from: 60, to: 100 },
  { name: 'Số hồ sơ sức khỏe điện tử được lập', unit: 'nghìn hồ sơ', from: 10, to: 3000 },
  { name: 'Tỷ lệ trường học triển khai học bạ số', unit: '%', from: 5, to: 100 },
  { name: 'Số giao dịch thanh toán không dùng tiền mặt', unit: 'triệu giao dịch', from: 5, to: 180 },
  { name: 'Tỷ lệ dân số dùng điện thoại thông minh', unit: '%', from: 60, to: 95 },
];

/** Fields an indicator may be reported for: stem × field gives distinct indicators. */
export const FIELDS: readonly string[] = [
  'khối bộ, ngành', 'khối địa phương', 'lĩnh vực y tế', 'lĩnh vực giáo dục', 'lĩnh vực tư pháp',
  'lĩnh vực đất đai', 'lĩnh vực thuế', 'lĩnh vực hải quan', 'lĩnh vực bảo hiểm xã hội', 'lĩnh vực giao thông',
  'lĩnh vực xây dựng', 'lĩnh vực nông nghiệp', 'lĩnh vực công thương', 'lĩnh vực lao động', 'lĩnh vực tài chính',
];

export const TASK_ACTIONS: readonly string[] = [
  'xây dựng, trình ban hành', 'hoàn thiện, đưa vào vận hành', 'rà soát, đánh giá', 'kết nối, chia sẻ dữ liệu của',
  'hướng dẫn triển khai', 'tổ chức kiểm tra việc thực hiện', 'bố trí kinh phí cho', 'nâng cấp',
  'chuẩn hóa, làm sạch dữ liệu của', 'sửa đổi, bổ sung',
];

export const TASK_OBJECTS: readonly string[] = [
  'Kiến trúc dữ liệu tổng thể quốc gia', 'Cơ sở dữ liệu quốc gia về dân cư', 'Cổng Dịch vụ công quốc gia',
  'hệ thống thông tin giải quyết thủ tục hành chính cấp tỉnh', 'Trung tâm dữ liệu quốc gia', 'nền tảng định danh và xác thực điện tử',
  'cơ sở dữ liệu chuyên ngành về đất đai', 'hệ thống hóa đơn điện tử', 'sổ sức khỏe điện tử', 'học bạ số',
  'Chiến lược dữ liệu quốc gia', 'nghị định về dịch vụ công trực tuyến', 'hạ tầng mạng 5G', 'danh mục công nghệ chiến lược',
  'quỹ đầu tư mạo hiểm cho khởi nghiệp sáng tạo', 'ứng dụng VNeID', 'chương trình đào tạo nhân lực số',
];

export const TASK_OUTPUTS: readonly string[] = [
  'báo cáo Thủ tướng Chính phủ', 'đưa vào vận hành chính thức', 'trình Chính phủ ban hành', 'bảo đảm đúng, đủ, sạch, sống',
  'kết nối thông suốt với Cổng Dịch vụ công quốc gia', 'công bố công khai kết quả',
];
