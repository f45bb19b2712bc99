import { YOUTH_UNION_MAX_AGE } from './context.ts';
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

/** Over the Youth Union's age where the unit has one: the message says why the Đoàn does not introduce. */
function overYouthAge(ctx: CandidateContext): boolean {
  return ctx.unit.hasYouthUnion && ctx.ageYears > YOUTH_UNION_MAX_AGE;
}

/**
 * While no meeting is planned and the candidate may be 31 at it (ctx.youthUntil): the Youth Union
 * route holds for a meeting before the 31st birthday (the parameter `{n}`), the other one from it.
 */
const untilAge31 = (n: number): string => `nếu chi bộ xét trước khi quần chúng đủ 31 tuổi (ngày {${n}|day})`;
const FROM_AGE_31_TRADE =
  'xét từ ngày đó thì cần 2 đảng viên chính thức giới thiệu, hoặc 1 đảng viên chính thức và nghị quyết giới thiệu của BCH Công đoàn cơ sở (mẫu 4A-KNĐ)';
const FROM_AGE_31 = 'xét từ ngày đó thì cần 2 đảng viên chính thức giới thiệu';
const YOUTH_INTRODUCER =
  'Cần 1 đảng viên chính thức giới thiệu (kèm nghị quyết giới thiệu đoàn viên ưu tú của BCH Đoàn cơ sở, mẫu 4-KNĐ)';
const YOUTH_MEMBER = 'Tại {0} quần chúng {1} tuổi, đơn vị có tổ chức Đoàn';
const YOUTH_RESOLUTION = 'Cần nghị quyết giới thiệu đoàn viên ưu tú của BCH Đoàn cơ sở (mẫu 4-KNĐ)';

const OVER_YOUTH_AGE = ' — tại {1} quần chúng {2} tuổi, không còn trong độ tuổi được Đoàn giới thiệu';

export const introducersInsufficient = defineRule({
  id: 'introducers.insufficient',
  title: 'Chưa đủ người giới thiệu',
  severity: 'error',
  phase: 'preAdmission',
  citation: [{ text: 'charter', point: 'Điều 4 khoản 1' }],
  messages: {
    trade:
      'Cần 1 đảng viên chính thức giới thiệu (kèm nghị quyết giới thiệu của BCH Công đoàn cơ sở đã có); mới có {0}.',
    youth: `${YOUTH_INTRODUCER}; mới có {0}.`,
    youthUntil31OrTrade: `${YOUTH_INTRODUCER} ${untilAge31(1)}; ${FROM_AGE_31_TRADE}; mới có {0}.`,
    youthUntil31OrTwo: `${YOUTH_INTRODUCER} ${untilAge31(1)}; ${FROM_AGE_31}; mới có {0}.`,
    twoOrTrade:
      'Cần 2 đảng viên chính thức giới thiệu, hoặc 1 đảng viên chính thức và nghị quyết giới thiệu của BCH Công đoàn cơ sở (mẫu 4A-KNĐ); mới có {0}.',
    twoOrTradeOverYouth: `Cần 2 đảng viên chính thức giới thiệu, hoặc 1 đảng viên chính thức và nghị quyết giới thiệu của BCH Công đoàn cơ sở (mẫu 4A-KNĐ)${OVER_YOUTH_AGE}; mới có {0}.`,
    two: 'Cần 2 đảng viên chính thức giới thiệu; mới có {0}.',
    twoOverYouth: `Cần 2 đảng viên chính thức giới thiệu${OVER_YOUTH_AGE}; mới có {0}.`,
    noLetter: 'Người giới thiệu {0} chưa có giấy giới thiệu (ghi ngày giấy giới thiệu khi có).',
    letterLate: 'Giấy giới thiệu của người giới thiệu {0} đề ngày {1|day}, sau {2}.',
  },
  check(ctx) {
    if (ctx.papersFrom !== undefined) return;
    const union = unionResolution(ctx);
    const needed = union !== undefined || introducedByYouthUnion(ctx) ? 1 : 2;
    const present = ctx.introducers;
    if (present.length < needed) {
      // The route that fits the age at the reference date (the planned meeting when there is one).
      if (union === 'trade') {
        ctx.report(introducersInsufficient, 'trade', 'introducers', undefined, present.length);
      } else if (needed === 1 && ctx.youthUntil !== undefined) {
        // No meeting planned yet: which route holds depends on whether it comes before the 31st birthday.
        const text = ctx.unit.hasTradeUnion ? 'youthUntil31OrTrade' : 'youthUntil31OrTwo';
        ctx.report(introducersInsufficient, text, 'introducers', undefined, present.length, ctx.youthUntil);
      } else if (needed === 1) {
        ctx.report(introducersInsufficient, 'youth', 'introducers', undefined, present.length);
      } else if (overYouthAge(ctx)) {
        const text = ctx.unit.hasTradeUnion ? 'twoOrTradeOverYouth' : 'twoOverYouth';
        ctx.report(
          introducersInsufficient,
          text,
          'introducers',
          undefined,
          present.length,
          ctx.refPhrase,
          ctx.ageYears,
        );
      } else {
        const text = ctx.unit.hasTradeUnion ? 'twoOrTrade' : 'two';
        ctx.report(introducersInsufficient, text, 'introducers', undefined, present.length);
      }
    }
    for (let k = 0; k < present.length; k++) {
      const i = present[k]!;
      const field = introducerField(i.index, 'letterDate');
      if (i.letterDate === undefined) {
        ctx.report(introducersInsufficient, 'noLetter', field, undefined, i.index + 1);
      } else if (i.letterDate > ctx.ref) {
        ctx.report(
          introducersInsufficient,
          'letterLate',
          field,
          undefined,
          i.index + 1,
          i.letterDate,
          ctx.refPhrase,
        );
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
  messages: {
    inProbation:
      'Người giới thiệu {0} còn trong 12 tháng dự bị tại {1} (sớm nhất chính thức từ {2|day}) — chưa được giới thiệu; phân công đảng viên chính thức khác hoặc chờ quyết định công nhận.',
    unknown:
      'Chưa rõ ngày người giới thiệu {0} là đảng viên chính thức — ghi “Ngày chính thức” ở bảng Đảng viên.',
    probationary:
      'Người giới thiệu {0} là đảng viên dự bị tại {1}, chỉ được giới thiệu từ ngày {2|day} (ngày chính thức) — chờ đến ngày đó hoặc phân công đảng viên chính thức khác.',
  },
  severities: { unknown: 'warning' },
  check(ctx) {
    const introducers = ctx.introducers;
    for (let k = 0; k < introducers.length; k++) {
      const i = introducers[k]!;
      const field = introducerField(i.index, 'officialSince');
      const number = i.index + 1;
      if (i.earliestOfficial !== undefined && i.earliestOfficial > ctx.ref) {
        const day = i.earliestOfficial;
        ctx.report(introducersNotOfficial, 'inProbation', field, day, number, ctx.refPhrase, day);
      } else if (i.officialSince === undefined) {
        ctx.report(introducersNotOfficial, 'unknown', field, undefined, number);
      } else if (i.officialSince > ctx.ref) {
        const day = i.officialSince;
        ctx.report(introducersNotOfficial, 'probationary', field, day, number, ctx.refPhrase, day);
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
  messages: {
    unknown:
      'Chưa rõ người giới thiệu {0} cùng công tác, học tập với quần chúng từ khi nào — ghi ngày vào đơn vị của cả hai.',
    short: 'Người giới thiệu {0} mới cùng đơn vị với quần chúng từ {1|day}; đủ 12 tháng vào ngày {2|day}.',
  },
  severities: { unknown: 'warning' },
  check(ctx) {
    const introducers = ctx.introducers;
    for (let k = 0; k < introducers.length; k++) {
      const i = introducers[k]!;
      const field = introducerField(i.index, 'togetherSince');
      const from = i.coWorkFrom;
      if (from === undefined) {
        ctx.report(introducersTooShort, 'unknown', field, undefined, i.index + 1);
      } else if (from > ctx.ref) {
        ctx.report(introducersTooShort, 'short', field, from, i.index + 1, i.togetherSince!, from);
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
  messages: {
    notMember: `${YOUTH_MEMBER}: phải là đoàn viên và được BCH Đoàn cơ sở giới thiệu.`,
    notMemberUntil31OrTrade: `${YOUTH_MEMBER}: ${untilAge31(2)}, phải là đoàn viên và được BCH Đoàn cơ sở giới thiệu; ${FROM_AGE_31_TRADE}.`,
    notMemberUntil31OrTwo: `${YOUTH_MEMBER}: ${untilAge31(2)}, phải là đoàn viên và được BCH Đoàn cơ sở giới thiệu; ${FROM_AGE_31}.`,
    resolution: `${YOUTH_RESOLUTION} trước khi chi bộ xét.`,
    resolutionUntil31OrTrade: `${YOUTH_RESOLUTION} ${untilAge31(0)}; ${FROM_AGE_31_TRADE}.`,
    resolutionUntil31OrTwo: `${YOUTH_RESOLUTION} ${untilAge31(0)}; ${FROM_AGE_31}.`,
  },
  check(ctx) {
    if (!introducedByYouthUnion(ctx)) return;
    // No meeting planned yet and the candidate may be 31 at it: both routes, with the day (rule.ts).
    const until = ctx.youthUntil;
    const trade = ctx.unit.hasTradeUnion;
    if (ctx.c.youthUnionMember !== true) {
      const field = 'youthUnionMember';
      if (until === undefined) {
        ctx.report(youthUnionRequired, 'notMember', field, undefined, ctx.refPhrase, ctx.ageYears);
      } else {
        const text = trade ? 'notMemberUntil31OrTrade' : 'notMemberUntil31OrTwo';
        ctx.report(youthUnionRequired, text, field, undefined, ctx.refPhrase, ctx.ageYears, until);
      }
    }
    const date = ctx.c.youthUnionResolutionDate;
    if ((date === undefined || date > ctx.ref) && ctx.papersFrom === undefined) {
      if (until === undefined) {
        ctx.report(youthUnionRequired, 'resolution', 'youthUnionResolutionDate');
      } else {
        const text = trade ? 'resolutionUntil31OrTrade' : 'resolutionUntil31OrTwo';
        ctx.report(youthUnionRequired, text, 'youthUnionResolutionDate', undefined, until);
      }
    }
  },
});
