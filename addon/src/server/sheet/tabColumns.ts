/** The other tabs of the contract: "Đảng viên", "Chỉ tiêu", "Ngày nghỉ", "Cấu hình" — and all five in order. */
import { columns, key, type TabDef, YES } from './columns.ts';

export const MEMBERS: TabDef = {
  id: 'members',
  name: 'Đảng viên',
  aliases: ['danh sach dang vien', 'dang vien chi bo'],
  keyPrefix: 'DV',
  tabColor: '#d93025',
  frozenColumns: 2,
  columns: [
    key('DV'),
    ...columns([
      [
        'name',
        'name',
        'Họ và tên',
        'ho ten|ten|ho va ten dang vien|ho ten dang vien',
        'Họ và tên đảng viên của chi bộ. Người giới thiệu và đảng viên giúp đỡ ở bảng “Quần chúng” được tìm theo họ tên này.',
      ],
      [
        'joinedUnitDate',
        'day',
        'Ngày vào đơn vị',
        'ngay ve don vi|ngay vao truong|ngay ve truong|ngay vao co quan|ngay chuyen sinh hoat den',
        'Ngày bắt đầu công tác (và sinh hoạt) ở đơn vị. Dùng để tính thời gian cùng đơn vị với quần chúng được giới thiệu.',
      ],
      [
        'ceremonyDate',
        'day',
        'Ngày kết nạp',
        'ngay vao dang|ngay le ket nap|ngay ket nap dang',
        'Ngày được kết nạp vào Đảng (ngày lễ kết nạp).',
      ],
      [
        'officialSince',
        'day',
        'Ngày chính thức',
        'ngay cong nhan chinh thuc|ngay chuyen chinh thuc|ngay tro thanh dang vien chinh thuc|ngay dang vien chinh thuc',
        'Ngày trở thành đảng viên chính thức. Để trống nếu còn dự bị — đảng viên dự bị không được giới thiệu người vào Đảng.',
      ],
      [
        'exempt',
        'yesNo',
        'Miễn sinh hoạt',
        'mien sh|duoc mien sinh hoat|mien cong tac va sinh hoat dang|mien sinh hoat dang',
        'Có nếu đảng viên được miễn công tác và sinh hoạt đảng (không tính vào số phải biểu quyết, trừ khi có tham gia).',
      ],
      [
        'temporarilyAway',
        'yesNo',
        'Sinh hoạt tạm thời nơi khác',
        'sinh hoat tam thoi|sh tam thoi|sinh hoat tam thoi o noi khac|di sinh hoat tam thoi',
        'Có nếu đảng viên đang sinh hoạt tạm thời ở đảng bộ, chi bộ khác.',
      ],
      // A probationary member's admission and recognition: the facts 13-KNĐ needs.
      [
        'decisionDate',
        'day',
        'Ngày quyết định kết nạp',
        'ngay qd ket nap|quyet dinh ket nap',
        'Ngày ghi trên quyết định kết nạp (mẫu 9-KNĐ); tuổi đảng tính từ ngày này.',
      ],
      [
        'officialResolutionDate',
        'day',
        'Ngày NQ chi bộ đề nghị công nhận chính thức',
        'ngay nq de nghi chinh thuc|ngay chi bo xet chinh thuc|ngay nq chi bo de nghi chinh thuc',
        'Với đảng viên dự bị: ngày chi bộ họp xét, ra nghị quyết đề nghị công nhận chính thức (mẫu 13-KNĐ) — trùng với một ngày họp ở bảng “Họp chi bộ”.',
      ],
      [
        'officialVotesFor',
        'count',
        'Số phiếu tán thành công nhận',
        'so phieu tan thanh chinh thuc|phieu tan thanh cong nhan|so dang vien tan thanh cong nhan',
        'Số đảng viên chính thức tán thành việc công nhận đảng viên dự bị này là đảng viên chính thức, tại cuộc họp ngày ở cột bên trái.',
        100,
      ],
      [
        'officialDecisionDate',
        'day',
        'Ngày quyết định công nhận chính thức',
        'ngay qd cong nhan chinh thuc|quyet dinh cong nhan chinh thuc',
        'Ngày ghi trên quyết định công nhận đảng viên chính thức của cấp ủy có thẩm quyền (mẫu 16-KNĐ).',
      ],
    ]),
  ],
};

export const TARGETS: TabDef = {
  id: 'targets',
  name: 'Chỉ tiêu',
  aliases: ['chi tieu nam', 'chi tieu ket nap', 'chi tieu phat trien dang vien'],
  tabColor: '#188038',
  columns: columns([
    ['year', 'year', 'Năm', 'nam chi tieu', 'Năm áp dụng chỉ tiêu, ví dụ 2026.', 70],
    [
      'admitted',
      'count',
      'Kết nạp',
      'so ket nap|chi tieu ket nap|so dang vien ket nap|ket nap dang vien',
      'Số đảng viên mới cấp trên giao kết nạp trong năm.',
    ],
    [
      'students',
      'count',
      'Trong đó học sinh, sinh viên',
      'hoc sinh, sinh vien|hoc sinh|trong do hoc sinh|hs, sv',
      'Trong số kết nạp: bao nhiêu là học sinh, sinh viên.',
      120,
    ],
    ['women', 'count', 'Trong đó nữ', 'nu|dang vien nu', 'Trong số kết nạp: bao nhiêu là nữ.'],
    [
      'awarenessClass',
      'count',
      'Cử đi học lớp nhận thức',
      'lop nhan thuc|hoc lop nhan thuc|cu hoc lop nhan thuc|lop boi duong nhan thuc ve dang',
      'Số quần chúng cử đi học lớp bồi dưỡng nhận thức về Đảng trong năm.',
      120,
    ],
  ]),
};

export const HOLIDAYS: TabDef = {
  id: 'holidays',
  name: 'Ngày nghỉ',
  aliases: ['ngay le', 'lich nghi', 'ngay nghi le'],
  tabColor: '#f9ab00',
  columns: columns([
    [
      'day',
      'day',
      'Ngày',
      'ngay nghi|ngay lam bu',
      'Một ngày nghỉ thêm ngoài các ngày lễ, Tết tiện ích đã biết (ví dụ ngày nghỉ bù do Chính phủ công bố), hoặc một ngày làm bù.',
    ],
    [
      'kind',
      'dayKind',
      'Loại',
      'loai ngay|nghi hay lam bu',
      '“Nghỉ” (không tính là ngày làm việc) hoặc “Làm bù” (thứ Bảy đi làm bù, tính là ngày làm việc). Để trống là Nghỉ.',
      90,
    ],
    [
      'note',
      'text',
      'Ghi chú',
      'ly do|dien giai',
      'Ghi chú cho người đọc (tiện ích không đọc cột này).',
      260,
    ],
  ]),
};

/** "Cấu hình" is a two-column list: what, then its value. */
export const CONFIG: TabDef = {
  id: 'config',
  name: 'Cấu hình',
  aliases: ['thiet lap', 'cai dat', 'thong tin chi bo'],
  tabColor: '#5f6368',
  columns: columns([
    ['label', 'text', 'Mục', 'noi dung|thong tin', 'Tên mục (đừng sửa).', 220],
    ['value', 'text', 'Giá trị', 'gia tri ghi vao', 'Ghi giá trị của từng mục vào cột này.', 320],
    ['help', 'text', 'Hướng dẫn', 'giai thich|ghi chu', 'Giải thích từng mục.', 420],
  ]),
};

export interface ConfigItem {
  id: ConfigItemId;
  label: string;
  aliases: readonly string[];
  kind: ConfigItemKind;
  help: string;
  /** value the template writes */
  initial?: string;
}

export type ConfigItemId =
  | 'unitName'
  | 'superiorName'
  | 'place'
  | 'secretaryName'
  | 'hasYouthUnion'
  | 'hasTradeUnion'
  | 'backendUrl'
  | 'unitId'
  | 'nextClassDate'
  | 'meetingDay'
  | 'targetsDocumentNumber'
  | 'targetsDocumentDate';

type ConfigItemKind = 'text' | 'yesNo' | 'url' | 'date' | 'dayOfMonth';

/**
 * The lines of "Cấu hình", as rows: id, kind, label, the other labels it may be written as
 * (folded as a column's aliases are, '|' between them), the guidance, and the value the template
 * writes when it writes one.
 */
type ConfigRow = readonly [
  id: ConfigItemId,
  kind: ConfigItemKind,
  label: string,
  aliases: string,
  help: string,
  initial?: string,
];

export const CONFIG_ITEMS: readonly ConfigItem[] = (
  [
    [
      'unitName',
      'text',
      'Tên chi bộ',
      'ten don vi|chi bo|ten to chuc dang',
      'Ví dụ: Chi bộ Trường THPT Lê Quý Đôn. Hiện ở đầu bảng điều khiển và trong các văn bản.',
    ],
    [
      'superiorName',
      'text',
      'Cấp ủy cấp trên',
      'ten cap uy cap tren|cap tren|dang uy cap tren',
      'Ví dụ: Đảng ủy xã Đinh Văn.',
    ],
    [
      'place',
      'text',
      'Địa danh',
      'dia danh ghi ngay thang|noi ban hanh',
      'Địa danh ở dòng ngày tháng của văn bản, ví dụ: Lâm Hà.',
    ],
    [
      'secretaryName',
      'text',
      'Bí thư chi bộ',
      'ho ten bi thu|bi thu|ho va ten bi thu',
      'Họ tên người ký văn bản.',
    ],
    [
      'hasYouthUnion',
      'yesNo',
      'Có tổ chức Đoàn',
      'co doan|don vi co to chuc doan|co to chuc doan tncs',
      'Có nếu đơn vị có tổ chức Đoàn TNCS Hồ Chí Minh (khi đó quần chúng trong tuổi Đoàn phải là đoàn viên, được Đoàn giới thiệu).',
      YES,
    ],
    [
      'hasTradeUnion',
      'yesNo',
      'Có Công đoàn',
      'co to chuc cong doan|don vi co cong doan',
      'Có nếu đơn vị có Công đoàn cơ sở (nghị quyết giới thiệu của Công đoàn thay được một người giới thiệu).',
      YES,
    ],
    [
      'backendUrl',
      'url',
      'Địa chỉ máy chủ',
      'may chu|dia chi may chu ptdv|url may chu|backend url',
      'Địa chỉ máy chủ PTĐV do cấp ủy cấp trên cung cấp (bắt đầu bằng https://). Để trống thì tiện ích kiểm tra tại chỗ.',
    ],
    [
      'unitId',
      'text',
      'Mã đơn vị',
      'ma chi bo|unit id|ma to chuc',
      'Mã của chi bộ trên máy chủ PTĐV (cấp trên cung cấp), dùng khi gửi báo cáo. Không phải mật khẩu.',
    ],
    [
      'nextClassDate',
      'date',
      'Ngày khai giảng lớp nhận thức tới',
      'lop nhan thuc toi|ngay hoc lop nhan thuc|lop boi duong nhan thuc ve dang toi',
      'Ngày dự kiến của lớp bồi dưỡng nhận thức về Đảng gần nhất (dd/mm/yyyy). Để trống thì tiện ích ước tính 60 ngày kể từ hôm nay. Chỉ dùng để ước tính thời gian.',
    ],
    [
      'meetingDay',
      'dayOfMonth',
      'Ngày họp chi bộ định kỳ',
      'ngay sinh hoat chi bo|ngay sinh hoat dinh ky|hop chi bo hang thang vao ngay',
      'Ngày trong tháng chi bộ sinh hoạt định kỳ (1–31), ví dụ 5. Dùng để ước tính ngày chi bộ họp xét kết nạp.',
    ],
    [
      'targetsDocumentNumber',
      'text',
      'Số văn bản giao chỉ tiêu',
      'van ban giao chi tieu|so van ban cua cap tren giao chi tieu',
      'Số văn bản cấp ủy cấp trên giao chỉ tiêu phát triển đảng viên, ví dụ: 125-CV/ĐU. Dùng ở phần căn cứ của kế hoạch.',
    ],
    [
      'targetsDocumentDate',
      'date',
      'Ngày văn bản giao chỉ tiêu',
      'ngay giao chi tieu',
      'Ngày của văn bản giao chỉ tiêu (dd/mm/yyyy).',
    ],
  ] satisfies readonly ConfigRow[]
).map(([id, kind, label, aliases, help, initial]: ConfigRow) => {
  const item: ConfigItem = { id, label, aliases: aliases.split('|'), kind, help };
  if (initial !== undefined) item.initial = initial;
  return item;
});
