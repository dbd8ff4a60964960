/**
 * Seeded Vietnamese texts shaped like the committee's session reports: a header
 * naming the session, its date and chair; figures against targets; shortcomings;
 * tasks assigned to agencies with deadlines in every wording. They feed the
 * extraction and import benches; each text is different, so imports never dedupe.
 */
import { AGENCY_CATALOGUE } from '../electron/domain/agencies';
import { formatNumberVi, sessionOrdinalVi } from '../electron/domain/vietnamese';
import type { Random } from './random';
import { FIELDS, INDICATOR_STEMS, PROVINCES, TASK_ACTIONS, TASK_OBJECTS, TASK_OUTPUTS } from './vocabulary';

export interface SessionText {
  source: string;
  text: string;
}

const COMMITTEE = 'Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và Đề án 06';
const LEADS = AGENCY_CATALOGUE.filter((a) => !a.successor).map((a) => a.name);
const SHORT_FORMS = AGENCY_CATALOGUE.flatMap((a) => a.shortForms).filter((s) => s.startsWith('Bộ'));
const QUARTERS = ['I', 'II', 'III', 'IV'];

function figureSentence(random: Random, year: number): string {
  const stem = random.pick(INDICATOR_STEMS);
  const field = random.pick(FIELDS);
  const actual = stem.from + (stem.to - stem.from) * random.next();
  const target = stem.to;
  const value = (v: number) => formatNumberVi(v, 2);
  switch (random.int(0, 5)) {
    case 0:
      return `${stem.name} ${field} 6 tháng đầu năm ${year} đạt ${value(actual)}${stem.unit === '%' ? '%' : ` ${stem.unit}`}, mục tiêu năm ${year} là ${value(target)}${stem.unit === '%' ? '%' : ` ${stem.unit}`}.`;
    case 1:
      return `Tại ${random.pick(PROVINCES)}, ${stem.name.charAt(0).toLowerCase()}${stem.name.slice(1)} mới đạt ${value(actual)}%, các tỉnh mới đạt ${value(actual / 2)}%.`;
    case 2:
      return `Đến nay đã có ${formatNumberVi(random.int(1000, 2_000_000), 0)} hồ sơ được xử lý trực tuyến, tăng ${value(random.next() * 40)}% so với cùng kỳ năm ${year - 1}.`;
    case 3:
      return `Kinh tế số ước đạt khoảng ${value(random.next() * 100)} tỷ USD, chiếm ${value(10 + random.next() * 10)}% GDP; xếp hạng đổi mới sáng tạo toàn cầu đứng thứ ${random.int(30, 60)}/${random.int(120, 140)}.`;
    case 4:
      return `Đã kết nối ${random.int(10, 61)}/61 tiện ích trên ứng dụng VNeID, ${random.int(20, 34)}/34 địa phương hoàn thành làm sạch dữ liệu.`;
    default:
      return `Chính phủ đã ban hành ${random.int(5, 40)} nghị định, ${random.int(2, 20)} chỉ thị và ${random.int(1, 15)} công điện về ${random.pick(TASK_OBJECTS)}.`;
  }
}

function deadlineWording(random: Random, year: number): string {
  switch (random.int(0, 6)) {
    case 0:
      return `hoàn thành trong tháng ${random.int(1, 12)}/${year}`;
    case 1:
      return `trong Quý ${random.pick(QUARTERS)}/${year + 1}`;
    case 2:
      return `hoàn thành trước ngày ${random.int(1, 28)}/${String(random.int(1, 12)).padStart(2, '0')}/${year + 1}`;
    case 3:
      return `trong năm ${year + 1}`;
    case 4:
      return `6 tháng cuối năm ${year}`;
    case 5:
      return 'nhiệm vụ thường xuyên';
    default:
      return 'theo lộ trình';
  }
}

function taskSentence(random: Random, year: number): string {
  const lead = random.chance(0.15) ? random.pick(SHORT_FORMS) : random.pick(LEADS);
  const partner = random.chance(0.5) ? `, phối hợp với ${random.pick(LEADS)}` : '';
  const output = random.chance(0.5) ? `, ${random.pick(TASK_OUTPUTS)}` : '';
  const opening = random.pick(['Thủ tướng giao ', 'Thủ tướng yêu cầu ', 'Giao ', '']);
  return `${opening}${lead} chủ trì${partner} ${random.pick(TASK_ACTIONS)} ${random.pick(TASK_OBJECTS)}${output}, ${deadlineWording(random, year)}.`;
}

function paragraph(random: Random, sentences: () => string): string {
  return Array.from({ length: random.int(1, 4) }, sentences).join(' ');
}

/** One session text of roughly 4–30 KB. */
export function sessionText(random: Random, index: number): SessionText {
  const year = random.int(2021, 2026);
  const number = random.int(1, 5);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  const title = `Phiên họp lần ${sessionOrdinalVi(number)} năm ${year} của ${COMMITTEE}`;
  const parts = [
    title.toUpperCase(),
    `Ngày ${day}/${month}/${year}, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính, Trưởng Ban Chỉ đạo, chủ trì ${title}. Phiên họp được tổ chức trực tiếp kết hợp trực tuyến với ${PROVINCES.length} tỉnh, thành phố.`,
    'I. ĐÁNH GIÁ KẾT QUẢ',
    ...Array.from({ length: random.int(4, 30) }, () => paragraph(random, () => figureSentence(random, year))),
    'II. TỒN TẠI, HẠN CHẾ',
    `Còn ${random.int(5, 120)} nhiệm vụ chậm tiến độ thuộc trách nhiệm của ${random.int(2, 17)} bộ, ngành; việc kết nối, chia sẻ dữ liệu giữa các bộ, ngành, địa phương còn chậm.`,
    'III. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM',
    ...Array.from({ length: random.int(4, 40) }, () => paragraph(random, () => taskSentence(random, year))),
    'Văn phòng Chính phủ thông báo để các bộ, cơ quan, địa phương liên quan biết, thực hiện./.',
  ];
  return { source: `phien-hop-${String(index).padStart(4, '0')}.txt`, text: parts.join('\n\n') };
}

/** `count` texts, made one at a time as they are asked for: 1,000 at once held 36 MB of strings. */
export function* sessionTexts(random: Random, count: number): Generator<SessionText> {
  for (let i = 0; i < count; i++) yield sessionText(random, i);
}
