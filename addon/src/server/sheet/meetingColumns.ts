/** The "Họp chi bộ" tab (contract.md §1): one row per meeting; who attended is computed. */
import { columns, type TabDef } from './columns.ts';

export const MEETINGS: TabDef = {
  id: 'meetings',
  name: 'Họp chi bộ',
  aliases: ['cuoc hop', 'hop chi bo dinh ky', 'sinh hoat chi bo', 'cac cuoc hop chi bo'],
  tabColor: '#8430ce',
  frozenColumns: 1,
  columns: columns([
    [
      'date',
      'day',
      'Ngày họp',
      'ngay|ngay sinh hoat|ngay hop chi bo',
      'Ngày chi bộ họp. Người được xét tại cuộc họp là các dòng có ngày nghị quyết chi bộ (hoặc ngày nghị quyết đề nghị công nhận chính thức) trùng ngày này.',
    ],
    [
      'chair',
      'member',
      'Chủ trì',
      'nguoi chu tri|chu tri cuoc hop',
      'Họ tên đồng chí chủ trì, chọn trong danh sách ở bảng “Đảng viên”.',
      170,
    ],
    [
      'clerk',
      'member',
      'Thư ký',
      'thu ky cuoc hop|nguoi ghi bien ban',
      'Họ tên đồng chí thư ký (ghi biên bản), chọn trong danh sách ở bảng “Đảng viên”.',
      170,
    ],
    [
      'absentWithReason',
      'text',
      'Vắng có lý do',
      'vang mat co ly do|dang vien vang co ly do',
      'Họ tên những đồng chí vắng có lý do, cách nhau bằng dấu phẩy hoặc mỗi người một dòng; lý do ghi trong ngoặc, ví dụ: Trần Thị Bình (ốm).',
      220,
    ],
    [
      'absentWithoutReason',
      'text',
      'Vắng không lý do',
      'vang mat khong ly do|vang khong co ly do',
      'Họ tên những đồng chí vắng không có lý do, cách nhau bằng dấu phẩy hoặc mỗi người một dòng.',
    ],
    [
      'exemptVoters',
      'text',
      'Miễn sinh hoạt, tạm vắng có biểu quyết',
      'mien sh co bieu quyet|dang vien mien sinh hoat co bieu quyet',
      'Nếu đảng viên miễn sinh hoạt hoặc đang sinh hoạt tạm thời nơi khác vẫn biểu quyết: ghi họ tên. Những đồng chí này khi đó được tính vào số đảng viên chính thức để lấy hai phần ba.',
    ],
    [
      'guests',
      'text',
      'Khách mời',
      'dai bieu|thanh phan moi',
      'Khách mời dự họp: họ tên và chức vụ, mỗi người một dòng, ví dụ: Hồ Thị Mỹ Lệ, Phó Bí thư Đảng ủy xã. Chỉ dùng để điền vào trích biên bản ngay trong Google, không gửi lên máy chủ.',
    ],
    [
      'place',
      'text',
      'Địa điểm',
      'dia diem hop|noi hop',
      'Nơi họp, ví dụ: Phòng họp Trường THPT Lê Quý Đôn.',
    ],
  ]),
};
