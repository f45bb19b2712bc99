import { describe, expect, it } from 'vitest';
import { fillNames } from '../../../shared/documents/names.ts';
import { draftPaper, type PaperOutcome } from '../../../shared/documents/papers/build.ts';
import { renderText } from '../../../shared/documents/render/text.ts';
import { reviewMeeting } from '../../../shared/meeting/review.ts';
import { MEETING_DAY, MEETING_NAMES, meetingBody, PAPER_TARGETS } from '../../fixtures/meeting.ts';

type Row = Record<string, unknown>;

function body(
  kind: string,
  change: (b: { members: Row[]; candidates: Row[]; meeting: Row }) => void = () => {},
) {
  const b = meetingBody(PAPER_TARGETS[kind]) as { members: Row[]; candidates: Row[]; meeting: Row };
  change(b);
  return b;
}

function text(kind: string, change?: Parameters<typeof body>[1]): string {
  const out = draftPaper(kind, body(kind, change));
  if (!out.ok) throw new Error(`${kind}: ${JSON.stringify(out)}`);
  return fillNames(renderText(out.model), MEETING_NAMES, { escape: 'none' });
}

function refusal(out: PaperOutcome): string {
  if (out.ok || out.kind !== 'refused') throw new Error(`not refused: ${JSON.stringify(out).slice(0, 300)}`);
  return out.refusals.map((r) => r.message).join(' ');
}

describe('the meeting papers', () => {
  it('draft every kind with every name placeholder filled and no form the applicant writes', () => {
    for (const kind of Object.keys(PAPER_TARGETS)) {
      const t = text(kind);
      expect(t, kind).not.toMatch(/\{\{ten:/);
      expect(t, kind).not.toMatch(/\b[12]-KNĐ/);
      expect(t, kind).not.toMatch(/\b00\b/);
      expect(t, kind).toMatch(/BÍ THƯ|CHỦ TRÌ/);
    }
  });

  it('state the figures the review computed, once', () => {
    const b = body('admission-resolution');
    const review = reviewMeeting(b as never, b.meeting as never);
    const t = review.admissions[0]!.tally!;
    const paper = text('admission-resolution');
    expect(paper).toContain(
      `${String(t.votesFor).padStart(2, '0')} đồng chí, trên tổng số ${String(t.counted).padStart(2, '0')} đảng viên chính thức`,
    );
    expect(paper).toContain(`đạt ${t.percent}`);
    expect(paper).toContain('không tính 01 đồng chí miễn sinh hoạt');
    expect(paper).toContain('Có mặt: 06 đồng chí (05 chính thức, 01 dự bị)');
  });

  it('take every vote over the counted full members of the cell, and state the conclusion', () => {
    const b = body('helper-assignment');
    const counted = reviewMeeting(b as never, b.meeting as never).admissions[0]?.tally?.counted;
    for (const kind of ['helper-assignment', 'sympathizer-list']) {
      const t = text(kind);
      expect(t, kind).not.toContain('dự họp]');
      expect(t, kind).toMatch(
        /Kết quả biểu quyết: \[Cần bổ sung: số\] đồng chí tán thành trên tổng số (\d\d) đảng viên chính thức của chi bộ\./,
      );
      const n = Number(/trên tổng số (\d\d) đảng viên chính thức của chi bộ\./.exec(t)?.[1]);
      if (counted !== undefined) expect(n, kind).toBe(counted);
      expect(n, kind).toBe(6);
    }
    expect(text('admission-resolution')).toContain(
      'bảo đảm ít nhất hai phần ba số đảng viên chính thức của chi bộ theo quy định.',
    );
    expect(text('recognition-resolution')).toContain(
      'bảo đảm ít nhất hai phần ba số đảng viên chính thức của chi bộ theo quy định.',
    );
    const failed = text('minutes-extract', (x) => {
      x.candidates[0]!.votesFor = 3;
    });
    expect(failed).toContain(
      'đạt 50,0%, không đủ hai phần ba số đảng viên chính thức của chi bộ (cần ít nhất 04 đồng chí).',
    );
  });

  it('name the admission decision in the recognition with its number and issuer to fill in', () => {
    expect(text('recognition-resolution')).toMatch(
      /được kết nạp vào Đảng theo Quyết định số \[Cần bổ sung: số quyết định\] ngày \d\d\/\d\d\/\d{4} của \[Cần bổ sung: cấp ủy ra quyết định\], lễ kết nạp/,
    );
  });

  it('say a zero in words', () => {
    const t = text('admission-resolution', (b) => {
      b.meeting.absent = [];
      b.members.splice(6, 1);
      b.candidates[0]!.votesFor = 6;
    });
    expect(t).toContain('Vắng mặt: không có.');
    expect(t).toContain('Số đảng viên chính thức không tán thành: không có.');
    expect(t).not.toContain('Không thuộc diện phải dự họp');
  });

  it('agree singular and plural with the count', () => {
    expect(text('helper-assignment')).toContain(
      'phân công đảng viên chính thức sau đây giúp đỡ quần chúng ưu tú:',
    );
    const two = text('sympathizer-list', (b) => {
      b.candidates.push({
        key: 'QC3',
        birthDate: '2008-01-05',
        category: 'student',
        sympathizerListDate: MEETING_DAY,
      });
    });
    expect(two).toContain('đưa 02 quần chúng sau đây');
    expect(two).toContain('danh sách cảm tình Đảng của chi bộ gồm 02 quần chúng');
  });

  it('the helper assignment counts the helpers, not the people helped, for "các đảng viên" and "Mỗi"', () => {
    const addQC3 = (helperKey: string) => (b: { candidates: Row[] }) => {
      b.candidates.push({
        key: 'QC3',
        birthDate: '2008-01-05',
        category: 'student',
        sympathizerListDate: MEETING_DAY,
        helperKey,
      });
    };
    // QC2 is helped by DV3; one member helping both is one "đảng viên", not "các đảng viên".
    const shared = text('helper-assignment', addQC3('DV3'));
    expect(shared).toContain('phân công đảng viên chính thức sau đây giúp đỡ 02 quần chúng ưu tú:');
    expect(shared).toContain('Đảng viên được phân công có trách nhiệm');
    expect(shared).not.toContain('Mỗi đảng viên');
    const distinct = text('helper-assignment', addQC3('DV4'));
    expect(distinct).toContain('phân công các đảng viên chính thức sau đây giúp đỡ 02 quần chúng ưu tú:');
    expect(distinct).toContain('Mỗi đảng viên được phân công');
  });

  it('the sympathiser list of one person says "quần chúng", not "các quần chúng"', () => {
    const one = text('sympathizer-list');
    expect(one).toContain('danh sách cảm tình Đảng của chi bộ gồm 01 quần chúng');
    expect(one).not.toContain('các quần chúng');
    expect(one).toContain('theo dõi quần chúng trong danh sách');
  });

  it('the 6-KNĐ names who introduced the person in one active line, and asks only what the sheet lacks', () => {
    const t = text('admission-resolution');
    expect(t).toContain(
      '- Người giới thiệu: đồng chí Nguyễn Văn An, đảng viên chính thức, và Ban Chấp hành Công đoàn cơ sở (nghị quyết ngày 20/01/2026).',
    );
    expect(t).not.toMatch(/\bbởi\b/);
    // "Giáo viên, công tác tại đơn vị từ …" has said the occupation: the placeholder does not ask again
    expect(t).toMatch(/- Giáo viên, công tác tại đơn vị từ ngày/);
    expect(t).toContain('- Quê quán, nơi ở hiện nay: [Cần bổ sung: theo lý lịch của người xin vào Đảng].');
  });

  it('the minutes: attendance figures, then the absent and exempt by name, the guests, the chair last; the union that introduced', () => {
    const t = text('minutes-extract');
    const lines = t.split('\n');
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(`- ${prefix}`));
    const order = [
      'Vắng mặt:',
      'Vắng có lý do:',
      'Vắng không có lý do:',
      'Miễn sinh hoạt:',
      'Khách mời:',
      'Chủ trì:',
    ];
    const found = order.map(at);
    expect(
      found.every((i) => i >= 0),
      JSON.stringify(found),
    ).toBe(true);
    expect([...found].sort((a, b) => a - b)).toEqual(found);
    expect(t).toContain('- Ban Chấp hành Công đoàn cơ sở (nghị quyết ngày 20/01/2026) giới thiệu.');
  });

  it('cite the texts in force on the meeting day', () => {
    const early = text('admission-resolution', (b) => {
      b.meeting.date = '2025-03-13';
      b.meeting.absent = [{ memberKey: 'DV6', reason: 'ốm' }];
      (b as Row).document = { ...((b as Row).document as Row), date: '2025-03-13' };
      b.members[8]!.officialResolutionDate = '2025-03-13';
      b.candidates[0]!.cellResolutionDate = '2025-03-13';
      b.candidates[0]!.tradeUnionResolutionDate = '2025-01-20';
      b.candidates[0]!.introducers = [{ memberKey: 'DV1', letterDate: '2025-01-15' }];
      b.candidates[0]!.feedbackSummaryDate = '2025-02-20';
      b.candidates[0]!.awarenessCertificateDate = '2024-05-10';
      b.candidates[0]!.applicationDate = '2024-07-01';
      b.candidates[0]!.backgroundDeclaredDate = '2024-07-05';
      b.candidates[0]!.backgroundVerifiedDate = '2024-11-20';
    });
    expect(early).toContain('Quy định số 232-QĐ/TW');
    expect(text('admission-resolution')).toContain('Quy định số 294-QĐ/TW');
  });
});

describe('a paper the facts make wrong is refused, naming the fact', () => {
  it('fewer than two thirds', () => {
    const b = body('admission-resolution', (x) => {
      x.candidates[0]!.votesFor = 3;
    });
    expect(refusal(draftPaper('admission-resolution', b))).toContain(
      'Chỉ 03/06 đảng viên chính thức (50,0%)',
    );
  });

  it('not 18 at the meeting', () => {
    const b = body('admission-resolution', (x) => {
      x.candidates[0]!.birthDate = '2008-05-02';
    });
    expect(refusal(draftPaper('admission-resolution', b))).toContain('chưa đủ 18 tuổi');
  });

  it('a certificate expired at the meeting', () => {
    const b = body('admission-resolution', (x) => {
      x.candidates[0]!.awarenessCertificateDate = '2021-02-01';
    });
    expect(refusal(draftPaper('admission-resolution', b))).toContain('hết hạn ngày 01/02/2026');
  });

  it('a recognition meeting before the 12 months end', () => {
    const b = body('recognition-resolution', (x) => {
      x.members[8]!.ceremonyDate = '2025-03-20';
    });
    expect(refusal(draftPaper('recognition-resolution', b))).toContain(
      'hết 12 tháng dự bị (ngày 20/03/2026)',
    );
  });

  it('fewer than three full members', () => {
    const b = body('admission-resolution', (x) => {
      x.members.splice(2, 5);
      x.meeting = { date: MEETING_DAY, chairKey: 'DV1', clerkKey: 'DV2', absent: [] };
      delete x.candidates[1]!.helperKey;
      x.candidates[0]!.votesFor = 2;
    });
    expect(refusal(draftPaper('admission-resolution', b))).toContain('chỉ có 02 đảng viên chính thức');
  });

  it('but the minutes record a failed vote truthfully', () => {
    const t = text('minutes-extract', (x) => {
      x.candidates[0]!.votesFor = 3;
    });
    expect(t).toContain('Số đảng viên chính thức tán thành kết nạp: 03 đồng chí, trên tổng số 06');
    expect(t).toContain('chưa đạt hai phần ba');
    expect(t).not.toContain('quyết định kết nạp quần chúng Đinh Thị Lan');
  });

  it('and with fewer than three full members the minutes say so instead of proposing anyone', () => {
    const t = text('minutes-extract', (x) => {
      x.members.splice(2, 5);
      x.meeting = { date: MEETING_DAY, chairKey: 'DV1', clerkKey: 'DV2', absent: [] };
      delete x.candidates[1]!.helperKey;
      x.candidates[0]!.votesFor = 2;
      x.members[x.members.length - 1]!.officialVotesFor = 2;
    });
    expect(t).toContain(
      'Tổng số đảng viên của chi bộ: 04 đồng chí, gồm 02 đảng viên chính thức và 02 đảng viên dự bị.',
    );
    expect(t).toContain('chi bộ chưa đủ 03 đảng viên chính thức, nên kết quả biểu quyết chưa đủ điều kiện');
    expect(t).not.toContain('Kết luận: chi bộ đề nghị');
  });
});
