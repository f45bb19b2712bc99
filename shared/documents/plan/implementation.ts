import { type Block, heading, list, para } from '../model.ts';
import { massOrganisations, type PlanContext } from './context.ts';
import { timelineTable } from './timeline.ts';

/** IV. Tổ chức thực hiện: who does what, the timeline, the reporting duty. */
export function implementation(ctx: PlanContext): Block[] {
  const orgs = massOrganisations(ctx);
  const duties: string[][] = [
    [
      'Chi ủy chịu trách nhiệm chung; cụ thể hóa kế hoạch thành lịch công việc từng tháng, kiểm tra, đôn đốc và kịp thời tháo gỡ vướng mắc.',
    ],
    [
      'Đảng viên được phân công giúp đỡ quần chúng thực hiện nhiệm vụ nêu tại mục III.2 và báo cáo chi bộ tại kỳ sinh hoạt hằng tháng.',
    ],
  ];
  if (orgs) {
    duties.push([
      `${orgs} phối hợp với chi bộ giới thiệu quần chúng ưu tú và tổ chức lấy ý kiến nhận xét theo quy định.`,
    ]);
  }
  duties.push(['Mỗi đảng viên trong chi bộ nghiên cứu, quán triệt và thực hiện nghiêm túc kế hoạch.']);
  return [
    heading(1, 'IV.', 'TỔ CHỨC THỰC HIỆN'),
    heading(2, '1.', 'Phân công nhiệm vụ'),
    list('dash', duties),
    heading(2, '2.', 'Lịch thực hiện'),
    para(
      'Các mốc thời gian dưới đây được xác định từ ngày đủ điều kiện của từng quần chúng và các thời hạn theo quy định; chi ủy cập nhật khi danh sách thay đổi.',
    ),
    timelineTable(ctx),
    heading(2, '3.', 'Chế độ báo cáo'),
    para(
      `Chi ủy báo cáo kết quả thực hiện kế hoạch với ${ctx.superior} định kỳ 6 tháng, cuối năm và khi có yêu cầu.`,
    ),
  ];
}
