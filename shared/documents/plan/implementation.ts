import { type Block, heading, list, para } from '../model.ts';
import { massOrganisations, type PlanContext } from './context.ts';
import { isSchool, learnersOf } from './situation.ts';
import { timelineTable } from './timeline.ts';

/** Who does what: the committee, the helping members, and in a school its leadership and teachers. */
function duties(ctx: PlanContext): string[][] {
  const out: string[][] = [
    [
      'Chi ủy chịu trách nhiệm chung: cụ thể hóa kế hoạch thành công việc từng tháng, kiểm tra, đôn đốc và kịp thời tháo gỡ vướng mắc.',
    ],
    [
      'Đảng viên được phân công giúp đỡ theo dõi, bồi dưỡng quần chúng, hướng dẫn hoàn thiện hồ sơ và báo cáo chi bộ tại kỳ sinh hoạt hằng tháng.',
    ],
  ];
  if (isSchool(ctx)) {
    out.push([
      'Đảng viên trong Ban Giám hiệu tạo điều kiện để quần chúng rèn luyện qua nhiệm vụ dạy học, giáo dục và các hoạt động của nhà trường; nhận xét quá trình công tác của quần chúng khi chi bộ yêu cầu.',
    ]);
    const pupils = learnersOf(ctx);
    if (pupils?.includes('học sinh')) {
      out.push([
        'Giáo viên chủ nhiệm nhận xét kết quả học tập, rèn luyện của học sinh được giới thiệu và phối hợp với gia đình học sinh trong quá trình bồi dưỡng.',
      ]);
    }
  }
  const orgs = massOrganisations(ctx);
  if (ctx.hasYouthUnion) {
    out.push([
      `${isSchool(ctx) ? 'Đoàn trường' : 'Đoàn Thanh niên'} tổ chức cho đoàn viên học tập, rèn luyện, bình xét và giới thiệu đoàn viên ưu tú cho chi bộ (nghị quyết giới thiệu theo mẫu 4-KNĐ).`,
    ]);
  }
  if (ctx.hasTradeUnion) {
    out.push([
      'Công đoàn giới thiệu công đoàn viên ưu tú và tham gia nhận xét quần chúng theo quy định (mẫu 4A-KNĐ đối với người trên 30 tuổi).',
    ]);
  }
  if (!orgs) {
    out.push(['Mỗi đảng viên trong chi bộ nghiên cứu, quán triệt và thực hiện nghiêm túc kế hoạch.']);
  }
  return out;
}

/** Tổ chức thực hiện: who does what, the timeline, the reporting duty. */
export function implementation(ctx: PlanContext): Block[] {
  return [
    heading(1, 'V.', 'TỔ CHỨC THỰC HIỆN'),
    heading(2, '1.', 'Phân công nhiệm vụ'),
    list('dash', duties(ctx)),
    heading(2, '2.', 'Lịch thực hiện'),
    para(
      'Các mốc dưới đây tính từ ngày đủ điều kiện của từng quần chúng, các thời hạn theo quy định và thời gian thường cần cho từng bước (thời gian các bước là ước tính, không phải quy định); chi ủy cập nhật khi danh sách thay đổi.',
    ),
    // the reporting duty is in the timeline (mid-year and year-end reports): not repeated here
    timelineTable(ctx),
  ];
}
