/**
 * The sheet's contract (spec/contract.md §1): the tabs, their canonical headers, the aliases a
 * header may be written as, what each column holds, and the hint note the template puts on it.
 */

export type ColumnKind =
  /** the row key (Mã): computed, created when missing */
  | 'key'
  /** a person's name: stays in the sheet */
  | 'name'
  /** a full date dd/mm/yyyy */
  | 'day'
  /** a date, or mm/yyyy (birth dates) */
  | 'dayOrMonth'
  | 'yesNo'
  | 'gender'
  | 'ethnic'
  | 'religion'
  | 'category'
  | 'education'
  /** a whole number ≥ 0 */
  | 'count'
  /** the name of a member of the "Đảng viên" tab */
  | 'member'
  /** written by the add-on after each check */
  | 'computed'
  | 'year'
  /** "Nghỉ" / "Làm bù" */
  | 'dayKind'
  | 'text';

export interface ColumnDef {
  /** stable id; for candidates and members the request field it fills, when there is one */
  id: string;
  header: string;
  aliases: readonly string[];
  kind: ColumnKind;
  /** the header's note: what goes there and which form it comes from */
  hint: string;
  /** created by "Tạo bảng mẫu" (default); false: recognised when present, never added */
  optional?: boolean;
  /** dropdown values */
  options?: readonly string[];
  width?: number;
}

export type TabId = 'candidates' | 'members' | 'targets' | 'holidays' | 'config' | 'summary' | 'assign';

export interface TabDef {
  id: TabId;
  name: string;
  aliases: readonly string[];
  columns: readonly ColumnDef[];
  /** prefix of the keys created for new rows */
  keyPrefix?: string;
  tabColor: string;
  /** columns frozen on the left (key and name) */
  frozenColumns?: number;
}

export const YES = 'Có';
export const NO = 'Không';
export const YES_NO = [YES, NO] as const;

export const GENDERS = ['Nam', 'Nữ'] as const;

export const CATEGORY_LABELS = {
  student: 'Học sinh',
  higherEducationStudent: 'Sinh viên',
  teacher: 'Giáo viên',
  staff: 'Nhân viên',
  worker: 'Công nhân',
  farmer: 'Nông dân',
  armedForces: 'Lực lượng vũ trang',
  other: 'Khác',
} as const;

export const EDUCATION_LABELS = {
  none: 'Chưa hết tiểu học',
  primary: 'Tiểu học',
  lowerSecondary: 'THCS',
  upperSecondary: 'THPT',
  higher: 'Cao đẳng/Đại học trở lên',
} as const;

export const DAY_KINDS = ['Nghỉ', 'Làm bù'] as const;

const LOCK =
  '🔒 Cột tính tự động: tiện ích ghi vào đây sau mỗi lần “Kiểm tra danh sách”. Không cần nhập, sửa tay sẽ bị ghi đè.';

const key = (prefix: string): ColumnDef => ({
  id: 'key',
  header: 'Mã',
  aliases: ['Mã số', 'Mã dòng', 'Mã hồ sơ', 'ID', 'Key'],
  kind: 'key',
  hint: `🔒 Mã dòng do tiện ích tự cấp (${prefix}-0001, ${prefix}-0002…) khi ô còn trống. Mã giúp nhận ra từng người mà không gửi họ tên đi đâu; đừng sửa hay chép trùng mã.`,
  width: 80,
});

const date = (
  id: string,
  header: string,
  aliases: readonly string[],
  hint: string,
  optional = false,
): ColumnDef => ({
  id,
  header,
  aliases,
  kind: 'day',
  hint,
  width: 110,
  ...(optional ? { optional } : {}),
});

const yesNo = (
  id: string,
  header: string,
  aliases: readonly string[],
  hint: string,
  optional = false,
): ColumnDef => ({
  id,
  header,
  aliases,
  kind: 'yesNo',
  hint,
  options: YES_NO,
  width: 90,
  ...(optional ? { optional } : {}),
});

export const CANDIDATES: TabDef = {
  id: 'candidates',
  name: 'Quần chúng',
  aliases: ['Quần chúng ưu tú', 'Danh sách quần chúng', 'Quần chúng ưu tú cảm tình Đảng', 'Cảm tình Đảng'],
  keyPrefix: 'QC',
  tabColor: '#1a73e8',
  frozenColumns: 2,
  columns: [
    key('QC'),
    {
      id: 'name',
      header: 'Họ và tên',
      aliases: ['Họ tên', 'Tên', 'Họ và tên quần chúng', 'Họ tên quần chúng'],
      kind: 'name',
      hint: 'Họ và tên quần chúng. Họ tên chỉ nằm trong bảng tính này, không gửi lên máy chủ.',
      width: 180,
    },
    {
      id: 'stage',
      header: 'Giai đoạn',
      aliases: ['Giai đoạn hiện tại', 'Trạng thái'],
      kind: 'computed',
      hint: `${LOCK}\nGiai đoạn suy ra từ các ngày đã ghi: Tạo nguồn → Đã học lớp nhận thức → Đang hoàn thiện hồ sơ → Đủ điều kiện xét kết nạp → Chi bộ đã đề nghị → Đã có quyết định → Dự bị → Chính thức.`,
      width: 170,
    },
    {
      id: 'eligibleFrom',
      header: 'Đủ điều kiện từ',
      aliases: ['Ngày đủ điều kiện', 'Đủ điều kiện từ ngày'],
      kind: 'computed',
      hint: `${LOCK}\nNgày sớm nhất mọi điều kiện về thời gian đều đạt: đủ 18 tuổi (tính theo tháng), người giới thiệu đã chính thức và cùng đơn vị đủ 12 tháng, đã có giấy chứng nhận lớp nhận thức.`,
      width: 110,
    },
    {
      id: 'nextDue',
      header: 'Hạn tiếp theo',
      aliases: ['Hạn kế tiếp', 'Hạn gần nhất', 'Thời hạn tiếp theo'],
      kind: 'computed',
      hint: `${LOCK}\nHạn gần nhất phải làm (tính theo ngày làm việc): ra quyết định kết nạp, tổ chức lễ kết nạp, xét công nhận chính thức. Ô đỏ là đã quá hạn; ghi chú trên ô nói hạn gì.`,
      width: 110,
    },
    {
      id: 'summary',
      header: 'Kết quả kiểm tra',
      aliases: ['Kết quả', 'Ghi chú kiểm tra', 'Nhận xét kiểm tra'],
      kind: 'computed',
      hint: `${LOCK}\nTóm tắt lần kiểm tra gần nhất: ✖ việc còn chặn kết nạp, ⚠ việc cần chú ý. Rê chuột lên ô để xem đầy đủ; ô có nền đỏ/vàng ở bên phải cho biết cụ thể ô nào cần bổ sung.`,
      width: 280,
    },
    {
      id: 'birthDate',
      header: 'Ngày sinh',
      aliases: ['Sinh ngày', 'Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'Năm sinh', 'NS'],
      kind: 'dayOrMonth',
      hint: 'Ngày sinh dd/mm/yyyy (ví dụ 15/07/2008). Nếu chỉ biết tháng thì ghi mm/yyyy — đủ để tính tuổi, nhưng hồ sơ cần ghi đủ ngày.',
      width: 110,
    },
    {
      id: 'gender',
      header: 'Giới tính',
      aliases: ['Nam/Nữ', 'Nam, Nữ', 'Phái'],
      kind: 'gender',
      hint: 'Nam hoặc Nữ.',
      options: GENDERS,
      width: 80,
    },
    {
      id: 'ethnicMinority',
      header: 'Dân tộc',
      aliases: ['Dân tộc (Kinh/khác)'],
      kind: 'ethnic',
      hint: 'Tên dân tộc, ví dụ Kinh, Tày, Ê Đê, K’Ho… (để tính số liệu người dân tộc thiểu số).',
      width: 90,
    },
    {
      id: 'religion',
      header: 'Tôn giáo',
      aliases: ['Theo tôn giáo'],
      kind: 'religion',
      hint: 'Để trống hoặc ghi “Không” nếu không theo tôn giáo; nếu có thì ghi tên tôn giáo (Phật giáo, Công giáo…).',
      width: 100,
    },
    {
      id: 'category',
      header: 'Đối tượng',
      aliases: ['Thành phần', 'Đối tượng quần chúng', 'Nghề nghiệp', 'Loại đối tượng'],
      kind: 'category',
      hint: 'Chọn trong danh sách: Học sinh, Sinh viên, Giáo viên, Nhân viên, Công nhân, Nông dân, Lực lượng vũ trang, Khác.',
      options: Object.values(CATEGORY_LABELS),
      width: 120,
    },
    {
      id: 'education',
      header: 'Trình độ học vấn',
      aliases: ['Học vấn', 'Trình độ văn hóa', 'Văn hóa', 'Trình độ giáo dục phổ thông', 'Trình độ'],
      kind: 'education',
      hint: 'Bậc học đã hoàn thành. Học sinh đang học lớp 10–12 ghi THCS (đã tốt nghiệp THCS). Cần tốt nghiệp THCS trở lên (trừ vùng đặc biệt khó khăn).',
      options: Object.values(EDUCATION_LABELS),
      width: 150,
    },
    yesNo(
      'specialArea',
      'Vùng đặc biệt khó khăn',
      ['Vùng ĐBKK', 'Vùng khó khăn', 'Vùng sâu vùng xa', 'Miền núi, biên giới, hải đảo'],
      'Có nếu quần chúng sống ở miền núi, biên giới, hải đảo, vùng đồng bào dân tộc thiểu số, vùng đặc biệt khó khăn, hoặc là ngư dân bám biển (khi đó chỉ cần hết tiểu học).',
    ),
    date(
      'joinedUnitDate',
      'Ngày vào đơn vị',
      ['Ngày về đơn vị', 'Ngày vào trường', 'Ngày về trường', 'Ngày vào cơ quan', 'Ngày về cơ quan'],
      'Ngày bắt đầu học tập/công tác ở đơn vị. Dùng để tính thời gian cùng đơn vị với người giới thiệu (đủ 12 tháng).',
    ),
    date(
      'expectedLeaveDate',
      'Dự kiến rời đơn vị',
      [
        'Ngày rời đơn vị',
        'Ngày ra trường',
        'Dự kiến ra trường',
        'Ngày dự kiến rời đơn vị',
        'Ngày dự kiến ra trường',
      ],
      'Học sinh: ngày kết thúc lớp 12 (ví dụ 31/05). Cán bộ, giáo viên: ngày chuyển công tác hoặc nghỉ hưu nếu đã biết. Người rời đơn vị trước ngày đủ điều kiện sẽ được nhắc.',
    ),
    yesNo(
      'youthUnionMember',
      'Đoàn viên',
      ['Là đoàn viên', 'Đoàn viên TNCS'],
      'Có nếu là đoàn viên Đoàn TNCS Hồ Chí Minh.',
    ),
    date(
      'youthUnionResolutionDate',
      'Ngày NQ Đoàn giới thiệu',
      ['Ngày nghị quyết Đoàn giới thiệu', 'Ngày Đoàn giới thiệu', 'Ngày NQ Đoàn', 'NQ Đoàn giới thiệu'],
      'Ngày ghi trên Nghị quyết giới thiệu đoàn viên ưu tú của BCH Đoàn cơ sở — mẫu 4-KNĐ. Có giá trị 12 tháng.',
    ),
    date(
      'tradeUnionResolutionDate',
      'Ngày NQ Công đoàn giới thiệu',
      [
        'Ngày nghị quyết Công đoàn giới thiệu',
        'Ngày Công đoàn giới thiệu',
        'Ngày NQ Công đoàn',
        'NQ Công đoàn giới thiệu',
      ],
      'Ngày ghi trên Nghị quyết giới thiệu đoàn viên công đoàn ưu tú của BCH Công đoàn cơ sở — mẫu 4A-KNĐ. Có giá trị 12 tháng.',
    ),
    date(
      'sympathizerListDate',
      'Ngày vào DS cảm tình Đảng',
      ['Ngày vào danh sách cảm tình Đảng', 'Ngày cảm tình Đảng', 'Ngày vào DS cảm tình'],
      'Ngày chi bộ đưa quần chúng vào danh sách cảm tình Đảng (ghi trong biên bản sinh hoạt chi bộ).',
    ),
    {
      id: 'helper',
      header: 'Đảng viên giúp đỡ',
      aliases: ['Người giúp đỡ', 'ĐV giúp đỡ', 'Đảng viên được phân công giúp đỡ'],
      kind: 'member',
      hint: 'Họ tên đảng viên chính thức được chi bộ phân công giúp đỡ, viết đúng như ở bảng “Đảng viên”. Họ tên không gửi lên máy chủ.',
      width: 160,
    },
    date(
      'awarenessCertificateDate',
      'Ngày cấp GCN lớp nhận thức',
      [
        'Ngày cấp giấy chứng nhận lớp nhận thức',
        'Ngày cấp giấy chứng nhận',
        'Ngày cấp GCN',
        'GCN lớp nhận thức',
        'Ngày học lớp nhận thức',
        'Lớp nhận thức về Đảng',
        'Lớp bồi dưỡng nhận thức về Đảng',
      ],
      'Ngày cấp giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng (mẫu CN-NTVĐ). Có giá trị 60 tháng.',
    ),
    date(
      'applicationDate',
      'Ngày viết đơn',
      ['Ngày làm đơn', 'Ngày đơn xin vào Đảng', 'Ngày viết đơn xin vào Đảng', 'Đơn xin vào Đảng'],
      'Ngày ghi trên đơn xin vào Đảng — mẫu 1-KNĐ. Đơn viết trước khi khai lý lịch.',
    ),
    date(
      'backgroundDeclaredDate',
      'Ngày khai lý lịch',
      [
        'Ngày làm lý lịch',
        'Ngày khai LL',
        'Lý lịch người xin vào Đảng',
        'Ngày khai lý lịch người xin vào Đảng',
      ],
      'Ngày quần chúng khai Lý lịch người xin vào Đảng — mẫu 2-KNĐ.',
    ),
    date(
      'backgroundVerifiedDate',
      'Ngày chứng nhận lý lịch',
      [
        'Ngày thẩm tra lý lịch',
        'Ngày xác minh lý lịch',
        'Ngày chứng nhận LL',
        'Ngày chứng nhận lý lịch người xin vào Đảng',
      ],
      'Ngày cấp ủy cơ sở chứng nhận lý lịch, sau khi thẩm tra xong (mẫu 3-KNĐ nếu thẩm tra).',
    ),
    yesNo(
      'backgroundCheckExempt',
      'Miễn thẩm tra lý lịch',
      ['Miễn thẩm tra', 'Miễn thẩm tra LL'],
      'Có nếu cha, mẹ, anh chị em ruột hoặc con là đảng viên và lý lịch đã khai đủ, rõ ràng (vẫn cần chứng nhận lý lịch).',
    ),
    {
      id: 'introducer1',
      header: 'Người giới thiệu 1',
      aliases: ['Đảng viên giới thiệu 1', 'Người giới thiệu thứ nhất', 'NGT 1', 'Người giới thiệu'],
      kind: 'member',
      hint: 'Họ tên đảng viên chính thức giới thiệu, viết đúng như ở bảng “Đảng viên” (tiện ích lấy ngày chính thức và ngày vào đơn vị từ đó). Họ tên không gửi lên máy chủ.',
      width: 160,
    },
    date(
      'introducer1Letter',
      'Ngày giấy giới thiệu 1',
      ['Ngày giới thiệu 1', 'Ngày GGT 1', 'Ngày giấy giới thiệu thứ nhất', 'Ngày giấy giới thiệu'],
      'Ngày ghi trên Giấy giới thiệu người vào Đảng của người giới thiệu 1 — mẫu 3-KNĐ. Có giá trị 12 tháng.',
    ),
    {
      id: 'introducer2',
      header: 'Người giới thiệu 2',
      aliases: ['Đảng viên giới thiệu 2', 'Người giới thiệu thứ hai', 'NGT 2'],
      kind: 'member',
      hint: 'Họ tên đảng viên chính thức thứ hai giới thiệu. Để trống nếu quần chúng đã có nghị quyết giới thiệu của Đoàn hoặc Công đoàn cơ sở.',
      width: 160,
    },
    date(
      'introducer2Letter',
      'Ngày giấy giới thiệu 2',
      ['Ngày giới thiệu 2', 'Ngày GGT 2', 'Ngày giấy giới thiệu thứ hai'],
      'Ngày ghi trên Giấy giới thiệu của người giới thiệu 2 — mẫu 3-KNĐ.',
    ),
    date(
      'feedbackSummaryDate',
      'Ngày tổng hợp nhận xét',
      ['Ngày tổng hợp ý kiến nhận xét', 'Ngày tổng hợp ý kiến', 'Tổng hợp nhận xét', 'Ngày nhận xét'],
      'Ngày chi ủy tổng hợp ý kiến nhận xét của đoàn thể và chi bộ nơi cư trú — mẫu 5-KNĐ. Có giá trị 12 tháng.',
    ),
    date(
      'plannedMeetingDate',
      'Dự kiến ngày chi bộ xét',
      ['Ngày chi bộ dự kiến xét', 'Ngày dự kiến xét', 'Dự kiến ngày xét kết nạp', 'Ngày họp chi bộ dự kiến'],
      'Ngày chi bộ dự định họp xét kết nạp. Tiện ích kiểm tra các điều kiện tại ngày này (nếu để trống: tại hôm nay).',
    ),
    date(
      'cellResolutionDate',
      'Ngày NQ chi bộ đề nghị kết nạp',
      [
        'Ngày nghị quyết chi bộ đề nghị kết nạp',
        'Ngày NQ chi bộ',
        'Ngày nghị quyết chi bộ',
        'Ngày chi bộ đề nghị kết nạp',
      ],
      'Ngày ghi trên Nghị quyết của chi bộ đề nghị kết nạp — mẫu 6-KNĐ.',
    ),
    {
      id: 'votesFor',
      header: 'Số phiếu tán thành',
      aliases: ['Số phiếu đồng ý', 'Phiếu tán thành', 'Số đảng viên tán thành'],
      kind: 'count',
      hint: 'Số đảng viên chính thức biểu quyết tán thành tại cuộc họp chi bộ xét kết nạp (cần ít nhất 2/3).',
      width: 90,
    },
    date(
      'decisionDate',
      'Ngày quyết định kết nạp',
      ['Ngày QĐ kết nạp', 'Ngày quyết định kết nạp đảng viên', 'Quyết định kết nạp'],
      'Ngày ghi trên Quyết định kết nạp đảng viên của cấp ủy có thẩm quyền — mẫu 9-KNĐ.',
    ),
    date(
      'decisionReceivedDate',
      'Ngày chi bộ nhận quyết định',
      ['Ngày nhận quyết định kết nạp', 'Ngày nhận quyết định', 'Ngày nhận QĐ'],
      'Ngày chi bộ nhận được quyết định kết nạp (hạn 30 ngày làm việc tổ chức lễ tính từ ngày này; để trống thì tính từ ngày quyết định).',
    ),
    date(
      'ceremonyDate',
      'Ngày lễ kết nạp',
      ['Ngày kết nạp', 'Lễ kết nạp', 'Ngày tổ chức lễ kết nạp'],
      'Ngày chi bộ tổ chức lễ kết nạp. Thời gian dự bị 12 tháng tính từ ngày này.',
    ),
    date(
      'officialResolutionDate',
      'Ngày NQ chi bộ đề nghị chính thức',
      [
        'Ngày nghị quyết chi bộ đề nghị công nhận chính thức',
        'Ngày NQ đề nghị chính thức',
        'Ngày chi bộ xét chính thức',
      ],
      'Ngày ghi trên Nghị quyết của chi bộ đề nghị công nhận đảng viên chính thức — mẫu 11-KNĐ.',
    ),
    date(
      'officialDecisionDate',
      'Ngày quyết định công nhận chính thức',
      [
        'Ngày công nhận chính thức',
        'Ngày QĐ công nhận chính thức',
        'Ngày QĐ chính thức',
        'Ngày chuyển chính thức',
        'Ngày chính thức',
      ],
      'Ngày ghi trên Quyết định công nhận đảng viên chính thức của cấp ủy có thẩm quyền.',
    ),
    date(
      'removedDate',
      'Ngày thôi theo dõi',
      ['Ngày xóa tên', 'Ngày rời danh sách', 'Thôi theo dõi', 'Ngày xoá tên'],
      'Ngày quần chúng không còn trong danh sách theo dõi (chuyển đi, không đủ tiêu chuẩn…). Dòng vẫn giữ lại để lưu.',
    ),
    yesNo(
      'over60Approved',
      'Trên 60 tuổi được chấp thuận',
      ['Được chấp thuận trên 60 tuổi', 'Trên 60 tuổi đã được chấp thuận'],
      'Có nếu quần chúng trên 60 tuổi đã được Ban Thường vụ tỉnh ủy (hoặc tương đương) đồng ý bằng văn bản.',
      true,
    ),
    yesNo(
      'literacyApproval',
      'Biết chữ, được chấp thuận',
      ['Được chấp thuận biết đọc biết viết', 'Già làng được chấp thuận'],
      'Có nếu là già làng, trưởng bản, người có uy tín ở vùng đặc biệt khó khăn, biết đọc, biết viết và đã được cấp tỉnh chấp thuận bằng văn bản.',
      true,
    ),
  ],
};

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
    | 'unitId';
  label: string;
  aliases: readonly string[];
  kind: 'text' | 'yesNo' | 'url';
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
];

export const TABS: readonly TabDef[] = [CANDIDATES, MEMBERS, TARGETS, HOLIDAYS, CONFIG];

export function columnById(tab: TabDef, id: string): ColumnDef | undefined {
  return tab.columns.find((c) => c.id === id);
}

/** Column kinds holding a date: formatted dd/mm/yyyy by the template. */
export function isDateKind(kind: ColumnKind): boolean {
  return kind === 'day' || kind === 'dayOrMonth';
}
