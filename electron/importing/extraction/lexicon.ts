/**
 * Verbs of the administrative style: those that open an instruction with no subject
 * ("Tổ chức thực hiện ...", "Khẩn trương ...") and those that end a clause before the
 * thing they act on ("đã cắt giảm, đơn giản hóa 872 TTHC"), so the words before them do
 * not name an indicator.
 */

export const ACTION_VERBS = new Set([
  'tiếp tục', 'khẩn trương', 'sớm', 'chủ động', 'tập trung', 'thường xuyên', 'kịp thời', 'quyết liệt',
  'nghiêm túc', 'đẩy mạnh', 'tăng cường', 'nâng cao', 'xây dựng', 'hoàn thiện', 'hoàn thành', 'triển khai',
  'tổ chức', 'thực hiện', 'rà soát', 'nghiên cứu', 'đề xuất', 'trình', 'ban hành', 'sửa đổi', 'bổ sung',
  'phát huy', 'phát triển', 'bảo đảm', 'đảm bảo', 'phối hợp', 'chủ trì', 'hướng dẫn', 'kiểm tra', 'đôn đốc',
  'giám sát', 'theo dõi', 'cập nhật', 'công bố', 'công khai', 'chuẩn hóa', 'chuẩn hoá', 'xác định', 'lựa chọn',
  'bố trí', 'ưu tiên', 'hỗ trợ', 'thúc đẩy', 'mở rộng', 'đầu tư', 'vận hành', 'cung cấp', 'kết nối', 'tích hợp',
  'số hóa', 'số hoá', 'làm sạch', 'đào tạo', 'bồi dưỡng', 'thống kê', 'tham mưu', 'báo cáo', 'quán triệt',
  'chấn chỉnh', 'khắc phục', 'xử lý', 'giải quyết', 'đánh giá', 'tổng kết', 'sơ kết', 'tổng hợp', 'thiết lập',
  'ứng dụng', 'áp dụng', 'duy trì', 'đưa', 'thu hút', 'huy động', 'phân bổ', 'cắt giảm', 'đơn giản hóa',
  'đơn giản hoá', 'tuyên truyền', 'phổ biến', 'phân công', 'bảo vệ', 'tháo gỡ', 'sắp xếp', 'kiện toàn',
  'phê duyệt', 'thẩm định', 'lấy ý kiến', 'khai thác', 'chia sẻ', 'liên thông', 'đồng bộ', 'thí điểm', 'nhân rộng',
  'mời', 'liên hệ', 'hoàn tất', 'khởi động', 'vận động', 'rút ngắn', 'loại bỏ', 'chuyển đổi', 'nâng cấp',
  'bảo trì', 'đăng ký', 'soạn thảo', 'chuẩn bị', 'tiếp thu', 'cụ thể hóa', 'cụ thể hoá', 'thành lập', 'hợp nhất',
  'đưa vào', 'cấp', 'lắp đặt', 'ký', 'thông qua',
]);

function words(text: string): string[] {
  return text.toLowerCase().split(/\s+/u).filter((w) => w !== '').map((w) => w.replace(/[,:;.]+$/u, ''));
}

/** True when the text starts with an instruction verb or adverb. */
export function opensInstruction(text: string): boolean {
  const w = words(text.slice(0, 80));
  return [1, 2, 3].some((n) => w.length >= n && ACTION_VERBS.has(w.slice(0, n).join(' ')));
}

/** True when the text ends with an action verb ("đã hoàn thành tích hợp"). */
export function endsWithActionVerb(text: string): boolean {
  const w = words(text.slice(-60));
  return [1, 2, 3].some((n) => w.length >= n && ACTION_VERBS.has(w.slice(-n).join(' ')));
}
