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
  messages: {
    missing: 'Chưa khai lý lịch (mẫu 2-KNĐ) — khai sau khi viết đơn, để chi ủy gửi thẩm tra.',
  },
  check(ctx) {
    if (ctx.c.backgroundDeclaredDate !== undefined) return;
    ctx.report(backgroundMissing, 'missing', 'backgroundDeclaredDate');
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
  messages: {
    exempt:
      'Được miễn thẩm tra lý lịch (có cha, mẹ, anh, chị, em ruột hoặc con là đảng viên), nhưng vẫn cần cấp ủy cơ sở chứng nhận lý lịch.',
    exemptLate:
      'Được miễn thẩm tra lý lịch (có cha, mẹ, anh, chị, em ruột hoặc con là đảng viên), nhưng vẫn cần cấp ủy cơ sở chứng nhận lý lịch. Ngày chứng nhận {0|day} lại sau {1}.',
    unverified: 'Lý lịch chưa được cấp ủy cơ sở thẩm tra, chứng nhận — cần có trước khi chi bộ xét.',
    unverifiedLate:
      'Lý lịch chưa được cấp ủy cơ sở thẩm tra, chứng nhận — cần có trước khi chi bộ xét. Ngày chứng nhận {0|day} lại sau {1}.',
  },
  check(ctx) {
    const { backgroundDeclaredDate, backgroundVerifiedDate, backgroundCheckExempt } = ctx.c;
    if (backgroundDeclaredDate === undefined) return;
    if (backgroundVerifiedDate !== undefined && backgroundVerifiedDate <= ctx.ref) return;
    if (backgroundVerifiedDate === undefined) {
      ctx.report(
        backgroundUnverified,
        backgroundCheckExempt ? 'exempt' : 'unverified',
        'backgroundVerifiedDate',
      );
      return;
    }
    ctx.report(
      backgroundUnverified,
      backgroundCheckExempt ? 'exemptLate' : 'unverifiedLate',
      'backgroundVerifiedDate',
      undefined,
      backgroundVerifiedDate,
      ctx.refPhrase,
    );
  },
});
