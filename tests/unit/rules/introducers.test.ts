import { describe, expect, it } from 'vitest';
import {
  cellMembers,
  findings,
  member,
  one,
  only,
  readyCandidate,
  readyStudent,
} from '../engine/builders.ts';

const at = '2025-09-15';
const letter = '2025-06-01';

describe('introducers.insufficient', () => {
  it('two full members are enough', () => {
    const r = one(at, readyCandidate(at));
    expect(findings(r, 'introducers.insufficient')).toEqual([]);
    expect(r.stage).toBe('ready');
  });

  it('one full member alone is not enough for a candidate over 30', () => {
    const r = one(at, readyCandidate(at, { introducers: [{ memberKey: 'M1', letterDate: letter }] }));
    const f = only(r, 'introducers.insufficient');
    expect(f.severity).toBe('error');
    expect(f.field).toBe('introducers');
    expect(r.stage).toBe('dossier');
  });

  it('no introducer at all is an error', () => {
    const r = one(at, readyCandidate(at, { introducers: undefined }));
    expect(only(r, 'introducers.insufficient').message).toContain('mới có 0');
  });

  it('one full member plus a Youth Union resolution (4-KNĐ) is enough, up to 30', () => {
    const r = one(
      at,
      readyCandidate(at, {
        birthDate: '1998-04-12',
        youthUnionMember: true,
        introducers: [{ memberKey: 'M1', letterDate: letter }],
        youthUnionResolutionDate: '2025-07-01',
      }),
    );
    expect(findings(r, 'introducers.insufficient')).toEqual([]);
    expect(r.stage).toBe('ready');
  });

  it('over 30 at the planned meeting, a Youth Union resolution no longer counts: the message offers 4A-KNĐ', () => {
    // 30 in full years until 11/04/2026; the cell plans to meet on 05/05/2026
    const r = one(
      at,
      readyCandidate(at, {
        birthDate: '1995-04-12',
        youthUnionMember: true,
        introducers: [{ memberKey: 'M1', letterDate: letter }],
        youthUnionResolutionDate: '2025-07-01',
        plannedMeetingDate: '2026-05-05',
      }),
      { unit: { hasYouthUnion: true, hasTradeUnion: true }, year: 2026 },
    );
    const f = findings(r, 'introducers.insufficient');
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('4A-KNĐ');
    expect(f[0]!.message).toContain('31 tuổi');
    expect(f[0]!.message).not.toContain('4-KNĐ)');
    expect(r.projection?.route).toBe('tradeUnion');
  });

  it('one full member plus a trade-union resolution (4A-KNĐ) is enough', () => {
    const r = one(
      at,
      readyCandidate(at, {
        introducers: [{ memberKey: 'M1', letterDate: letter }],
        tradeUnionResolutionDate: '2025-07-01',
      }),
      { unit: { hasYouthUnion: true, hasTradeUnion: true }, year: 2026 },
    );
    expect(findings(r, 'introducers.insufficient')).toEqual([]);
    expect(r.stage).toBe('ready');
  });

  it('ignores the trade-union resolution when the unit has no trade union', () => {
    const r = one(
      at,
      readyCandidate(at, {
        introducers: [{ memberKey: 'M1', letterDate: letter }],
        tradeUnionResolutionDate: '2025-07-01',
      }),
      { unit: { hasYouthUnion: true, hasTradeUnion: false } },
    );
    expect(only(r, 'introducers.insufficient').severity).toBe('error');
  });

  it('a union resolution dated after the reference date does not count', () => {
    const r = one(
      at,
      readyCandidate(at, {
        plannedMeetingDate: '2025-09-01',
        introducers: [{ memberKey: 'M1', letterDate: letter }],
        tradeUnionResolutionDate: '2025-09-10',
      }),
    );
    expect(only(r, 'introducers.insufficient').severity).toBe('error');
  });

  it('a candidate of 30 or less in a unit with a Youth Union needs only one individual introducer', () => {
    // born 12/03/2000: 25 at the reference date, đoàn viên, introduced by the Youth Union
    const r = one(at, readyStudent(at, '2000-03-12'));
    expect(findings(r, 'introducers.insufficient')).toEqual([]);
    expect(r.stage).toBe('ready');
  });

  it('the same young candidate in a unit without a Youth Union and with no resolution needs two', () => {
    const r = one(at, readyStudent(at, '2000-03-12', { youthUnionResolutionDate: undefined }), {
      unit: { hasYouthUnion: false, hasTradeUnion: false },
    });
    expect(only(r, 'introducers.insufficient').severity).toBe('error');
  });

  it('an introducer without an introduction letter is an error on that introducer', () => {
    const r = one(
      at,
      readyCandidate(at, { introducers: [{ memberKey: 'M1', letterDate: letter }, { memberKey: 'M2' }] }),
    );
    const f = only(r, 'introducers.insufficient');
    expect(f.field).toBe('introducers[1].letterDate');
    expect(f.severity).toBe('error');
  });

  it('a letter dated after the planned meeting is an error', () => {
    const r = one(
      at,
      readyCandidate(at, {
        plannedMeetingDate: '2025-09-01',
        introducers: [
          { memberKey: 'M1', letterDate: letter },
          { memberKey: 'M2', letterDate: '2025-09-05' },
        ],
      }),
    );
    expect(only(r, 'introducers.insufficient').field).toBe('introducers[1].letterDate');
  });
});

describe('introducers.notOfficial', () => {
  // M6 is still probationary at 15/09/2025: full member from 01/10/2025.
  const members = [
    ...cellMembers(),
    member('M6', { joinedUnitDate: '2015-09-01', ceremonyDate: '2024-10-01', officialSince: '2025-10-01' }),
  ];
  const withM6 = readyCandidate(at, {
    introducers: [
      { memberKey: 'M1', letterDate: letter },
      { memberKey: 'M6', letterDate: letter },
    ],
  });

  it('a probationary introducer (via memberKey) does not count; eligibleFrom moves to officialSince', () => {
    const r = one(at, withM6, { members });
    const f = only(r, 'introducers.notOfficial');
    expect(f.severity).toBe('error');
    expect(f.field).toBe('introducers[1].officialSince');
    expect(f.date).toBe('2025-10-01');
    expect(f.message).toContain('01/10/2025');
    expect(r.eligibleFrom).toBe('2025-10-01');
    expect(r.stage).toBe('dossier');
  });

  it('a member with a ceremony under 12 months ago and no official date is probationary: an error', () => {
    const recent = [
      ...cellMembers(),
      member('M7', { joinedUnitDate: '2015-09-01', ceremonyDate: '2025-03-20' }),
    ];
    const r = one(
      at,
      readyCandidate(at, {
        introducers: [
          { memberKey: 'M1', letterDate: letter },
          { memberKey: 'M7', letterDate: letter },
        ],
      }),
      { members: recent },
    );
    const f = only(r, 'introducers.notOfficial');
    expect(f.severity).toBe('error');
    expect(f.date).toBe('2026-03-20');
    expect(f.message).toContain('20/03/2026');
    expect(r.eligibleFrom).toBe('2026-03-20');
  });

  it('a ceremony over 12 months ago with no official date recorded is only a warning', () => {
    const old = [
      ...cellMembers(),
      member('M7', { joinedUnitDate: '2015-09-01', ceremonyDate: '2020-03-20' }),
    ];
    const r = one(
      at,
      readyCandidate(at, {
        introducers: [
          { memberKey: 'M1', letterDate: letter },
          { memberKey: 'M7', letterDate: letter },
        ],
      }),
      { members: old },
    );
    expect(only(r, 'introducers.notOfficial').severity).toBe('warning');
  });

  it('counts once the introducer is a full member at the reference date', () => {
    const r = one(at, { ...withM6, plannedMeetingDate: '2025-10-01' }, { members });
    expect(findings(r, 'introducers.notOfficial')).toEqual([]);
    expect(r.stage).toBe('ready');
  });

  it('an inline officialSince after the reference date is an error too', () => {
    const r = one(
      at,
      readyCandidate(at, {
        introducers: [
          { memberKey: 'M1', letterDate: letter },
          { officialSince: '2025-11-20', togetherSince: '2015-09-01', letterDate: letter },
        ],
      }),
    );
    expect(only(r, 'introducers.notOfficial').date).toBe('2025-11-20');
    expect(r.eligibleFrom).toBe('2025-11-20');
  });

  it('an inline officialSince overrides the member list', () => {
    const r = one(
      at,
      readyCandidate(at, {
        introducers: [
          { memberKey: 'M1', letterDate: letter },
          { memberKey: 'M2', officialSince: '2025-12-01', letterDate: letter },
        ],
      }),
    );
    expect(only(r, 'introducers.notOfficial').date).toBe('2025-12-01');
  });

  it('an unknown officialSince is a warning, not an error', () => {
    const r = one(
      at,
      readyCandidate(at, {
        introducers: [
          { memberKey: 'M1', letterDate: letter },
          { togetherSince: '2015-09-01', letterDate: letter },
        ],
      }),
    );
    expect(only(r, 'introducers.notOfficial').severity).toBe('warning');
    expect(r.stage).toBe('ready');
  });
});

describe('introducers.tooShort', () => {
  // Together since 31/03/2025: 12 months on 31/03/2026.
  const inline = { officialSince: '2010-01-01', togetherSince: '2025-03-31', letterDate: '2026-01-05' };
  const cand = (day: string) =>
    readyCandidate(day, { introducers: [{ memberKey: 'M1', letterDate: '2026-01-05' }, inline] });

  it('12 months to the day: fine on 31/03/2026', () => {
    const r = one('2026-03-31', cand('2026-03-31'));
    expect(findings(r, 'introducers.tooShort')).toEqual([]);
    expect(r.stage).toBe('ready');
  });

  it('not on 30/03/2026', () => {
    const r = one('2026-03-30', cand('2026-03-30'));
    const f = only(r, 'introducers.tooShort');
    expect(f.severity).toBe('error');
    expect(f.field).toBe('introducers[1].togetherSince');
    expect(f.date).toBe('2026-03-31');
    expect(r.eligibleFrom).toBe('2026-03-31');
    expect(r.stage).toBe('dossier');
  });

  const m7 = member('M7', { joinedUnitDate: '2025-03-31', officialSince: '2012-05-01' });
  const viaM7 = (day: string, extra: object = {}) =>
    readyCandidate(day, {
      joinedUnitDate: '2019-09-01',
      introducers: [
        { memberKey: 'M1', letterDate: '2026-01-05' },
        { memberKey: 'M7', letterDate: '2026-01-05', ...extra },
      ],
    });

  it('defaults to the later of the two joinedUnitDates (the member joined later)', () => {
    const members = [...cellMembers(), m7];
    expect(only(one('2026-03-30', viaM7('2026-03-30'), { members }), 'introducers.tooShort').date).toBe(
      '2026-03-31',
    );
    expect(findings(one('2026-03-31', viaM7('2026-03-31'), { members }), 'introducers.tooShort')).toEqual([]);
  });

  it('defaults to the later of the two joinedUnitDates (the candidate joined later)', () => {
    const r = one('2026-03-30', readyCandidate('2026-03-30', { joinedUnitDate: '2025-03-31' }));
    // both M1 and M2 joined years ago: two findings, one per introducer
    const list = findings(r, 'introducers.tooShort');
    expect(list.map((f) => f.field)).toEqual([
      'introducers[0].togetherSince',
      'introducers[1].togetherSince',
    ]);
    expect(list.every((f) => f.date === '2026-03-31')).toBe(true);
  });

  it('an inline togetherSince overrides the joinedUnitDates', () => {
    const members = [...cellMembers(), m7];
    const r = one('2026-03-30', viaM7('2026-03-30', { togetherSince: '2024-01-01' }), { members });
    expect(findings(r, 'introducers.tooShort')).toEqual([]);
    expect(r.stage).toBe('ready');
  });

  it('an unknown start is a warning', () => {
    const r = one(at, readyCandidate(at, { joinedUnitDate: undefined }));
    expect(findings(r, 'introducers.tooShort').map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(r.stage).toBe('ready');
  });
});

describe('youthUnion.required', () => {
  // Born 20/09/1994: 30 full years until 19/09/2025, 31 from 20/09/2025.
  const born = '1994-09-20';
  const notMember = (day: string) => readyCandidate(day, { birthDate: born, youthUnionMember: false });

  it('at 30 in a unit with a Youth Union: must be a đoàn viên introduced by the Youth Union', () => {
    const r = one('2025-09-19', notMember('2025-09-19'));
    const list = findings(r, 'youthUnion.required');
    expect(list.map((f) => f.field)).toEqual(['youthUnionMember', 'youthUnionResolutionDate']);
    expect(list.every((f) => f.severity === 'error')).toBe(true);
    expect(list[0]!.message).toContain('30 tuổi');
    expect(r.stage).toBe('dossier');
  });

  it('at 31 no longer', () => {
    const r = one('2025-09-20', notMember('2025-09-20'));
    expect(findings(r, 'youthUnion.required')).toEqual([]);
    expect(r.stage).toBe('ready');
  });

  it('not in a unit without a Youth Union', () => {
    const r = one('2025-09-19', notMember('2025-09-19'), { unit: { hasYouthUnion: false } });
    expect(findings(r, 'youthUnion.required')).toEqual([]);
    expect(r.stage).toBe('ready');
  });

  it('a đoàn viên still needs the resolution', () => {
    const r = one('2025-09-19', readyCandidate('2025-09-19', { birthDate: born, youthUnionMember: true }));
    expect(only(r, 'youthUnion.required').field).toBe('youthUnionResolutionDate');
  });

  it('a đoàn viên with the resolution passes', () => {
    const r = one(
      '2025-09-19',
      readyCandidate('2025-09-19', {
        birthDate: born,
        youthUnionMember: true,
        youthUnionResolutionDate: '2025-08-01',
      }),
    );
    expect(findings(r, 'youthUnion.required')).toEqual([]);
    expect(r.stage).toBe('ready');
  });
});
