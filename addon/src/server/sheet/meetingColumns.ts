/** The "Họp chi bộ" tab (contract.md §1): one row per meeting; who attended is computed. */
import { date, type TabDef } from './columns.ts';

export const MEETINGS: TabDef = {
  id: 'meetings',
  name: 'Họp chi bộ',
  aliases: ['Cuộc họp', 'Họp chi bộ định kỳ', 'Sinh hoạt chi bộ', 'Các cuộc họp chi bộ'],
  tabColor: '#8430ce',
  frozenColumns: 1,
  columns: [
    date(
      'date',
      'Ngày họp',
      ['Ngày', 'Ngày sinh hoạt', 'Ngày họp chi bộ'],
      'Ngày chi bộ họp. Người được xét tại cuộc họp là các dòng có ngày nghị quyết chi bộ (hoặc ngày nghị quyết đề nghị công nhận chính thức) trùng ngày này.',
    ),
    {
      id: 'chair',
      header: 'Chủ trì',
      aliases: ['Người chủ trì', 'Chủ trì cuộc họp'],
      kind: 'member',
      hint: 'Họ tên đồng chí chủ trì, chọn trong danh sách ở bảng “Đảng viên”.',
      width: 170,
    },
    {
      id: 'clerk',
      header: 'Thư ký',
      aliases: ['Thư ký cuộc họp', 'Người ghi biên bản'],
      kind: 'member',
      hint: 'Họ tên đồng chí thư ký (ghi biên bản), chọn trong danh sách ở bảng “Đảng viên”.',
      width: 170,
    },
    {
      id: 'absentWithReason',
      header: 'Vắng có lý do',
      aliases: ['Vắng mặt có lý do', 'Đảng viên vắng có lý do'],
      kind: 'text',
      hint: 'Họ tên những đồng chí vắng có lý do, cách nhau bằng dấu phẩy hoặc mỗi người một dòng; lý do ghi trong ngoặc, ví dụ: Trần Thị Bình (ốm).',
      width: 220,
    },
    {
      id: 'absentWithoutReason',
      header: 'Vắng không lý do',
      aliases: ['Vắng mặt không lý do', 'Vắng không có lý do'],
      kind: 'text',
      hint: 'Họ tên những đồng chí vắng không có lý do, cách nhau bằng dấu phẩy hoặc mỗi người một dòng.',
      width: 200,
    },
    {
      id: 'exemptVoters',
      header: 'Miễn sinh hoạt, tạm vắng có biểu quyết',
      aliases: ['Miễn SH có biểu quyết', 'Đảng viên miễn sinh hoạt có biểu quyết'],
      kind: 'text',
      hint: 'Nếu đảng viên miễn sinh hoạt hoặc đang sinh hoạt tạm thời nơi khác vẫn biểu quyết: ghi họ tên. Những đồng chí này khi đó được tính vào số đảng viên chính thức để lấy hai phần ba.',
      width: 200,
    },
    {
      id: 'guests',
      header: 'Khách mời',
      aliases: ['Đại biểu', 'Thành phần mời'],
      kind: 'text',
      hint: 'Khách mời dự họp (ghi tự do). Chỉ dùng để điền vào trích biên bản ngay trong Google, không gửi lên máy chủ.',
      width: 200,
    },
    {
      id: 'place',
      header: 'Địa điểm',
      aliases: ['Địa điểm họp', 'Nơi họp'],
      kind: 'text',
      hint: 'Nơi họp, ví dụ: Phòng họp Trường THPT Lê Quý Đôn.',
      width: 200,
    },
  ],
};
