import type { EducationLevel } from '../schemas/request.ts';
import { defineRule } from './rule.ts';

const RANK: Record<EducationLevel, number> = {
  none: 0,
  primary: 1,
  lowerSecondary: 2,
  upperSecondary: 3,
  higher: 4,
};

export const educationInsufficient = defineRule({
  id: 'education.insufficient',
  title: 'Trình độ học vấn chưa đủ',
  severity: 'error',
  phase: 'preAdmission',
  citation: {
    '2021-09': [
      { text: 'regulation', point: 'điểm 1.2' },
      { text: 'guidance', point: 'điểm 1.2' },
    ],
    '2025-07': [
      { text: 'regulation', point: 'điểm 1.2' },
      { text: 'guidance', point: 'điểm 1.2', secondary: true },
    ],
  },
  messages: {
    unknown:
      'Chưa ghi trình độ học vấn. Cần tốt nghiệp THCS trở lên (học sinh lớp 10–12 ghi THCS); vùng đặc biệt khó khăn có ngoại lệ.',
    specialArea:
      'Ở vùng đặc biệt khó khăn cần hoàn thành tiểu học; người có uy tín chưa hết tiểu học cần biết chữ và có văn bản đồng ý của cấp ủy cấp tỉnh.',
    insufficient:
      'Cần tốt nghiệp THCS trở lên. Nếu người này sống ở vùng đặc biệt khó khăn, ghi “Có” ở cột Vùng đặc biệt khó khăn.',
  },
  severities: { unknown: 'warning' },
  check(ctx) {
    const { education, specialArea, literacyApproval } = ctx.c;
    if (education === undefined) {
      ctx.report(educationInsufficient, 'unknown', 'education');
      return;
    }
    const rank = RANK[education];
    if (rank >= RANK.lowerSecondary) return;
    if (specialArea && rank >= RANK.primary) return;
    if (specialArea && literacyApproval) return;
    ctx.report(educationInsufficient, specialArea ? 'specialArea' : 'insufficient', 'education');
  },
});
