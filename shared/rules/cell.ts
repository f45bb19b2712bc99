import { defineRule } from './rule.ts';

/** Full members a cell needs to function and vote on an admission. */
export const MIN_FULL_MEMBERS = 3;

/** Yes votes needed out of the counted full members: ⌈2/3 × n⌉. */
export function votesNeeded(counted: number): number {
  return Math.ceil((2 * counted) / 3);
}

export const cellTooSmall = defineRule({
  id: 'cell.tooSmall',
  title: 'Chi bộ chưa đủ 3 đảng viên chính thức',
  severity: 'error',
  phase: 'admission',
  citation: [{ text: 'charter', point: 'Điều 24 khoản 1' }],
  messages: {
    unknown:
      'Tại {0} mới xác định được {1} đảng viên chính thức; {2} đảng viên chưa ghi ngày chính thức ở bảng Đảng viên — ghi bổ sung để kiểm tra chi bộ có đủ 3 đảng viên chính thức.',
    few: 'Tại {0} chi bộ chỉ có {1} đảng viên chính thức (theo bảng Đảng viên), chưa đủ 3 để họp xét kết nạp — đề nghị cấp ủy cấp trên bổ sung đảng viên hoặc ghép chi bộ.',
  },
  severities: { unknown: 'warning' },
  check(ctx) {
    if (ctx.stage !== 'ready' && ctx.stage !== 'proposed') return;
    const count = ctx.unit.membersAt(ctx.ref);
    if (count === undefined || count.full >= MIN_FULL_MEMBERS) return;
    if (count.full + count.unknown >= MIN_FULL_MEMBERS) {
      // about the cell, not a cell of the row: no field
      ctx.report(cellTooSmall, 'unknown', undefined, undefined, ctx.refPhrase, count.full, count.unknown);
      return;
    }
    ctx.report(cellTooSmall, 'few', undefined, undefined, ctx.refPhrase, count.full);
  },
});

export const voteInsufficient = defineRule({
  id: 'vote.insufficient',
  title: 'Chưa đủ 2/3 đảng viên chính thức tán thành',
  severity: 'error',
  phase: 'admission',
  citation: {
    '2021-09': [
      { text: 'charter', point: 'Điều 4 khoản 3' },
      { text: 'guidance', point: 'điểm 3.6', secondary: true },
    ],
    '2025-07': [
      { text: 'charter', point: 'Điều 4 khoản 3' },
      { text: 'guidance', point: 'điểm 3.6', secondary: true },
    ],
  },
  messages: {
    unrecorded:
      'Chưa ghi số phiếu tán thành của chi bộ ngày {0|day} — cần ít nhất {1} trên {2} đảng viên chính thức.',
    short:
      'Chỉ {0} trên {1} đảng viên chính thức tán thành, cần ít nhất {2} (hai phần ba) — nghị quyết chưa đủ điều kiện đề nghị kết nạp.',
    tooMany:
      'Ghi {0} phiếu tán thành, nhưng ngày {1|day} chi bộ chỉ có {2} đảng viên chính thức (theo bảng Đảng viên) — số phiếu không thể nhiều hơn số người được biểu quyết; kiểm tra lại số phiếu hoặc bảng Đảng viên.',
  },
  severities: { unrecorded: 'warning' },
  check(ctx) {
    const resolution = ctx.c.cellResolutionDate;
    if (ctx.datedStage !== 'proposed' || resolution === undefined) return;
    const count = ctx.unit.membersAt(resolution);
    if (count === undefined) return;
    const votes = ctx.c.votesFor;
    if (votes === undefined) {
      ctx.report(
        voteInsufficient,
        'unrecorded',
        'votesFor',
        undefined,
        resolution,
        votesNeeded(count.voting),
        count.voting,
      );
      return;
    }
    // A yes vote is a full member's: more than every full member of the cell (the exempt, the away
    // and those of unknown status included) cannot be, and the meeting papers refuse it too.
    if (votes > count.full + count.unknown) {
      ctx.report(voteInsufficient, 'tooMany', 'votesFor', undefined, votes, resolution, count.full);
      return;
    }
    // Members exempt from activities or away only count when they voted: more yes votes than
    // counted members means some of them did.
    const counted = Math.max(count.voting, votes);
    const needed = votesNeeded(counted);
    if (votes >= needed) return;
    ctx.report(voteInsufficient, 'short', 'votesFor', undefined, votes, counted, needed);
  },
});

export const voteWithoutResolution = defineRule({
  id: 'vote.withoutResolution',
  title: 'Có số phiếu tán thành nhưng chưa có ngày nghị quyết chi bộ',
  severity: 'warning',
  phase: 'always',
  citation: [{ text: 'product', point: '' }],
  messages: {
    votesOnly:
      'Đã ghi {0} phiếu tán thành nhưng chưa có ngày nghị quyết chi bộ đề nghị kết nạp — số phiếu là kết quả của một cuộc họp: ghi ngày họp (ngày nghị quyết), hoặc xóa số phiếu nếu chi bộ chưa họp xét.',
  },
  check(ctx) {
    const c = ctx.c;
    if (c.votesFor === undefined || c.cellResolutionDate !== undefined) return;
    ctx.report(voteWithoutResolution, 'votesOnly', 'votesFor', undefined, c.votesFor);
  },
});
