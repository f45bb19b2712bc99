/**
 * Deadlines in working days (domain.md §3): Monday–Friday minus public holidays; day 1 is the
 * working day after the event. Every expected date below is counted by hand, week by week, with
 * the holidays skipped listed; none is derived from the function under test.
 */
import { describe, expect, it } from 'vitest';
import { toDay } from '../../../shared/dates/day.ts';
import { rulesCatalogue } from '../../../shared/rules/catalogue.ts';
import type { CandidateInput as Candidate } from '../../../shared/schemas/request.ts';
import type { Result } from '../../../shared/schemas/response.ts';
import { findings, one, only, readyCandidate } from '../engine/builders.ts';

const deadline = (r: Result, rule: string) => r.deadlines.filter((d) => d.rule === rule);

describe('deadline.decision', () => {
  // Cell resolution Mon 12/01/2026 (after the New Year days off 01–02/01 and the make-up
  // Saturday 10/01). Day 1 = Tue 13/01.
  //   13–16/01: 4 · 19–23/01: 9 · 26–30/01: 14 · 02–06/02: 19 · 09–13/02: 24
  //   16–20/02 Tết Bính Ngọ, Mon–Fri off (skipped)
  //   23–27/02: 29 · 02–06/03: 34 · 09–13/03: 39 · 16–20/03: 44 · 23–27/03: 49
  //   30/03–03/04: 54 · 06–10/04: 59 · Mon 13/04: 60  → due 13/04/2026
  // Without Tết it would be Mon 06/04/2026: the due date moves by the five Tết weekdays.
  const resolution = '2026-01-12';
  const proposed: Candidate = readyCandidate(resolution, { cellResolutionDate: resolution, votesFor: 5 });

  it('across Tết 2026: due 13/04/2026, info while not overdue', () => {
    const r = one('2026-04-13', proposed);
    expect(deadline(r, 'deadline.decision')).toEqual([
      { rule: 'deadline.decision', due: '2026-04-13', overdue: false },
    ]);
    const f = only(r, 'deadline.decision');
    expect(f.severity).toBe('info');
    expect(f.date).toBe('2026-04-13');
    expect(f.message).toContain('13/04/2026');
    // 13/04 is the last day allowed (not overdue on it): "at the latest", never "before" that day,
    // which would tell the secretary 12/04 — and the meeting papers say "chậm nhất ngày" too.
    expect(f.message).toContain('chậm nhất ngày 13/04/2026');
    expect(f.message).not.toContain('trước ngày');
  });

  it('overdue the day after: a warning', () => {
    const r = one('2026-04-14', proposed);
    expect(deadline(r, 'deadline.decision')).toEqual([
      { rule: 'deadline.decision', due: '2026-04-13', overdue: true },
    ]);
    expect(only(r, 'deadline.decision').severity).toBe('warning');
  });

  it('the Tết weekdays are what moves it: worked instead, the due date is 06/04/2026', () => {
    const r = one('2026-04-01', proposed, {
      workdays: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'],
    });
    expect(deadline(r, 'deadline.decision')[0]!.due).toBe('2026-04-06');
  });

  it('without holidays in the way: 60 working days = 12 weeks', () => {
    // Mon 15/09/2025 → day 60 = Mon 08/12/2025 (no public holiday between 03/09 and 31/12/2025).
    const at = '2025-09-15';
    const r = one('2025-09-20', readyCandidate(at, { cellResolutionDate: at, votesFor: 5 }));
    expect(deadline(r, 'deadline.decision')[0]!.due).toBe('2025-12-08');
  });

  it('an extra holiday from the request pushes the due date by one working day', () => {
    // Same as above with Fri 10/10/2025 declared a day off → Tue 09/12/2025.
    const at = '2025-09-15';
    const r = one('2025-09-20', readyCandidate(at, { cellResolutionDate: at, votesFor: 5 }), {
      holidays: ['2025-10-10'],
    });
    expect(deadline(r, 'deadline.decision')[0]!.due).toBe('2025-12-09');
  });

  it('is no longer tracked once the decision is made', () => {
    const r = one('2026-04-20', { ...proposed, decisionDate: '2026-03-02' });
    expect(deadline(r, 'deadline.decision')).toEqual([]);
    expect(findings(r, 'deadline.decision')).toEqual([]);
  });
});

describe('deadline.ceremony', () => {
  // Across 30/4–1/5/2025 (official schedule: Wed 30/04, Thu 01/05 and Fri 02/05 off, Sat 26/04
  // worked in exchange). Giỗ Tổ Mon 07/04/2025 is before the windows below.
  const admitted = (extra: Partial<Candidate> = {}): Candidate =>
    readyCandidate('2025-03-10', {
      cellResolutionDate: '2025-03-10',
      votesFor: 5,
      decisionDate: '2025-04-10',
      ...extra,
    });

  it('30 working days from the decision date when the receipt date is unknown', () => {
    // Decision Thu 10/04. Day 1 = Fri 11/04: 1 · 14–18/04: 6 · 21–25/04: 11 · Sat 26/04 (make-up
    // Saturday) not counted (domain.md §3) · 28–29/04: 13 · 30/04, 01/05, 02/05 off · 05–09/05: 18
    // 12–16/05: 23 · 19–23/05: 28 · 26–27/05: 30 → due Tue 27/05/2025.
    const r = one('2025-05-26', admitted());
    expect(r.stage).toBe('admitted');
    expect(deadline(r, 'deadline.ceremony')).toEqual([
      { rule: 'deadline.ceremony', due: '2025-05-27', overdue: false },
    ]);
    expect(only(r, 'deadline.ceremony').severity).toBe('info');
    expect(only(one('2025-05-27', admitted()), 'deadline.ceremony').severity).toBe('info');
    expect(only(one('2025-05-28', admitted()), 'deadline.ceremony').severity).toBe('warning');
  });

  it('30 working days from decisionReceivedDate when known', () => {
    // Received Tue 15/04. Day 1 = Wed 16/04: 16–18/04: 3 · 21–25/04: 8 · Sat 26/04 not counted
    // 28–29/04: 10 · 30/04–02/05 off · 05–09/05: 15 · 12–16/05: 20 · 19–23/05: 25
    // 26–30/05: 30 → due Fri 30/05/2025.
    const r = one('2025-05-20', admitted({ decisionReceivedDate: toDay('2025-04-15') }));
    expect(deadline(r, 'deadline.ceremony')).toEqual([
      { rule: 'deadline.ceremony', due: '2025-05-30', overdue: false },
    ]);
    expect(only(r, 'deadline.ceremony').message).toContain('15/04/2025');
  });

  it('is no longer tracked after the ceremony', () => {
    const r = one('2025-06-10', admitted({ ceremonyDate: toDay('2025-05-19') }));
    expect(deadline(r, 'deadline.ceremony')).toEqual([]);
  });
});

describe('probation.ends', () => {
  it('12 calendar months from the ceremony: 29/02/2024 → 28/02/2025', () => {
    const r = one(
      '2024-06-01',
      readyCandidate('2024-01-10', {
        cellResolutionDate: '2024-01-10',
        votesFor: 5,
        decisionDate: '2024-02-15',
        ceremonyDate: '2024-02-29',
      }),
    );
    expect(r.stage).toBe('probationary');
    const f = only(r, 'probation.ends');
    expect(f.severity).toBe('info');
    expect(f.date).toBe('2025-02-28');
    // party age counts from the decision date
    expect(f.message).toContain('15/02/2024');
  });

  it('an ordinary date: 19/05/2024 → 19/05/2025', () => {
    const r = one(
      '2024-06-01',
      readyCandidate('2024-03-01', {
        cellResolutionDate: '2024-03-01',
        votesFor: 5,
        decisionDate: '2024-04-20',
        ceremonyDate: '2024-05-19',
      }),
    );
    expect(only(r, 'probation.ends').date).toBe('2025-05-19');
  });
});

describe('deadline.officialReview', () => {
  // Ceremony 29/02/2024 → probation ends Fri 28/02/2025.
  const probationary = (extra: Partial<Candidate> = {}): Candidate =>
    readyCandidate('2024-01-10', {
      cellResolutionDate: '2024-01-10',
      votesFor: 5,
      decisionDate: '2024-02-15',
      ceremonyDate: '2024-02-29',
      ...extra,
    });

  it('the cell considers recognition within 30 working days after probation ends', () => {
    // Day 1 = Mon 03/03: 03–07/03: 5 · 10–14/03: 10 · 17–21/03: 15 · 24–28/03: 20
    // 31/03–04/04: 25 · Mon 07/04 Giỗ Tổ Hùng Vương off · 08–11/04: 29 · Mon 14/04: 30
    // → due 14/04/2025 (11/04 without Giỗ Tổ).
    const r = one('2025-04-14', probationary());
    expect(deadline(r, 'deadline.officialReview')).toEqual([
      { rule: 'deadline.officialReview', due: '2025-04-14', overdue: false },
    ]);
    const f = only(r, 'deadline.officialReview');
    expect(f.severity).toBe('info');
    expect(f.field).toBe('officialResolutionDate');
    expect(only(one('2025-04-15', probationary()), 'deadline.officialReview').severity).toBe('warning');
  });

  it('a recognition resolution dated before probation ends is an error', () => {
    const r = one('2025-03-01', probationary({ officialResolutionDate: toDay('2025-02-20') }));
    const f = only(r, 'deadline.officialReview');
    expect(f.severity).toBe('error');
    expect(f.date).toBe('2025-02-28');
    expect(f.message).toContain('20/02/2025');
  });

  it('a resolution on the day probation ends is accepted (the condition holds on that date, §3)', () => {
    const r = one('2025-03-01', probationary({ officialResolutionDate: toDay('2025-02-28') }));
    expect(only(r, 'deadline.officialReview').severity).toBe('info');
  });

  it('then the competent committee decides within 30 working days of the resolution', () => {
    // Resolution Mon 10/03/2025. Day 1 = Tue 11/03: 11–14/03: 4 · 17–21/03: 9 · 24–28/03: 14
    // 31/03–04/04: 19 · Mon 07/04 Giỗ Tổ off · 08–11/04: 23 · 14–18/04: 28 · 21–22/04: 30
    // → due Tue 22/04/2025.
    const r = one('2025-04-22', probationary({ officialResolutionDate: toDay('2025-03-10') }));
    expect(deadline(r, 'deadline.officialReview')).toEqual([
      { rule: 'deadline.officialReview', due: '2025-04-22', overdue: false },
    ]);
    const f = only(r, 'deadline.officialReview');
    expect(f.field).toBe('officialDecisionDate');
    expect(f.severity).toBe('info');
    const late = one('2025-04-23', probationary({ officialResolutionDate: toDay('2025-03-10') }));
    expect(deadline(late, 'deadline.officialReview')[0]!.overdue).toBe(true);
    expect(only(late, 'deadline.officialReview').severity).toBe('warning');
  });

  it('is no longer tracked once recognised', () => {
    const r = one(
      '2025-05-01',
      probationary({
        officialResolutionDate: toDay('2025-03-10'),
        officialDecisionDate: toDay('2025-04-02'),
      }),
    );
    expect(r.stage).toBe('official');
    expect(r.deadlines).toEqual([]);
  });
});

describe('deadline.memberRecord', () => {
  // Ceremony Mon 03/08/2026. Day 1 = Tue 04/08.
  //   04–07/08: 4 · 10–14/08: 9 · 17–21/08: 14 · Sat 22/08 (worked in exchange for 31/08) not counted
  //   24–28/08: 19 · Mon 31/08 (swapped), Tue 01/09, Wed 02/09 Quốc khánh off
  //   Thu 03/09: 20 · Fri 04/09: 21 · 07–11/09: 26 · 14/09: 27 · 15/09: 28 · 16/09: 29 · Thu 17/09: 30
  // With only 1–2/09 off (the computed default), it would be Wed 16/09.
  const admitted = (_asOf: string): Candidate =>
    readyCandidate('2026-06-01', {
      cellResolutionDate: '2026-06-01',
      votesFor: 5,
      decisionDate: '2026-07-20',
      ceremonyDate: '2026-08-03',
    });

  it('is an info with the due date, 30 working days after the ceremony, over the official Quốc khánh 2026', () => {
    const r = one('2026-08-10', admitted('2026-08-10'));
    const f = only(r, 'deadline.memberRecord');
    expect(f.severity).toBe('info');
    expect(f.date).toBe('2026-09-17');
    expect(f.message).toContain('17/09/2026');
    expect(f.message).toContain('lý lịch đảng viên');
    expect(deadline(r, 'deadline.memberRecord')).toEqual([
      { rule: 'deadline.memberRecord', due: '2026-09-17', overdue: false },
    ]);
  });

  it('is no longer listed long after the due date', () => {
    expect(findings(one('2027-03-01', admitted('2027-03-01')), 'deadline.memberRecord')).toEqual([]);
  });
});

describe('a deadline is said as its last day', () => {
  it('no message template puts a day after "trước ngày" (a due day is the last day allowed)', () => {
    // documents.md: deadlines read "chậm nhất ngày …"; the documents' wording check bans
    // "trước ngày <date>" and the sidebar's messages must not say otherwise.
    const templates = rulesCatalogue().rules.flatMap((r) => Object.values(r.messages));
    expect(templates.length).toBeGreaterThan(20);
    expect(templates.filter((t) => /trước ngày \{\d/.test(t) || /trước ngày này/.test(t))).toEqual([]);
  });
});
