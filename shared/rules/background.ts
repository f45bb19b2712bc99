import { formatDay } from '../dates/format.ts';
import { refPhrase } from './context.ts';
import { defineRule } from './rule.ts';

export const backgroundMissing = defineRule({
  id: 'background.missing',
  title: 'Chưa khai lý lịch người xin vào Đảng',
  severity: 'error',
  phase: 'preAdmission',
  citation: {
    '2021-09': [{ text: 'guidance', point: 'điểm 3.3' }],
    '2025-07': [{ text: 'guidance', point: 'điểm 3.3', secondary: true }],
  },
  check(ctx) {
    if (ctx.c.backgroundDeclaredDate !== undefined) return;
    ctx.report(backgroundMissing, {
      field: 'backgroundDeclaredDate',
      message: 'Chưa khai lý lịch (mẫu 2-KNĐ) — khai sau khi viết đơn, để chi ủy gửi thẩm tra.',
    });
  },
});

export const backgroundUnverified = defineRule({
  id: 'background.unverified',
  title: 'Lý lịch chưa được thẩm tra, chứng nhận',
  severity: 'error',
  phase: 'preAdmission',
  citation: {
    '2021-09': [{ text: 'guidance', point: 'điểm 3.3–3.4' }],
    '2025-07': [{ text: 'guidance', point: 'điểm 3.3–3.4', secondary: true }],
  },
  check(ctx) {
    const { backgroundDeclaredDate, backgroundVerifiedDate, backgroundCheckExempt } = ctx.c;
    if (backgroundDeclaredDate === undefined) return;
    if (backgroundVerifiedDate !== undefined && backgroundVerifiedDate <= ctx.ref) return;
    const late =
      backgroundVerifiedDate !== undefined
        ? ` Ngày chứng nhận ${formatDay(backgroundVerifiedDate)} lại sau ${refPhrase(ctx)}.`
        : '';
    ctx.report(backgroundUnverified, {
      field: 'backgroundVerifiedDate',
      message: backgroundCheckExempt
        ? `Được miễn thẩm tra lý lịch (có cha, mẹ, anh, chị, em ruột hoặc con là đảng viên), nhưng vẫn cần cấp ủy cơ sở chứng nhận lý lịch.${late}`
        : `Lý lịch chưa được cấp ủy cơ sở thẩm tra, chứng nhận — cần có trước khi chi bộ xét.${late}`,
    });
  },
});
