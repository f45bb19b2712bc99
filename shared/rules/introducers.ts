import { formatDay } from '../dates/format.ts';
import { refPhrase, YOUTH_UNION_MAX_AGE } from './context.ts';
import { introducerField } from './fields.ts';
import type { CandidateContext } from './rule.ts';
import { defineRule } from './rule.ts';

/** A union resolution (Youth Union 4-KNĐ, trade union 4A-KNĐ) that replaces one introducer. */
function unionResolution(ctx: CandidateContext): 'youth' | 'trade' | undefined {
  const { youthUnionResolutionDate, tradeUnionResolutionDate } = ctx.c;
  // The Youth Union introduces only up to 30 (Điều lệ Điều 4): over 30 at the meeting, its resolution
  // no longer stands in for an introducer, the trade union's does (4A-KNĐ).
  if (
    youthUnionResolutionDate !== undefined &&
    youthUnionResolutionDate <= ctx.ref &&
    ctx.ageYears <= YOUTH_UNION_MAX_AGE
  ) {
    return 'youth';
  }
  if (
    ctx.unit.hasTradeUnion &&
    tradeUnionResolutionDate !== undefined &&
    tradeUnionResolutionDate <= ctx.ref
  ) {
    return 'trade';
  }
  return undefined;
}

/** Candidates of Youth Union age in a unit that has a Youth Union are introduced by it. */
export function introducedByYouthUnion(ctx: CandidateContext): boolean {
  return ctx.unit.hasYouthUnion && ctx.ageYears <= YOUTH_UNION_MAX_AGE;
}

/** " — quần chúng trên 30 tuổi tại …, không giới thiệu qua Đoàn" where the unit has a Youth Union. */
function overYouthAge(ctx: CandidateContext): string {
  if (!ctx.unit.hasYouthUnion || ctx.ageYears <= YOUTH_UNION_MAX_AGE) return '';
  return ` — tại ${refPhrase(ctx)} quần chúng ${ctx.ageYears} tuổi, không còn trong độ tuổi được Đoàn giới thiệu`;
}

const ordinal = (index: number): string => `Người giới thiệu ${index + 1}`;

export const introducersInsufficient = defineRule({
  id: 'introducers.insufficient',
  title: 'Chưa đủ người giới thiệu',
  severity: 'error',
  phase: 'preAdmission',
  citation: [{ text: 'charter', point: 'Điều 4 khoản 1' }],
  check(ctx) {
    if (ctx.papersFrom !== undefined) return;
    const union = unionResolution(ctx);
    const needed = union !== undefined || introducedByYouthUnion(ctx) ? 1 : 2;
    const present = ctx.introducers;
    if (present.length < needed) {
      // The route that fits the age at the reference date (the planned meeting when there is one).
      const how =
        union === 'trade'
          ? '1 đảng viên chính thức giới thiệu (kèm nghị quyết giới thiệu của BCH Công đoàn cơ sở đã có)'
          : needed === 1
            ? '1 đảng viên chính thức giới thiệu (kèm nghị quyết giới thiệu đoàn viên ưu tú của BCH Đoàn cơ sở, mẫu 4-KNĐ)'
            : ctx.unit.hasTradeUnion
              ? `2 đảng viên chính thức giới thiệu, hoặc 1 đảng viên chính thức và nghị quyết giới thiệu của BCH Công đoàn cơ sở (mẫu 4A-KNĐ)${overYouthAge(ctx)}`
              : `2 đảng viên chính thức giới thiệu${overYouthAge(ctx)}`;
      ctx.report(introducersInsufficient, {
        field: 'introducers',
        message: `Cần ${how}; mới có ${present.length}.`,
      });
    }
    for (const i of present) {
      if (i.letterDate === undefined) {
        ctx.report(introducersInsufficient, {
          field: introducerField(i.index, 'letterDate'),
          message: `${ordinal(i.index)} chưa có giấy giới thiệu (ghi ngày giấy giới thiệu khi có).`,
        });
      } else if (i.letterDate > ctx.ref) {
        ctx.report(introducersInsufficient, {
          field: introducerField(i.index, 'letterDate'),
          message: `Giấy giới thiệu của ${ordinal(i.index).toLowerCase()} đề ngày ${formatDay(i.letterDate)}, sau ${refPhrase(ctx)}.`,
        });
      }
    }
  },
});

export const introducersNotOfficial = defineRule({
  id: 'introducers.notOfficial',
  title: 'Người giới thiệu chưa là đảng viên chính thức',
  severity: 'error',
  phase: 'preAdmission',
  citation: [
    { text: 'charter', point: 'Điều 4 khoản 2' },
    { text: 'regulation', point: 'điểm 3.2.1' },
  ],
  check(ctx) {
    for (const i of ctx.introducers) {
      const field = introducerField(i.index, 'officialSince');
      if (i.earliestOfficial !== undefined && i.earliestOfficial > ctx.ref) {
        ctx.report(introducersNotOfficial, {
          field,
          date: i.earliestOfficial,
          message: `${ordinal(i.index)} còn trong 12 tháng dự bị tại ${refPhrase(ctx)} (sớm nhất chính thức từ ${formatDay(i.earliestOfficial)}) — chưa được giới thiệu; phân công đảng viên chính thức khác hoặc chờ quyết định công nhận.`,
        });
      } else if (i.officialSince === undefined) {
        ctx.report(introducersNotOfficial, {
          field,
          severity: 'warning',
          message: `Chưa rõ ngày ${ordinal(i.index).toLowerCase()} là đảng viên chính thức — ghi “Ngày chính thức” ở bảng Đảng viên.`,
        });
      } else if (i.officialSince !== undefined && i.officialSince > ctx.ref) {
        ctx.report(introducersNotOfficial, {
          field,
          date: i.officialSince,
          message: `${ordinal(i.index)} là đảng viên dự bị tại ${refPhrase(ctx)}, chỉ được giới thiệu từ ngày ${formatDay(i.officialSince)} (ngày chính thức) — chờ đến ngày đó hoặc phân công đảng viên chính thức khác.`,
        });
      }
    }
  },
});

/** Months an introducer must have worked or studied with the candidate. */
export const CO_WORK_MONTHS = 12;

export const introducersTooShort = defineRule({
  id: 'introducers.tooShort',
  title: 'Người giới thiệu chưa cùng công tác, học tập đủ 12 tháng',
  severity: 'error',
  phase: 'preAdmission',
  citation: [{ text: 'regulation', point: 'điểm 3.2.1' }],
  check(ctx) {
    for (const i of ctx.introducers) {
      const field = introducerField(i.index, 'togetherSince');
      if (i.coWorkFrom === undefined) {
        ctx.report(introducersTooShort, {
          field,
          severity: 'warning',
          message: `Chưa rõ ${ordinal(i.index).toLowerCase()} cùng công tác, học tập với quần chúng từ khi nào — ghi ngày vào đơn vị của cả hai.`,
        });
      } else if (i.coWorkFrom > ctx.ref) {
        ctx.report(introducersTooShort, {
          field,
          date: i.coWorkFrom,
          message: `${ordinal(i.index)} mới cùng đơn vị với quần chúng từ ${formatDay(i.togetherSince!)}; đủ 12 tháng vào ngày ${formatDay(i.coWorkFrom)}.`,
        });
      }
    }
  },
});

export const youthUnionRequired = defineRule({
  id: 'youthUnion.required',
  title: 'Trong tuổi Đoàn: phải là đoàn viên, được Đoàn giới thiệu',
  severity: 'error',
  phase: 'preAdmission',
  citation: [{ text: 'charter', point: 'Điều 4 khoản 1', secondary: true }],
  check(ctx) {
    if (!introducedByYouthUnion(ctx)) return;
    if (ctx.c.youthUnionMember !== true) {
      ctx.report(youthUnionRequired, {
        field: 'youthUnionMember',
        message: `Tại ${refPhrase(ctx)} quần chúng ${ctx.ageYears} tuổi, đơn vị có tổ chức Đoàn: phải là đoàn viên và được BCH Đoàn cơ sở giới thiệu.`,
      });
    }
    const date = ctx.c.youthUnionResolutionDate;
    if ((date === undefined || date > ctx.ref) && ctx.papersFrom === undefined) {
      ctx.report(youthUnionRequired, {
        field: 'youthUnionResolutionDate',
        message:
          'Cần nghị quyết giới thiệu đoàn viên ưu tú của BCH Đoàn cơ sở (mẫu 4-KNĐ) trước khi chi bộ xét.',
      });
    }
  },
});
