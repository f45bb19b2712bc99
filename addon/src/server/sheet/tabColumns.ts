/** The other tabs of the contract: "Đảng viên", "Chỉ tiêu", "Ngày nghỉ", "Cấu hình" — and all five in order. */
import { DAY_KINDS, date, key, type TabDef, YES, yesNo } from './columns.ts';

export const MEMBERS: TabDef = {
  id: 'members',
  name: 'Đảng viên',
  aliases: ['Danh sách đảng viên', 'Đảng viên chi bộ'],
  keyPrefix: 'DV',
  tabColor: '#d93025',
  frozenColumns: 2,
  columns: [
    key('DV'),
    {
      id: 'name',
      header: 'Họ và tên',
      aliases: ['Họ tên', 'Tên', 'Họ và tên đảng viên', 'Họ tên đảng viên'],
      kind: 'name',
      hint: 'Họ và tên đảng viên của chi bộ. Người giới thiệu và đảng viên giúp đỡ ở bảng “Quần chúng” được tìm theo họ tên này.',
      width: 180,
    },
    date(
      'joinedUnitDate',
      'Ngày vào đơn vị',
      [
        'Ngày về đơn vị',
        'Ngày vào trường',
        'Ngày về trường',
        'Ngày vào cơ quan',
        'Ngày chuyển sinh hoạt đến',
      ],
      'Ngày bắt đầu công tác (và sinh hoạt) ở đơn vị. Dùng để tính thời gian cùng đơn vị với quần chúng được giới thiệu.',
    ),
    date(
      'ceremonyDate',
      'Ngày kết nạp',
      ['Ngày vào Đảng', 'Ngày lễ kết nạp', 'Ngày kết nạp Đảng'],
      'Ngày được kết nạp vào Đảng (ngày lễ kết nạp).',
    ),
    date(
      'officialSince',
      'Ngày chính thức',
      [
        'Ngày công nhận chính thức',
        'Ngày chuyển chính thức',
        'Ngày trở thành đảng viên chính thức',
        'Ngày đảng viên chính thức',
      ],
      'Ngày trở thành đảng viên chính thức. Để trống nếu còn dự bị — đảng viên dự bị không được giới thiệu người vào Đảng.',
    ),
    yesNo(
      'exempt',
      'Miễn sinh hoạt',
      ['Miễn SH', 'Được miễn sinh hoạt', 'Miễn công tác và sinh hoạt đảng', 'Miễn sinh hoạt đảng'],
      'Có nếu đảng viên được miễn công tác và sinh hoạt đảng (không tính vào số phải biểu quyết, trừ khi có tham gia).',
    ),
    yesNo(
      'temporarilyAway',
      'Sinh hoạt tạm thời nơi khác',
      ['Sinh hoạt tạm thời', 'SH tạm thời', 'Sinh hoạt tạm thời ở nơi khác', 'Đi sinh hoạt tạm thời'],
      'Có nếu đảng viên đang sinh hoạt tạm thời ở đảng bộ, chi bộ khác.',
    ),
    // A probationary member's admission and recognition: the facts 13-KNĐ needs.
    date(
      'decisionDate',
      'Ngày quyết định kết nạp',
      ['Ngày QĐ kết nạp', 'Quyết định kết nạp'],
      'Ngày ghi trên quyết định kết nạp (mẫu 9-KNĐ); tuổi đảng tính từ ngày này.',
    ),
    date(
      'officialResolutionDate',
      'Ngày NQ chi bộ đề nghị công nhận chính thức',
      ['Ngày NQ đề nghị chính thức', 'Ngày chi bộ xét chính thức', 'Ngày NQ chi bộ đề nghị chính thức'],
      'Với đảng viên dự bị: ngày chi bộ họp xét, ra nghị quyết đề nghị công nhận chính thức (mẫu 13-KNĐ) — trùng với một ngày họp ở bảng “Họp chi bộ”.',
    ),
    {
      id: 'officialVotesFor',
      header: 'Số phiếu tán thành công nhận',
      aliases: [
        'Số phiếu tán thành chính thức',
        'Phiếu tán thành công nhận',
        'Số đảng viên tán thành công nhận',
      ],
      kind: 'count',
      hint: 'Số đảng viên chính thức tán thành việc công nhận đảng viên dự bị này là đảng viên chính thức, tại cuộc họp ngày ở cột bên trái.',
      width: 100,
    },
    date(
      'officialDecisionDate',
      'Ngày quyết định công nhận chính thức',
      ['Ngày QĐ công nhận chính thức', 'Quyết định công nhận chính thức'],
      'Ngày ghi trên quyết định công nhận đảng viên chính thức của cấp ủy có thẩm quyền (mẫu 16-KNĐ).',
    ),
  ],
};

export const TARGETS: TabDef = {
  id: 'targets',
  name: 'Chỉ tiêu',
  aliases: ['Chỉ tiêu năm', 'Chỉ tiêu kết nạp', 'Chỉ tiêu phát triển đảng viên'],
  tabColor: '#188038',
  columns: [
    {
      id: 'year',
      header: 'Năm',
      aliases: ['Năm chỉ tiêu'],
      kind: 'year',
      hint: 'Năm áp dụng chỉ tiêu, ví dụ 2026.',
      width: 70,
    },
    {
      id: 'admitted',
      header: 'Kết nạp',
      aliases: ['Số kết nạp', 'Chỉ tiêu kết nạp', 'Số đảng viên kết nạp', 'Kết nạp đảng viên'],
      kind: 'count',
      hint: 'Số đảng viên mới cấp trên giao kết nạp trong năm.',
      width: 90,
    },
    {
      id: 'students',
      header: 'Trong đó học sinh, sinh viên',
      aliases: ['Học sinh, sinh viên', 'Học sinh', 'Trong đó học sinh', 'HS, SV'],
      kind: 'count',
      hint: 'Trong số kết nạp: bao nhiêu là học sinh, sinh viên.',
      width: 120,
    },
    {
      id: 'women',
      header: 'Trong đó nữ',
      aliases: ['Nữ', 'Đảng viên nữ'],
      kind: 'count',
      hint: 'Trong số kết nạp: bao nhiêu là nữ.',
      width: 90,
    },
    {
      id: 'awarenessClass',
      header: 'Cử đi học lớp nhận thức',
      aliases: [
        'Lớp nhận thức',
        'Học lớp nhận thức',
        'Cử học lớp nhận thức',
        'Lớp bồi dưỡng nhận thức về Đảng',
      ],
      kind: 'count',
      hint: 'Số quần chúng cử đi học lớp bồi dưỡng nhận thức về Đảng trong năm.',
      width: 120,
    },
  ],
};

export const HOLIDAYS: TabDef = {
  id: 'holidays',
  name: 'Ngày nghỉ',
  aliases: ['Ngày lễ', 'Lịch nghỉ', 'Ngày nghỉ lễ'],
  tabColor: '#f9ab00',
  columns: [
    {
      id: 'day',
      header: 'Ngày',
      aliases: ['Ngày nghỉ', 'Ngày làm bù'],
      kind: 'day',
      hint: 'Một ngày nghỉ thêm ngoài các ngày lễ, Tết tiện ích đã biết (ví dụ ngày nghỉ bù do Chính phủ công bố), hoặc một ngày làm bù.',
      width: 110,
    },
    {
      id: 'kind',
      header: 'Loại',
      aliases: ['Loại ngày', 'Nghỉ hay làm bù'],
      kind: 'dayKind',
      hint: '“Nghỉ” (không tính là ngày làm việc) hoặc “Làm bù” (thứ Bảy đi làm bù, tính là ngày làm việc). Để trống là Nghỉ.',
      options: DAY_KINDS,
      width: 90,
    },
    {
      id: 'note',
      header: 'Ghi chú',
      aliases: ['Lý do', 'Diễn giải'],
      kind: 'text',
      hint: 'Ghi chú cho người đọc (tiện ích không đọc cột này).',
      width: 260,
    },
  ],
};

/** "Cấu hình" is a two-column list: what, then its value. */
export const CONFIG: TabDef = {
  id: 'config',
  name: 'Cấu hình',
  aliases: ['Cau hinh', 'Thiết lập', 'Cài đặt', 'Thông tin chi bộ'],
  tabColor: '#5f6368',
  columns: [
    {
      id: 'label',
      header: 'Mục',
      aliases: ['Nội dung', 'Thông tin'],
      kind: 'text',
      hint: 'Tên mục (đừng sửa).',
      width: 220,
    },
    {
      id: 'value',
      header: 'Giá trị',
      aliases: ['Giá trị ghi vào'],
      kind: 'text',
      hint: 'Ghi giá trị của từng mục vào cột này.',
      width: 320,
    },
    {
      id: 'help',
      header: 'Hướng dẫn',
      aliases: ['Giải thích', 'Ghi chú'],
      kind: 'text',
      hint: 'Giải thích từng mục.',
      width: 420,
    },
  ],
};

export interface ConfigItem {
  id:
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
  label: string;
  aliases: readonly string[];
  kind: 'text' | 'yesNo' | 'url' | 'date' | 'dayOfMonth';
  help: string;
  /** value the template writes */
  initial?: string;
}

export const CONFIG_ITEMS: readonly ConfigItem[] = [
  {
    id: 'unitName',
    label: 'Tên chi bộ',
    aliases: ['Tên đơn vị', 'Chi bộ', 'Tên tổ chức đảng'],
    kind: 'text',
    help: 'Ví dụ: Chi bộ Trường THPT Lê Quý Đôn. Hiện ở đầu bảng điều khiển và trong các văn bản.',
  },
  {
    id: 'superiorName',
    label: 'Cấp ủy cấp trên',
    aliases: ['Tên cấp ủy cấp trên', 'Cấp trên', 'Đảng ủy cấp trên'],
    kind: 'text',
    help: 'Ví dụ: Đảng ủy xã Đinh Văn.',
  },
  {
    id: 'place',
    label: 'Địa danh',
    aliases: ['Địa danh ghi ngày tháng', 'Nơi ban hành'],
    kind: 'text',
    help: 'Địa danh ở dòng ngày tháng của văn bản, ví dụ: Lâm Hà.',
  },
  {
    id: 'documentNumber',
    label: 'Số văn bản',
    aliases: ['Số kế hoạch', 'Số hiệu văn bản'],
    kind: 'text',
    help: 'Số của kế hoạch, ví dụ: 05-KH/CB.',
  },
  {
    id: 'secretaryName',
    label: 'Bí thư chi bộ',
    aliases: ['Họ tên bí thư', 'Bí thư', 'Họ và tên bí thư'],
    kind: 'text',
    help: 'Họ tên người ký văn bản.',
  },
  {
    id: 'hasYouthUnion',
    label: 'Có tổ chức Đoàn',
    aliases: ['Có Đoàn', 'Đơn vị có tổ chức Đoàn', 'Có tổ chức Đoàn TNCS'],
    kind: 'yesNo',
    help: 'Có nếu đơn vị có tổ chức Đoàn TNCS Hồ Chí Minh (khi đó quần chúng trong tuổi Đoàn phải là đoàn viên, được Đoàn giới thiệu).',
    initial: YES,
  },
  {
    id: 'hasTradeUnion',
    label: 'Có Công đoàn',
    aliases: ['Có tổ chức Công đoàn', 'Đơn vị có Công đoàn'],
    kind: 'yesNo',
    help: 'Có nếu đơn vị có Công đoàn cơ sở (nghị quyết giới thiệu của Công đoàn thay được một người giới thiệu).',
    initial: YES,
  },
  {
    id: 'backendUrl',
    label: 'Địa chỉ máy chủ',
    aliases: ['Máy chủ', 'Địa chỉ máy chủ PTĐV', 'URL máy chủ', 'Backend URL'],
    kind: 'url',
    help: 'Địa chỉ máy chủ PTĐV do cấp ủy cấp trên cung cấp (bắt đầu bằng https://). Để trống thì tiện ích kiểm tra tại chỗ.',
  },
  {
    id: 'unitId',
    label: 'Mã đơn vị',
    aliases: ['Mã chi bộ', 'Unit id', 'Mã tổ chức'],
    kind: 'text',
    help: 'Mã của chi bộ trên máy chủ PTĐV (cấp trên cung cấp), dùng khi gửi báo cáo. Không phải mật khẩu.',
  },
  {
    id: 'nextClassDate',
    label: 'Ngày khai giảng lớp nhận thức tới',
    aliases: ['Lớp nhận thức tới', 'Ngày học lớp nhận thức', 'Lớp bồi dưỡng nhận thức về Đảng tới'],
    kind: 'date',
    help: 'Ngày dự kiến của lớp bồi dưỡng nhận thức về Đảng gần nhất (dd/mm/yyyy). Để trống thì tiện ích ước tính 60 ngày kể từ hôm nay. Chỉ dùng để ước tính thời gian.',
  },
  {
    id: 'meetingDay',
    label: 'Ngày họp chi bộ định kỳ',
    aliases: ['Ngày sinh hoạt chi bộ', 'Ngày sinh hoạt định kỳ', 'Họp chi bộ hằng tháng vào ngày'],
    kind: 'dayOfMonth',
    help: 'Ngày trong tháng chi bộ sinh hoạt định kỳ (1–31), ví dụ 5. Dùng để ước tính ngày chi bộ họp xét kết nạp.',
  },
  {
    id: 'targetsDocumentNumber',
    label: 'Số văn bản giao chỉ tiêu',
    aliases: ['Văn bản giao chỉ tiêu', 'Số văn bản của cấp trên giao chỉ tiêu'],
    kind: 'text',
    help: 'Số văn bản cấp ủy cấp trên giao chỉ tiêu phát triển đảng viên, ví dụ: 125-CV/ĐU. Dùng ở phần căn cứ của kế hoạch.',
  },
  {
    id: 'targetsDocumentDate',
    label: 'Ngày văn bản giao chỉ tiêu',
    aliases: ['Ngày giao chỉ tiêu'],
    kind: 'date',
    help: 'Ngày của văn bản giao chỉ tiêu (dd/mm/yyyy).',
  },
];
