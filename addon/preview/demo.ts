/**
 * The demo cell of the local preview (and of the add-on tests): a school party cell with a dozen
 * candidates that cover the interesting cases, dated relative to "today" so that the cases stay
 * true whenever the preview runs. Fictional people.
 */
import { addDays, type Day, dayFromParts, toDay, yearOf } from '../../shared/dates/day.ts';
import { addMonths } from '../../shared/dates/months.ts';
import { CONFIG_ITEMS } from '../src/server/sheet/tabColumns.ts';

/** A date cell (loaded as a real Sheets date: serial number + dd/mm/yyyy format). */
export interface DateCell {
  date: Day;
}
export type DemoCell = string | number | boolean | DateCell;

export interface DemoTab {
  name: string;
  rows: DemoCell[][];
}

export const DEMO_UNIT = {
  id: 'thpt-le-quy-don',
  name: 'Chi bộ Trường THPT Lê Quý Đôn',
  superior: 'Đảng ủy xã Đinh Văn',
  place: 'Lâm Hà',
  secretary: 'Nguyễn Thị Hương',
  /** the seeded secretary of that unit in the local worker (worker/seed/demo.sql) */
  email: 'bithu@example.org',
} as const;

/** The commune's ban tổ chức: the superior of the demo cell in the local worker (the preview's second account). */
export const DEMO_SUPERIOR = {
  id: 'xa-dinh-van',
  name: 'Đảng bộ xã Đinh Văn',
  email: 'bantochuc@example.org',
} as const;

/** A date cell from a Day, or from a day written YYYY-MM-DD here (checked). */
const d = (date: string): DateCell => ({ date: toDay(date) });

/** The end of the school year (31/05) on or after today. */
export function schoolYearEnd(today: Day): Day {
  const y = yearOf(today);
  const thisYear = dayFromParts(y, 5, 31);
  return today <= thisYear ? thisYear : dayFromParts(y + 1, 5, 31);
}

function monthsAgo(today: Day, months: number, plusDays = 0): Day {
  return addDays(addMonths(today, -months), plusDays);
}

const CANDIDATE_HEADERS = [
  'Mã',
  'Họ và tên',
  'Giai đoạn',
  'Sớm nhất đủ điều kiện về thời gian',
  'Hạn tiếp theo',
  'Kết quả kiểm tra',
  'Ngày sinh',
  'Giới tính',
  'Dân tộc',
  'Tôn giáo',
  'Đối tượng',
  'Trình độ học vấn',
  'Vùng đặc biệt khó khăn',
  'Ngày vào đơn vị',
  'Dự kiến rời đơn vị',
  'Đoàn viên',
  'Ngày NQ Đoàn giới thiệu',
  'Ngày NQ Công đoàn giới thiệu',
  'Ngày vào DS cảm tình Đảng',
  'Đảng viên giúp đỡ',
  'Ngày cấp GCN lớp nhận thức',
  'Ngày viết đơn',
  'Ngày khai lý lịch',
  'Ngày chứng nhận lý lịch',
  'Miễn thẩm tra lý lịch',
  'Người giới thiệu 1',
  'Ngày giấy giới thiệu 1',
  'Người giới thiệu 2',
  'Ngày giấy giới thiệu 2',
  'Ngày tổng hợp nhận xét',
  'Dự kiến ngày chi bộ xét',
  'Ngày NQ chi bộ đề nghị kết nạp',
  'Số phiếu tán thành',
  'Ngày quyết định kết nạp',
  'Ngày lễ kết nạp',
  'Ngày quyết định công nhận chính thức',
  'Ngày thôi theo dõi',
] as const;

type CandidateField = (typeof CANDIDATE_HEADERS)[number];

function candidateRow(values: Partial<Record<CandidateField, DemoCell>>): DemoCell[] {
  return CANDIDATE_HEADERS.map((h) => values[h] ?? '');
}

const HUONG = 'Nguyễn Thị Hương';
const KHANH = 'Trần Quốc Khánh';
const NAM = 'Lê Văn Nam';
const DUNG = 'Phạm Văn Dũng';
const MAI = 'Hồ Thị Mai';
const TUAN = 'Võ Minh Tuấn';
const YEN = 'Đinh Thị Yến';
const LOAN = 'Cao Thị Loan';

/** Every tab of the demo cell, with "today" in the spreadsheet's zone. */
export function demoWorkbook(today: Day, backendUrl = ''): DemoTab[] {
  const y = Number(today.slice(0, 4));
  const leave = schoolYearEnd(today);
  const leaveYear = Number(leave.slice(0, 4));
  const ago = (months: number, plusDays = 0) => d(monthsAgo(today, months, plusDays));
  const days = (n: number) => d(addDays(today, n));
  const joinedSchool = (yearsAgo: number) => d(`${leaveYear - yearsAgo}-09-05`);

  const student = {
    'Giới tính': 'Nữ',
    'Dân tộc': 'Kinh',
    'Tôn giáo': 'Không',
    'Đối tượng': 'Học sinh',
    'Trình độ học vấn': 'THCS',
    'Vùng đặc biệt khó khăn': 'Không',
    'Đoàn viên': 'Có',
    'Dự kiến rời đơn vị': d(leave),
  } as const;
  const teacher = {
    'Dân tộc': 'Kinh',
    'Tôn giáo': 'Không',
    'Đối tượng': 'Giáo viên',
    'Trình độ học vấn': 'Cao đẳng/Đại học trở lên',
    'Vùng đặc biệt khó khăn': 'Không',
  } as const;
  const dossier = (monthsBack: number) => ({
    'Ngày vào DS cảm tình Đảng': ago(monthsBack + 4),
    'Ngày cấp GCN lớp nhận thức': ago(monthsBack + 3),
    'Ngày viết đơn': ago(monthsBack + 2),
    'Ngày khai lý lịch': ago(monthsBack + 2, 3),
    'Ngày chứng nhận lý lịch': ago(monthsBack + 1),
    'Ngày tổng hợp nhận xét': ago(monthsBack, -12),
  });

  const candidates: DemoCell[][] = [
    [...CANDIDATE_HEADERS],
    // 1. A grade-12 student who turns 18 only after leaving school.
    candidateRow({
      ...student,
      'Họ và tên': 'Nguyễn Minh Anh',
      'Ngày sinh': d(`${leaveYear - 18}-09-10`),
      'Ngày vào đơn vị': joinedSchool(3),
      'Ngày vào DS cảm tình Đảng': ago(10),
      'Đảng viên giúp đỡ': HUONG,
      'Ngày cấp GCN lớp nhận thức': ago(4),
      'Ngày viết đơn': ago(2),
      'Người giới thiệu 1': HUONG,
    }),
    // 2. A teacher whose awareness-class certificate is over 60 months old; one introducer new to the school.
    candidateRow({
      ...teacher,
      'Họ và tên': 'Trần Văn Bảo',
      'Ngày sinh': d('1990-04-12'),
      'Giới tính': 'Nam',
      'Ngày vào đơn vị': d('2016-08-15'),
      'Ngày vào DS cảm tình Đảng': ago(70),
      'Đảng viên giúp đỡ': KHANH,
      'Ngày cấp GCN lớp nhận thức': ago(66),
      'Ngày viết đơn': ago(3),
      'Ngày khai lý lịch': ago(3, 5),
      'Ngày chứng nhận lý lịch': ago(1),
      'Người giới thiệu 1': KHANH,
      'Ngày giấy giới thiệu 1': ago(1, 2),
      'Người giới thiệu 2': YEN,
      'Ngày giấy giới thiệu 2': ago(1, 2),
      'Ngày tổng hợp nhận xét': ago(0, -20),
    }),
    // 3. A student introduced by a probationary member, still without the Youth Union's resolution.
    candidateRow({
      ...student,
      'Họ và tên': 'Lê Thị Cúc',
      'Ngày sinh': d(`${y - 19}-02-03`),
      'Ngày vào đơn vị': joinedSchool(3),
      'Đảng viên giúp đỡ': DUNG,
      ...dossier(1),
      'Người giới thiệu 1': DUNG,
      'Ngày giấy giới thiệu 1': ago(1),
    }),
    // 4. Ready now: every paper in order.
    candidateRow({
      ...student,
      'Họ và tên': 'Phạm Thu Hà',
      'Ngày sinh': d(`${y - 18}-01-20`),
      'Ngày vào đơn vị': joinedSchool(3),
      'Ngày NQ Đoàn giới thiệu': ago(1),
      'Đảng viên giúp đỡ': NAM,
      ...dossier(1),
      'Người giới thiệu 1': NAM,
      'Ngày giấy giới thiệu 1': ago(1, 3),
    }),
    // 5. Proposed by the cell three weeks ago: the committee's decision is due in working days.
    candidateRow({
      ...teacher,
      'Họ và tên': 'Đỗ Quang Huy',
      'Ngày sinh': d('1995-07-08'),
      'Giới tính': 'Nam',
      'Ngày vào đơn vị': d('2019-08-20'),
      'Ngày NQ Công đoàn giới thiệu': ago(2),
      'Đảng viên giúp đỡ': TUAN,
      ...dossier(2),
      'Người giới thiệu 1': TUAN,
      'Ngày giấy giới thiệu 1': ago(2, 4),
      'Ngày NQ chi bộ đề nghị kết nạp': days(-21),
      'Số phiếu tán thành': 5,
    }),
    // 6. Proposed long ago: the decision is overdue.
    candidateRow({
      ...teacher,
      'Họ và tên': 'Vũ Thị Lan',
      'Ngày sinh': d('1993-11-30'),
      'Giới tính': 'Nữ',
      'Ngày vào đơn vị': d('2017-09-01'),
      'Ngày NQ Công đoàn giới thiệu': ago(5),
      'Đảng viên giúp đỡ': HUONG,
      ...dossier(5),
      'Người giới thiệu 1': HUONG,
      'Ngày giấy giới thiệu 1': ago(5, 4),
      'Ngày NQ chi bộ đề nghị kết nạp': ago(4),
      'Số phiếu tán thành': 5,
    }),
    // 7. Admission decided ten days ago: the ceremony is due.
    candidateRow({
      ...student,
      'Họ và tên': 'Bùi Đức Minh',
      'Giới tính': 'Nam',
      'Ngày sinh': d(`${y - 19}-03-15`),
      'Ngày vào đơn vị': joinedSchool(3),
      'Ngày NQ Đoàn giới thiệu': ago(3),
      'Đảng viên giúp đỡ': KHANH,
      ...dossier(3),
      'Người giới thiệu 1': KHANH,
      'Ngày giấy giới thiệu 1': ago(3, 5),
      'Ngày NQ chi bộ đề nghị kết nạp': ago(2),
      'Số phiếu tán thành': 6,
      'Ngày quyết định kết nạp': days(-10),
    }),
    // 8. In probation.
    candidateRow({
      ...teacher,
      'Họ và tên': 'Hoàng Thị Ngọc',
      'Ngày sinh': d('1997-05-21'),
      'Giới tính': 'Nữ',
      'Ngày vào đơn vị': d('2020-08-10'),
      'Ngày NQ Công đoàn giới thiệu': ago(12),
      ...dossier(12),
      'Người giới thiệu 1': NAM,
      'Ngày giấy giới thiệu 1': ago(12, 5),
      'Ngày NQ chi bộ đề nghị kết nạp': ago(10),
      'Số phiếu tán thành': 6,
      'Ngày quyết định kết nạp': ago(9),
      'Ngày lễ kết nạp': ago(8, 15),
    }),
    // 9. Recognised as a full member this year.
    candidateRow({
      ...teacher,
      'Họ và tên': 'Ngô Văn Phúc',
      'Ngày sinh': d('1992-10-02'),
      'Giới tính': 'Nam',
      'Ngày vào đơn vị': d('2015-09-01'),
      ...dossier(16),
      'Ngày NQ Công đoàn giới thiệu': ago(16),
      'Người giới thiệu 1': TUAN,
      'Ngày giấy giới thiệu 1': ago(16, 5),
      'Ngày NQ chi bộ đề nghị kết nạp': ago(15),
      'Số phiếu tán thành': 6,
      'Ngày quyết định kết nạp': ago(14, -20),
      'Ngày lễ kết nạp': ago(14),
      'Ngày quyết định công nhận chính thức': ago(1),
    }),
    // 10. A certificate that expires in a few weeks; background not declared yet; a helper's name without diacritics.
    candidateRow({
      ...teacher,
      'Họ và tên': 'Đặng Thị Quỳnh',
      'Ngày sinh': d('1992-12-12'),
      'Giới tính': 'Nữ',
      'Ngày vào đơn vị': d('2021-08-16'),
      'Đảng viên giúp đỡ': 'Le Van Nam',
      'Ngày cấp GCN lớp nhận thức': ago(58),
      'Ngày viết đơn': ago(1),
    }),
    // 11. Grade 11, source stage; "Cóo" typed in a Yes/No column.
    candidateRow({
      ...student,
      'Họ và tên': 'Lý Văn Sơn',
      'Giới tính': 'Nam',
      'Ngày sinh': d(`${leaveYear - 16}-06-01`),
      'Ngày vào đơn vị': joinedSchool(2),
      'Dự kiến rời đơn vị': d(`${leaveYear + 1}-05-31`),
      'Đoàn viên': 'Cóo',
      'Ngày vào DS cảm tình Đảng': ago(2),
    }),
    // 12. Trained, and an impossible date typed as text.
    candidateRow({
      ...teacher,
      'Họ và tên': 'Trịnh Thị Thu',
      'Ngày sinh': d('2000-03-08'),
      'Đoàn viên': 'Có',
      'Giới tính': 'Nữ',
      'Ngày vào đơn vị': d('2023-08-15'),
      'Ngày vào DS cảm tình Đảng': ago(9),
      'Ngày cấp GCN lớp nhận thức': ago(5),
      'Ngày viết đơn': `31/06/${y}`,
    }),
    // 13. Moved to another school: no longer followed.
    candidateRow({
      ...student,
      'Họ và tên': 'Mai Văn Tùng',
      'Giới tính': 'Nam',
      'Ngày sinh': d(`${leaveYear - 17}-08-19`),
      'Ngày vào đơn vị': joinedSchool(2),
      'Ngày vào DS cảm tình Đảng': ago(8),
      'Ngày thôi theo dõi': ago(2),
    }),
  ];

  const members: DemoCell[][] = [
    [
      'Mã',
      'Họ và tên',
      'Ngày vào đơn vị',
      'Ngày kết nạp',
      'Ngày chính thức',
      'Miễn sinh hoạt',
      'Sinh hoạt tạm thời nơi khác',
      'Ngày quyết định kết nạp',
      'Ngày NQ chi bộ đề nghị công nhận chính thức',
      'Số phiếu tán thành công nhận',
      'Ngày quyết định công nhận chính thức',
    ],
    ['', HUONG, d('2012-08-15'), d('2008-05-19'), d('2009-05-19'), 'Không', 'Không', '', '', '', ''],
    ['', KHANH, d('2015-09-01'), d('2010-03-03'), d('2011-03-03'), 'Không', 'Không', '', '', '', ''],
    ['', NAM, d('2018-08-20'), d('2014-12-22'), d('2015-12-22'), 'Không', 'Không', '', '', '', ''],
    // Probationary, on this tab only: due for recognition next month (counted in the plan and reports).
    ['', DUNG, d('2020-09-01'), ago(11), '', 'Không', 'Không', ago(11, -10), '', '', ''],
    ['', MAI, d('2010-09-05'), d('2005-02-03'), d('2006-02-03'), 'Có', 'Không', '', '', '', ''],
    ['', TUAN, d('2019-09-01'), d('2012-07-01'), d('2013-07-01'), 'Không', 'Không', '', '', '', ''],
    ['', YEN, ago(6), d('2016-06-10'), d('2017-06-10'), 'Không', 'Không', '', '', '', ''],
    // Probation ended ten days ago; the cell considered her recognition three days ago (5 of 5 votes).
    ['', LOAN, d('2019-08-20'), ago(12, -10), '', 'Không', 'Không', ago(12, -20), days(-3), 5, ''],
  ];

  // Two meetings: the one that proposed Bùi Đức Minh and put Lý Văn Sơn on the sympathiser list
  // (the exempt member voted), and the one that considered Cao Thị Loan's recognition.
  const meetings: DemoCell[][] = [
    [
      'Ngày họp',
      'Chủ trì',
      'Thư ký',
      'Vắng có lý do',
      'Vắng không lý do',
      'Miễn sinh hoạt, tạm vắng có biểu quyết',
      'Khách mời',
      'Địa điểm',
    ],
    [ago(2), HUONG, KHANH, '', '', MAI, '', 'Phòng họp Trường THPT Lê Quý Đôn'],
    [
      days(-3),
      HUONG,
      NAM,
      `${DUNG} (đi tập huấn)`,
      '',
      '',
      'Đỗ Thị Thanh Hà, Phó Bí thư Đảng ủy xã Đinh Văn',
      'Phòng họp Trường THPT Lê Quý Đôn',
    ],
  ];

  const targets: DemoCell[][] = [
    ['Năm', 'Kết nạp', 'Trong đó học sinh, sinh viên', 'Trong đó nữ', 'Cử đi học lớp nhận thức'],
    [y, 3, 2, 2, 10],
  ];

  const holidays: DemoCell[][] = [['Ngày', 'Loại', 'Ghi chú']];

  const help = (label: string) => CONFIG_ITEMS.find((i) => i.label === label)?.help ?? '';
  const config: DemoCell[][] = [
    ['Mục', 'Giá trị', 'Hướng dẫn'],
    ...(
      [
        ['Tên chi bộ', DEMO_UNIT.name],
        ['Cấp ủy cấp trên', DEMO_UNIT.superior],
        ['Địa danh', DEMO_UNIT.place],
        ['Bí thư chi bộ', DEMO_UNIT.secretary],
        ['Có tổ chức Đoàn', 'Có'],
        ['Có Công đoàn', 'Có'],
        ['Địa chỉ máy chủ', backendUrl],
        ['Mã đơn vị', DEMO_UNIT.id],
        ['Ngày khai giảng lớp nhận thức tới', ''],
        ['Ngày họp chi bộ định kỳ', 5],
        ['Số văn bản giao chỉ tiêu', ''],
        ['Ngày văn bản giao chỉ tiêu', ''],
      ] as const
    ).map(([label, value]): DemoCell[] => [label, value, help(label)]),
  ];

  return [
    { name: 'Quần chúng', rows: candidates },
    { name: 'Đảng viên', rows: members },
    { name: 'Họp chi bộ', rows: meetings },
    { name: 'Chỉ tiêu', rows: targets },
    { name: 'Ngày nghỉ', rows: holidays },
    { name: 'Cấu hình', rows: config },
  ];
}

/** Every name in the demo: the request must contain none of them. */
export function demoNames(workbook: readonly DemoTab[]): string[] {
  const names = new Set<string>();
  for (const tab of workbook) {
    if (tab.name !== 'Quần chúng' && tab.name !== 'Đảng viên') continue;
    const header = tab.rows[0] ?? [];
    header.forEach((h, c) => {
      if (typeof h !== 'string' || !/Họ và tên|Người giới thiệu \d|Đảng viên giúp đỡ/.test(h)) return;
      for (const row of tab.rows.slice(1)) {
        const v = row[c];
        if (typeof v === 'string' && v.trim() !== '') names.add(v.trim());
      }
    });
  }
  return [...names];
}
