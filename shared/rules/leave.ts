import { defineRule } from './rule.ts';

export const leaveBeforeEligible = defineRule({
  id: 'leave.beforeEligible',
  // true of all three messages: someone who left once eligible (`left`) left before admission too
  title: 'Rời đơn vị trước khi được kết nạp',
  severity: 'warning',
  phase: 'preAdmission',
  citation: [{ text: 'product', point: '' }],
  messages: {
    left: 'Đã rời đơn vị ngày {0|day} mà chưa được xét kết nạp. Nếu đúng vậy, ghi ngày thôi theo dõi và chuyển thông tin bồi dưỡng cho tổ chức đảng nơi quần chúng đến; nếu chưa rời, sửa ngày dự kiến.',
    beforeEligible:
      'Rời đơn vị ngày {0|day}, trước khi đủ điều kiện ({1|day}): không kịp kết nạp tại đây — chuyển hồ sơ bồi dưỡng cho nơi sẽ đến.',
    beforeAdult:
      'Rời đơn vị ngày {0|day}, trước khi đủ điều kiện ({1|day}, đủ 18 tuổi): không kịp kết nạp tại đây — chuyển hồ sơ bồi dưỡng cho nơi sẽ đến.',
  },
  check(ctx) {
    const leave = ctx.c.expectedLeaveDate;
    if (leave === undefined || ctx.eligibleFrom === undefined || ctx.datedStage === 'proposed') return;
    if (leave >= ctx.eligibleFrom && leave >= ctx.asOf) return;
    if (leave >= ctx.eligibleFrom) {
      ctx.report(leaveBeforeEligible, 'left', 'expectedLeaveDate', leave, leave);
      return;
    }
    const byAge = ctx.eligibleFrom === ctx.adultFrom;
    const text = byAge ? 'beforeAdult' : 'beforeEligible';
    ctx.report(leaveBeforeEligible, text, 'expectedLeaveDate', leave, leave, ctx.eligibleFrom);
  },
});
