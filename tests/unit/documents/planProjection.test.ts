/**
 * The plan reads the engine's projection: every figure is a `meta.figures` entry, every timeline
 * entry agrees with its candidate's projection. The cases are those issue 10 found wrong.
 */
import { describe, expect, it } from 'vitest';
import { toDay } from '../../../shared/dates/day.ts';
import { draftPlan } from '../../../shared/documents/plan/build.ts';
import { evaluateRequest } from '../../../shared/engine/evaluate.ts';
import { parseEvaluateRequest } from '../../../shared/engine/parse.ts';
import type {
  CandidateInput as Candidate,
  EvaluateRequestInput as EvaluateRequest,
  MemberInput as Member,
} from '../../../shared/schemas/request.ts';
import {
  teachersCell,
  teachersCellDocument,
  upperSecondaryCell,
  upperSecondaryCellDocument,
} from '../../fixtures/documents/units.ts';
import { cellMembers, readyCandidate } from '../engine/builders.ts';
import { allText, plan, sectionText } from './helpers.ts';
import { checkPlan, statedNumbers } from './planConsistency.ts';

type Doc = typeof teachersCellDocument;

function drafted(request: EvaluateRequest, document: Doc) {
  const model = plan({ ...request, document });
  const parsed = parseEvaluateRequest({ ...request, year: document.year });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return { model, request: parsed.value, evaluation: evaluateRequest(parsed.value) };
}

const doc = (date: string, year: number): Doc => ({ ...teachersCellDocument, date, year });

/** A cell late in 2026 with every case of the issue. */
function lateCell(): EvaluateRequest {
  const at = '2026-11-29';
  const members: Member[] = [
    ...cellMembers(),
    // probationary, on the members tab only: admitted 10/04/2025 → due in April 2026
    {
      key: 'M9',
      joinedUnitDate: toDay('2024-09-01'),
      decisionDate: toDay('2025-04-02'),
      ceremonyDate: toDay('2025-04-10'),
    },
  ];
  const candidates: Candidate[] = [
    // only a name, a birth date and "Đoàn viên" on 29/11: not admissible this year
    { key: 'BARE', birthDate: toDay('2000-03-04'), youthUnionMember: true },
    // proposed in early November: admissible
    readyCandidate('2026-11-05', {
      key: 'PROP',
      awarenessCertificateDate: '2025-06-01',
      cellResolutionDate: '2026-11-05',
      votesFor: 5,
    }),
    // proposed in June, no decision: overdue
    readyCandidate('2026-06-01', {
      key: 'LATE',
      awarenessCertificateDate: '2025-06-01',
      cellResolutionDate: '2026-06-01',
      votesFor: 5,
    }),
    // certificate expiring 29/01/2027, vote planned in March 2027
    readyCandidate(at, {
      key: 'EXP',
      awarenessCertificateDate: '2022-01-29',
      plannedMeetingDate: '2027-03-10',
    }),
    // admitted, ceremony due 31/12/2026 or so
    readyCandidate('2026-10-01', {
      key: 'ADM',
      awarenessCertificateDate: '2025-06-01',
      cellResolutionDate: '2026-10-01',
      votesFor: 5,
      decisionDate: '2026-11-18',
    }),
    // already admitted this year: a member, never in the pool
    readyCandidate('2026-03-01', {
      key: 'IN1',
      awarenessCertificateDate: '2025-06-01',
      cellResolutionDate: '2026-03-01',
      votesFor: 5,
      decisionDate: '2026-04-01',
      ceremonyDate: '2026-04-20',
    }),
    readyCandidate('2026-03-01', {
      key: 'IN2',
      awarenessCertificateDate: '2025-06-01',
      cellResolutionDate: '2026-03-01',
      votesFor: 5,
      decisionDate: '2026-04-02',
      ceremonyDate: '2026-04-21',
    }),
    // certificates issued this year (7 of them, nothing else done)
    ...Array.from({ length: 7 }, (_, i) => ({
      key: `CERT${i}`,
      birthDate: '1995-01-01',
      awarenessCertificateDate: `2026-0${1 + i}-15`,
    })),
  ];
  return {
    asOf: at,
    unit: { hasYouthUnion: true, hasTradeUnion: true },
    members,
    candidates,
    targets: { admitted: 3, awarenessClass: 10 },
  };
}

describe('plans from the fixtures agree with the projection', () => {
  for (const [name, request, document] of [
    ['teachers cell', teachersCell, teachersCellDocument],
    ['upper-secondary cell', upperSecondaryCell, upperSecondaryCellDocument],
  ] as const) {
    it(`${name}: figures and timeline`, () => {
      const d = drafted(request as EvaluateRequest, document as Doc);
      checkPlan(d.model, d.request, d.evaluation);
    });
  }

  it('the late-2026 cell, planned for 2026 and for 2027', () => {
    for (const [date, year] of [
      ['2026-11-29', 2026],
      ['2026-11-29', 2027],
    ] as const) {
      const d = drafted(lateCell(), doc(date, year));
      checkPlan(d.model, d.request, d.evaluation);
    }
  });
});

describe('the cases of issue 10, in the plan', () => {
  const d2026 = drafted(lateCell(), doc('2026-11-29', 2026));
  const d2027 = drafted(lateCell(), doc('2026-11-29', 2027));

  it('class arithmetic: target 10, 7 issued this year, 2 planned → 1 more to find, not 8', () => {
    const f = d2026.model.meta.figures!;
    expect(f.classIssued).toBe(7);
    expect(f.classStillNeeded).toBe(Math.max(0, 10 - 7 - (f.classPlanned as number)));
    const text = sectionText(d2026.model, 'CHỈ TIÊU');
    expect(text).not.toContain('cần phát hiện thêm 08');
    if ((f.classStillNeeded as number) > 0) {
      expect(text).toContain(`cần phát hiện thêm 0${f.classStillNeeded} quần chúng`);
    }
  });

  it('admitted people are members, never in the pool nor among those who "can be admitted"', () => {
    const f = d2026.model.meta.figures!;
    expect(f.admittedSoFar).toBe(3); // IN1, IN2 and ADM
    expect(f.pipeline).toBe(d2026.evaluation.summary.breakdown.pipeline.total);
    const pool = d2026.request.candidates.filter((c) => !c.decisionDate).length;
    expect(f.pipeline).toBe(pool);
    expect(f.admitHigh).toBe(
      d2026.evaluation.summary.forecast.admissible + (d2026.evaluation.summary.forecast.atRisk ?? 0),
    );
    const text = sectionText(d2026.model, 'CHỈ TIÊU');
    expect(text).not.toMatch(new RegExp(`Trong (số )?0${(f.admitHigh as number) + 3} quần chúng`));
  });

  it('a probationary member of the members tab admitted 10/04/2025 is due in April 2026', () => {
    const f = d2026.model.meta.figures!;
    expect(f.recognitionMonths).toContain(4);
    expect(sectionText(d2026.model, 'CHỈ TIÊU')).toContain('tháng 04');
    expect(sectionText(d2026.model, 'CHỈ TIÊU')).not.toContain('không có đảng viên dự bị đến hạn');
  });

  it('the bare row of 29/11 is not counted as admissible; the one proposed in early November is', () => {
    const keys = d2026.evaluation.summary.forecast.keys!;
    expect(keys.admissible).toContain('PROP');
    expect(keys.admissible).not.toContain('BARE');
  });

  it('no meeting after the certificate expires (29/01/2027), and the plan says the planned March is too late', () => {
    const entry = d2027.model.meta.timeline!.find((e) => e.step === 'meeting' && e.keys?.[0] === 'EXP');
    expect(entry).toBeDefined();
    expect(entry!.day <= '2027-01-29').toBe(true);
    expect(allText(d2027.model)).toContain('ngày dự kiến trong danh sách (10/03/2027) là quá muộn');
  });

  it('a ceremony due before the plan year and an overdue decision come first, under "Thực hiện ngay"', () => {
    const t = d2027.model.meta.timeline!;
    const ceremony = t.find((e) => e.step === 'deadline.ceremony' && e.keys?.[0] === 'ADM')!;
    expect(ceremony.period).toBe('Thực hiện ngay');
    expect(ceremony.by! < '2027-01-01').toBe(true);
    const decision = t.find((e) => e.step === 'decision' && e.keys?.[0] === 'LATE')!;
    expect(decision.period).toBe('Thực hiện ngay');
    expect(t[0]!.period).toBe('Thực hiện ngay');
    const iv = sectionText(d2027.model, 'TỔ CHỨC');
    expect(iv).not.toMatch(/Tháng 01\/2027 \|[^\n]*Tổ chức lễ kết nạp \{\{ten:ADM\}\}/);
    expect(iv).toMatch(/Thực hiện ngay \|[^\n]*\{\{ten:LATE\}\} \(thời hạn ngày \d{2}\/\d{2}\/2026 đã qua/);
  });

  it('the 2026 plan lists the ceremony in its own month, "chậm nhất ngày …"', () => {
    const t = d2026.model.meta.timeline!;
    const ceremony = t.find((e) => e.step === 'deadline.ceremony' && e.keys?.[0] === 'ADM')!;
    expect([`Tháng ${ceremony.by!.slice(5, 7)}/2026`, 'Quý IV/2026']).toContain(ceremony.period);
    expect(ceremony.day).toBe(ceremony.by);
    expect(sectionText(d2026.model, 'TỔ CHỨC')).toMatch(
      /Tổ chức lễ kết nạp \{\{ten:ADM\}\} chậm nhất ngày \d{2}\/12\/2026/,
    );
  });

  it('says that lead times are estimates', () => {
    expect(sectionText(d2026.model, 'TỔ CHỨC')).toContain('ước tính');
  });
});

describe('statedNumbers', () => {
  it('leaves dates, years and document numbers out', () => {
    expect(
      statedNumbers('ngày 05/01/2026, năm 2026, tháng 04/2026, Số 05-KH/CB: 03 người và 12 tháng'),
    ).toEqual([3]);
  });
});

describe('draftPlan never throws on the late cell', () => {
  it('drafts', () => {
    expect(draftPlan({ ...lateCell(), document: doc('2026-11-29', 2027) }).ok).toBe(true);
  });
});
