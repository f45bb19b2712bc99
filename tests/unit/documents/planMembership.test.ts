import { describe, expect, it } from 'vitest';
import { toDay } from '../../../shared/dates/day.ts';
import type { EvaluateRequest } from '../../../shared/schemas/request.ts';
import { teachersCell, teachersCellDocument } from '../../fixtures/documents/units.ts';
import { plan, sectionText } from './helpers.ts';

const document = { ...teachersCellDocument, number: '04' };

/** Two full members on the tab, one probationary member on the tab, and candidate rows. */
const request: EvaluateRequest = {
  asOf: toDay('2026-01-05'),
  unit: { hasYouthUnion: true, hasTradeUnion: true },
  members: [
    { key: 'DV-01', officialSince: toDay('2004-05-19') },
    { key: 'DV-02', officialSince: toDay('2010-03-26') },
    { key: 'DV-03', decisionDate: toDay('2025-04-02'), ceremonyDate: toDay('2025-04-10') },
  ],
  candidates: [
    // Admitted in 2025, ceremony held: a probationary member kept on the candidates tab.
    {
      key: 'QC-01',
      birthDate: toDay('1995-02-01'),
      category: 'teacher',
      decisionDate: toDay('2025-02-27'),
      ceremonyDate: toDay('2025-03-10'),
    },
    // Decision in 2025, ceremony not yet held: probation starts at the ceremony, so named apart.
    { key: 'QC-02', birthDate: toDay('1996-02-01'), category: 'teacher', decisionDate: toDay('2025-12-20') },
    // Admitted in 2023 and recognised in 2024: a full member.
    {
      key: 'QC-03',
      birthDate: toDay('1990-02-01'),
      category: 'teacher',
      decisionDate: toDay('2023-01-10'),
      ceremonyDate: toDay('2023-01-20'),
      officialDecisionDate: toDay('2024-02-15'),
    },
    // Still a candidate: never a member.
    {
      key: 'QC-04',
      birthDate: toDay('1998-02-01'),
      category: 'teacher',
      awarenessCertificateDate: toDay('2025-06-01'),
    },
    // Removed after admission: not a member of the cell.
    {
      key: 'QC-05',
      birthDate: toDay('1997-02-01'),
      decisionDate: toDay('2024-03-01'),
      removedDate: toDay('2024-06-01'),
    },
  ],
};

describe("the plan's member count", () => {
  it('counts candidate rows past their ceremony as members, in the figures and in the text alike', () => {
    const model = plan({ ...request, document });
    const f = model.meta.figures as Record<string, number>;
    expect([
      f.fullMembers,
      f.probationaryMembers,
      f.awaitingCeremony,
      f.admittedLastYear,
      f.trainedLastYear,
    ]).toEqual([3, 2, 1, 3, 1]);
    const situation = sectionText(model, 'ĐẶC ĐIỂM TÌNH HÌNH');
    expect(situation).toContain('có 05 đảng viên (03 đảng viên chính thức, 02 đảng viên dự bị).');
    expect(situation).toContain('Có 01 người đã có quyết định kết nạp, đang chờ tổ chức lễ kết nạp.');
    expect(situation).toContain('Năm 2025, chi bộ đã kết nạp 03 đảng viên và đã cử 01 quần chúng');
  });

  it("states the fixture cell's eight members and three admissions of 2025", () => {
    const situation = sectionText(plan({ ...teachersCell, document: teachersCellDocument }), 'ĐẶC ĐIỂM');
    expect(situation).toContain('có 08 đảng viên (05 đảng viên chính thức, 03 đảng viên dự bị).');
    expect(situation).toContain('Năm 2025, chi bộ đã kết nạp 03 đảng viên');
  });

  it('states no member count without a members tab', () => {
    const model = plan({ ...request, members: undefined, document });
    expect(sectionText(model, 'ĐẶC ĐIỂM TÌNH HÌNH')).not.toMatch(/có \d+ đảng viên/);
    expect(model.meta.figures).not.toHaveProperty('fullMembers');
  });
});
