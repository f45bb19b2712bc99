/** The other tabs of the contract: "Đảng viên", "Chỉ tiêu", "Ngày nghỉ", "Cấu hình" — and all five in order. */
import { columns, key, type TabDef, YES } from './columns.ts';

export const MEMBERS: TabDef = {
  id: 'members',
  name: 'Đảng viên',
  aliases: ['Danh sách đảng viên', 'Đảng viên chi bộ'],
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
        'Họ tên|Tên|Họ và tên đảng viên|Họ tên đảng viên',
        'Họ và tên đảng viên của chi bộ. Người giới thiệu và đảng viên giúp đỡ ở bảng “Quần chúng” được tìm theo họ tên này.',
      ],
      [
        'joinedUnitDate',
        'day',
        'Ngày vào đơn vị',
        'Ngày về đơn vị|Ngày vào trường|Ngày về trường|Ngày vào cơ quan|Ngày chuyển sinh hoạt đến',
        'Ngày bắt đầu công tác (và sinh hoạt) ở đơn vị. Dùng để tính thời gian cùng đơn vị với quần chúng được giới thiệu.',
      ],
      [
        'ceremonyDate',
        'day',
        'Ngày kết nạp',
        'Ngày vào Đảng|Ngày lễ kết nạp|Ngày kết nạp Đảng',
        'Ngày được kết nạp vào Đảng (ngày lễ kết nạp).',
      ],
      [
        'officialSince',
        'day',
        'Ngày chính thức',
        'Ngày công nhận chính thức|Ngày chuyển chính thức|Ngày trở thành đảng viên chính thức|Ngày đảng viên chính thức',
        'Ngày trở thành đảng viên chính thức. Để trống nếu còn dự bị — đảng viên dự bị không được giới thiệu người vào Đảng.',
      ],
      [
        'exempt',
        'yesNo',
        'Miễn sinh hoạt',
        'Miễn SH|Được miễn sinh hoạt|Miễn công tác và sinh hoạt đảng|Miễn sinh hoạt đảng',
        'Có nếu đảng viên được miễn công tác và sinh hoạt đảng (không tính vào số phải biểu quyết, trừ khi có tham gia).',
      ],
      [
        'temporarilyAway',
        'yesNo',
        'Sinh hoạt tạm thời nơi khác',
        'Sinh hoạt tạm thời|SH tạm thời|Sinh hoạt tạm thời ở nơi khác|Đi sinh hoạt tạm thời',
        'Có nếu đảng viên đang sinh hoạt tạm thời ở đảng bộ, chi bộ khác.',
      ],
      // A probationary member's admission and recognition: the facts 13-KNĐ needs.
      [
        'decisionDate',
        'day',
        'Ngày quyết định kết nạp',
        'Ngày QĐ kết nạp|Quyết định kết nạp',
        'Ngày ghi trên quyết định kết nạp (mẫu 9-KNĐ); tuổi đảng tính từ ngày này.',
      ],
      [
        'officialResolutionDate',
        'day',
        'Ngày NQ chi bộ đề nghị công nhận chính thức',
        'Ngày NQ đề nghị chính thức|Ngày chi bộ xét chính thức|Ngày NQ chi bộ đề nghị chính thức',
        'Với đảng viên dự bị: ngày chi bộ họp xét, ra nghị quyết đề nghị công nhận chính thức (mẫu 13-KNĐ) — trùng với một ngày họp ở bảng “Họp chi bộ”.',
      ],
      [
        'officialVotesFor',
        'count',
        'Số phiếu tán thành công nhận',
        'Số phiếu tán thành chính thức|Phiếu tán thành công nhận|Số đảng viên tán thành công nhận',
        'Số đảng viên chính thức tán thành việc công nhận đảng viên dự bị này là đảng viên chính thức, tại cuộc họp ngày ở cột bên trái.',
        100,
      ],
      [
        'officialDecisionDate',
        'day',
        'Ngày quyết định công nhận chính thức',
        'Ngày QĐ công nhận chính thức|Quyết định công nhận chính thức',
        'Ngày ghi trên quyết định công nhận đảng viên chính thức của cấp ủy có thẩm quyền (mẫu 16-KNĐ).',
      ],
    ]),
  ],
};

export const TARGETS: TabDef = {
  id: 'targets',
  name: 'Chỉ tiêu',
  aliases: ['Chỉ tiêu năm', 'Chỉ tiêu kết nạp', 'Chỉ tiêu phát triển đảng viên'],
  tabColor: '#188038',
  columns: columns([
    ['year', 'year', 'Năm', 'Năm chỉ tiêu', 'Năm áp dụng chỉ tiêu, ví dụ 2026.', 70],
    [
      'admitted',
      'count',
      'Kết nạp',
      'Số kết nạp|Chỉ tiêu kết nạp|Số đảng viên kết nạp|Kết nạp đảng viên',
      'Số đảng viên mới cấp trên giao kết nạp trong năm.',
    ],
    [
      'students',
      'count',
      'Trong đó học sinh, sinh viên',
      'Học sinh, sinh viên|Học sinh|Trong đó học sinh|HS, SV',
      'Trong số kết nạp: bao nhiêu là học sinh, sinh viên.',
      120,
    ],
    ['women', 'count', 'Trong đó nữ', 'Nữ|Đảng viên nữ', 'Trong số kết nạp: bao nhiêu là nữ.'],
    [
      'awarenessClass',
      'count',
      'Cử đi học lớp nhận thức',
      'Lớp nhận thức|Học lớp nhận thức|Cử học lớp nhận thức|Lớp bồi dưỡng nhận thức về Đảng',
      'Số quần chúng cử đi học lớp bồi dưỡng nhận thức về Đảng trong năm.',
      120,
    ],
  ]),
};

export const HOLIDAYS: TabDef = {
  id: 'holidays',
  name: 'Ngày nghỉ',
  aliases: ['Ngày lễ', 'Lịch nghỉ', 'Ngày nghỉ lễ'],
  tabColor: '#f9ab00',
  columns: columns([
    [
      'day',
      'day',
      'Ngày',
      'Ngày nghỉ|Ngày làm bù',
      'Một ngày nghỉ thêm ngoài các ngày lễ, Tết tiện ích đã biết (ví dụ ngày nghỉ bù do Chính phủ công bố), hoặc một ngày làm bù.',
    ],
    [
      'kind',
      'dayKind',
      'Loại',
      'Loại ngày|Nghỉ hay làm bù',
      '“Nghỉ” (không tính là ngày làm việc) hoặc “Làm bù” (thứ Bảy đi làm bù, tính là ngày làm việc). Để trống là Nghỉ.',
      90,
    ],
    [
      'note',
      'text',
      'Ghi chú',
      'Lý do|Diễn giải',
      'Ghi chú cho người đọc (tiện ích không đọc cột này).',
      260,
    ],
  ]),
};

/** "Cấu hình" is a two-column list: what, then its value. */
export const CONFIG: TabDef = {
  id: 'config',
  name: 'Cấu hình',
  aliases: ['Cau hinh', 'Thiết lập', 'Cài đặt', 'Thông tin chi bộ'],
  tabColor: '#5f6368',
  columns: columns([
    ['label', 'text', 'Mục', 'Nội dung|Thông tin', 'Tên mục (đừng sửa).', 220],
    ['value', 'text', 'Giá trị', 'Giá trị ghi vào', 'Ghi giá trị của từng mục vào cột này.', 320],
    ['help', 'text', 'Hướng dẫn', 'Giải thích|Ghi chú', 'Giải thích từng mục.', 420],
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
  | 'documentNumber'
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
 * The lines of "Cấu hình", as rows: id, kind, label, the other labels it may be written as ('|'
 * between them), the guidance, and the value the template writes when it writes one.
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
      'Tên đơn vị|Chi bộ|Tên tổ chức đảng',
      'Ví dụ: Chi bộ Trường THPT Lê Quý Đôn. Hiện ở đầu bảng điều khiển và trong các văn bản.',
    ],
    [
      'superiorName',
      'text',
      'Cấp ủy cấp trên',
      'Tên cấp ủy cấp trên|Cấp trên|Đảng ủy cấp trên',
      'Ví dụ: Đảng ủy xã Đinh Văn.',
    ],
    [
      'place',
      'text',
      'Địa danh',
      'Địa danh ghi ngày tháng|Nơi ban hành',
      'Địa danh ở dòng ngày tháng của văn bản, ví dụ: Lâm Hà.',
    ],
    [
      'documentNumber',
      'text',
      'Số văn bản',
      'Số kế hoạch|Số hiệu văn bản',
      'Số của kế hoạch, ví dụ: 05-KH/CB.',
    ],
    [
      'secretaryName',
      'text',
      'Bí thư chi bộ',
      'Họ tên bí thư|Bí thư|Họ và tên bí thư',
      'Họ tên người ký văn bản.',
    ],
    [
      'hasYouthUnion',
      'yesNo',
      'Có tổ chức Đoàn',
      'Có Đoàn|Đơn vị có tổ chức Đoàn|Có tổ chức Đoàn TNCS',
      'Có nếu đơn vị có tổ chức Đoàn TNCS Hồ Chí Minh (khi đó quần chúng trong tuổi Đoàn phải là đoàn viên, được Đoàn giới thiệu).',
      YES,
    ],
    [
      'hasTradeUnion',
      'yesNo',
      'Có Công đoàn',
      'Có tổ chức Công đoàn|Đơn vị có Công đoàn',
      'Có nếu đơn vị có Công đoàn cơ sở (nghị quyết giới thiệu của Công đoàn thay được một người giới thiệu).',
      YES,
    ],
    [
      'backendUrl',
      'url',
      'Địa chỉ máy chủ',
      'Máy chủ|Địa chỉ máy chủ PTĐV|URL máy chủ|Backend URL',
      'Địa chỉ máy chủ PTĐV do cấp ủy cấp trên cung cấp (bắt đầu bằng https://). Để trống thì tiện ích kiểm tra tại chỗ.',
    ],
    [
      'unitId',
      'text',
      'Mã đơn vị',
      'Mã chi bộ|Unit id|Mã tổ chức',
      'Mã của chi bộ trên máy chủ PTĐV (cấp trên cung cấp), dùng khi gửi báo cáo. Không phải mật khẩu.',
    ],
    [
      'nextClassDate',
      'date',
      'Ngày khai giảng lớp nhận thức tới',
      'Lớp nhận thức tới|Ngày học lớp nhận thức|Lớp bồi dưỡng nhận thức về Đảng tới',
      'Ngày dự kiến của lớp bồi dưỡng nhận thức về Đảng gần nhất (dd/mm/yyyy). Để trống thì tiện ích ước tính 60 ngày kể từ hôm nay. Chỉ dùng để ước tính thời gian.',
    ],
    [
      'meetingDay',
      'dayOfMonth',
      'Ngày họp chi bộ định kỳ',
      'Ngày sinh hoạt chi bộ|Ngày sinh hoạt định kỳ|Họp chi bộ hằng tháng vào ngày',
      'Ngày trong tháng chi bộ sinh hoạt định kỳ (1–31), ví dụ 5. Dùng để ước tính ngày chi bộ họp xét kết nạp.',
    ],
    [
      'targetsDocumentNumber',
      'text',
      'Số văn bản giao chỉ tiêu',
      'Văn bản giao chỉ tiêu|Số văn bản của cấp trên giao chỉ tiêu',
      'Số văn bản cấp ủy cấp trên giao chỉ tiêu phát triển đảng viên, ví dụ: 125-CV/ĐU. Dùng ở phần căn cứ của kế hoạch.',
    ],
    [
      'targetsDocumentDate',
      'date',
      'Ngày văn bản giao chỉ tiêu',
      'Ngày giao chỉ tiêu',
      'Ngày của văn bản giao chỉ tiêu (dd/mm/yyyy).',
    ],
  ] satisfies readonly ConfigRow[]
).map(([id, kind, label, aliases, help, initial]: ConfigRow) => {
  const item: ConfigItem = { id, label, aliases: aliases.split('|'), kind, help };
  if (initial !== undefined) item.initial = initial;
  return item;
});
