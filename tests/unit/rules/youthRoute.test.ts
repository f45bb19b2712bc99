import { describe, expect, it } from 'vitest';
import type { CandidateInput as Candidate } from '../../../shared/schemas/request.ts';
import { findings, one, only, readyCandidate } from '../engine/builders.ts';

/**
 * domain.md §4 "(route)": messages offer the route that fits the candidate's age at the meeting.
 * With no meeting planned the rules judge at asOf, where the candidate is 30, while the meeting
 * the projection finds may come after the 31st birthday: the Youth Union's messages then say
 * both routes, with the day, and so agree with the projection's route whichever meeting it is.
 */
const asOf = '2025-10-01';
const unit = { hasYouthUnion: true, hasTradeUnion: true };
// 30 in full years until 14/01/2026, 31 from 15/01/2026.
const born = '1995-01-15';

/** No introducer, no Youth Union resolution; no certificate, đơn or lý lịch yet: the meeting is months away. */
function thirty(overrides: Partial<Candidate> = {}): Candidate {
  return readyCandidate(asOf, {
    birthDate: born,
    youthUnionMember: false,
    introducers: undefined,
    awarenessCertificateDate: undefined,
    applicationDate: undefined,
    backgroundDeclaredDate: undefined,
    backgroundVerifiedDate: undefined,
    ...overrides,
  });
}

describe('the Youth Union route while no meeting is planned', () => {
  it('a candidate turning 31 before the projected meeting: both routes, with the 31st birthday', () => {
    const r = one(asOf, thirty(), { unit, year: 2026 });
    // The projection meets after 15/01/2026, on the trade union's route.
    expect((r.projection?.meeting ?? '') >= '2026-01-15').toBe(true);
    expect(r.projection?.route).toBe('tradeUnion');
    // The rules still fire at asOf, as before (ids and severities unchanged) …
    const youth = findings(r, 'youthUnion.required');
    expect(youth.map((f) => [f.field, f.severity])).toEqual([
      ['youthUnionMember', 'error'],
      ['youthUnionResolutionDate', 'error'],
    ]);
    const intro = only(r, 'introducers.insufficient');
    expect(intro.severity).toBe('error');
    // … but each says the Youth Union route holds only before 15/01/2026 and offers 4A-KNĐ from then on,
    // the route the projection (and so the plan) takes.
    for (const f of [...youth, intro]) {
      expect(f.message).toContain('nếu chi bộ xét trước khi quần chúng đủ 31 tuổi (ngày 15/01/2026)');
      expect(f.message).toContain('xét từ ngày đó thì cần 2 đảng viên chính thức giới thiệu');
      expect(f.message).toContain('mẫu 4A-KNĐ');
    }
    expect(youth[0]!.message).toContain('30 tuổi');
    expect(intro.message).toMatch(/; mới có 0\.$/);
  });

  it('without a trade union, from the 31st birthday two full members introduce', () => {
    const r = one(asOf, thirty(), { unit: { hasYouthUnion: true, hasTradeUnion: false }, year: 2026 });
    expect(r.projection?.route).toBe('introducers');
    for (const f of [...findings(r, 'youthUnion.required'), only(r, 'introducers.insufficient')]) {
      expect(f.message).toContain('nếu chi bộ xét trước khi quần chúng đủ 31 tuổi (ngày 15/01/2026)');
      expect(f.message).toMatch(/; xét từ ngày đó thì cần 2 đảng viên chính thức giới thiệu[;.]/);
      expect(f.message).not.toContain('4A-KNĐ');
    }
  });

  it('with a meeting planned after the 31st birthday: the over-30 wording, as before', () => {
    const r = one(asOf, thirty({ plannedMeetingDate: '2026-02-05' }), { unit, year: 2026 });
    expect(findings(r, 'youthUnion.required')).toEqual([]);
    const f = only(r, 'introducers.insufficient');
    expect(f.message).toContain('không còn trong độ tuổi được Đoàn giới thiệu');
    expect(f.message).toContain('mẫu 4A-KNĐ');
    expect(f.message).not.toContain('nếu chi bộ xét');
    expect(r.projection?.route).toBe('tradeUnion');
  });

  it('with a meeting planned before it: the Youth Union route alone', () => {
    // the papers done, so the planned meeting stands in the projection too
    const done: Partial<Candidate> = {
      awarenessCertificateDate: '2025-01-10',
      applicationDate: '2025-02-01',
      backgroundDeclaredDate: '2025-02-10',
      backgroundVerifiedDate: '2025-05-01',
    };
    const r = one(asOf, thirty({ ...done, plannedMeetingDate: '2026-01-14' }), { unit, year: 2026 });
    expect(r.projection?.meeting).toBe('2026-01-14');
    const messages = [...findings(r, 'youthUnion.required'), ...findings(r, 'introducers.insufficient')].map(
      (f) => f.message,
    );
    expect(messages).toHaveLength(3);
    for (const m of messages) expect(m).not.toContain('31 tuổi');
    expect(r.projection?.route).toBe('youthUnion');
  });

  it('a 25-year-old keeps the plain messages', () => {
    const r = one(asOf, thirty({ birthDate: '2000-03-10' }), { unit, year: 2026 });
    expect(r.projection?.route).toBe('youthUnion');
    expect(findings(r, 'youthUnion.required').map((f) => f.message)).toEqual([
      'Tại ngày kiểm tra (01/10/2025) quần chúng 25 tuổi, đơn vị có tổ chức Đoàn: phải là đoàn viên và được BCH Đoàn cơ sở giới thiệu.',
      'Cần nghị quyết giới thiệu đoàn viên ưu tú của BCH Đoàn cơ sở (mẫu 4-KNĐ) trước khi chi bộ xét.',
    ]);
    expect(only(r, 'introducers.insufficient').message).toBe(
      'Cần 1 đảng viên chính thức giới thiệu (kèm nghị quyết giới thiệu đoàn viên ưu tú của BCH Đoàn cơ sở, mẫu 4-KNĐ); mới có 0.',
    );
  });
});
