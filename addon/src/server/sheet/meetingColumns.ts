/** The "Họp chi bộ" tab (contract.md §1): one row per meeting; who attended is computed. */
import { columns, type TabDef } from './columns.ts';

export const MEETINGS: TabDef = {
  id: 'meetings',
  name: 'Họp chi bộ',
  aliases: ['Cuộc họp', 'Họp chi bộ định kỳ', 'Sinh hoạt chi bộ', 'Các cuộc họp chi bộ'],
  tabColor: '#8430ce',
  frozenColumns: 1,
  columns: columns([
    [
      'date',
      'day',
      'Ngày họp',
      'Ngày|Ngày sinh hoạt|Ngày họp chi bộ',
      'Ngày chi bộ họp. Người được xét tại cuộc họp là các dòng có ngày nghị quyết chi bộ (hoặc ngày nghị quyết đề nghị công nhận chính thức) trùng ngày này.',
    ],
    [
      'chair',
      'member',
      'Chủ trì',
      'Người chủ trì|Chủ trì cuộc họp',
      'Họ tên đồng chí chủ trì, chọn trong danh sách ở bảng “Đảng viên”.',
      170,
    ],
    [
      'clerk',
      'member',
      'Thư ký',
      'Thư ký cuộc họp|Người ghi biên bản',
      'Họ tên đồng chí thư ký (ghi biên bản), chọn trong danh sách ở bảng “Đảng viên”.',
      170,
    ],
    [
      'absentWithReason',
      'text',
      'Vắng có lý do',
      'Vắng mặt có lý do|Đảng viên vắng có lý do',
      'Họ tên những đồng chí vắng có lý do, cách nhau bằng dấu phẩy hoặc mỗi người một dòng; lý do ghi trong ngoặc, ví dụ: Trần Thị Bình (ốm).',
      220,
    ],
    [
      'absentWithoutReason',
      'text',
      'Vắng không lý do',
      'Vắng mặt không lý do|Vắng không có lý do',
      'Họ tên những đồng chí vắng không có lý do, cách nhau bằng dấu phẩy hoặc mỗi người một dòng.',
    ],
    [
      'exemptVoters',
      'text',
      'Miễn sinh hoạt, tạm vắng có biểu quyết',
      'Miễn SH có biểu quyết|Đảng viên miễn sinh hoạt có biểu quyết',
      'Nếu đảng viên miễn sinh hoạt hoặc đang sinh hoạt tạm thời nơi khác vẫn biểu quyết: ghi họ tên. Những đồng chí này khi đó được tính vào số đảng viên chính thức để lấy hai phần ba.',
    ],
    [
      'guests',
      'text',
      'Khách mời',
      'Đại biểu|Thành phần mời',
      'Khách mời dự họp: họ tên và chức vụ, mỗi người một dòng, ví dụ: Hồ Thị Mỹ Lệ, Phó Bí thư Đảng ủy xã. Chỉ dùng để điền vào trích biên bản ngay trong Google, không gửi lên máy chủ.',
    ],
    [
      'place',
      'text',
      'Địa điểm',
      'Địa điểm họp|Nơi họp',
      'Nơi họp, ví dụ: Phòng họp Trường THPT Lê Quý Đôn.',
    ],
  ]),
};
