import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKeys } from '../../../shared/documents/model.ts';
import { DocumentModelSchema } from '../../../shared/documents/modelSchema.ts';
import { SIGNER_KEY } from '../../../shared/documents/names.ts';
import { buildReport } from '../../../shared/documents/report/build.ts';
import { reportProblems } from '../../../shared/documents/report/check.ts';
import {
  type AggregateRowInput,
  type ReportFigures,
  rollUp,
  zeroFigures,
} from '../../../shared/documents/report/rollup.ts';
import { communeDocument, communePreviousRows, communeRows } from '../../fixtures/documents/units.ts';
import { expectGolden } from './golden.ts';
import { allText, sectionText } from './helpers.ts';

const report = buildReport({
  rows: communeRows,
  previousRows: communePreviousRows,
  document: communeDocument,
});

function figures(admitted: number, more: Partial<ReportFigures> = {}): ReportFigures {
  return { ...zeroFigures(), admitted, ...more };
}

describe('report of a commune with five school cells', () => {
  it('matches its golden model', () => {
    expectGolden('report-commune', report);
  });

  it('follows the model schema and names nobody but the signer', () => {
    expect(DocumentModelSchema.strict().safeParse(report).success).toBe(true);
    expect(nameKeys(report)).toEqual([SIGNER_KEY]);
  });

  it("adds up: 4 in the previous year and 14 this half-year are 18 (seed 003's slip cannot happen)", () => {
    const results = sectionText(report, 'I.');
    expect(results).toContain('Năm 2025, đã kết nạp 04 đảng viên');
    expect(results).toContain('Trong 6 tháng đầu năm 2026, đã kết nạp 14 đảng viên');
    expect(results).toContain('đã kết nạp 18 đảng viên');
    expect(results).toContain('đã cử 31 quần chúng học lớp bồi dưỡng nhận thức về Đảng');
    expect(results).toContain('| Tổng cộng | 11 | 04 | 14 | 127,3% | 14 | 08 | 04');
  });

  it('names the units below target and the candidates blocked by age', () => {
    const difficulties = sectionText(report, 'II.');
    expect(difficulties).toContain('Chi bộ Trường THPT Trần Phú (00/02)');
    expect(difficulties).toContain('20 quần chúng sẽ rời đơn vị');
    expect(difficulties).toContain('08 quần chúng chỉ đủ 18 tuổi sau ngày 31/12/2026');
  });

  it('speaks of the committees: Đảng ủy xã reports to Tỉnh ủy', () => {
    expect(report.header.superior).toBe('Đảng bộ tỉnh Lâm Đồng');
    expect(report.header.issuer).toBe('Đảng ủy xã Tân Phú');
    expect(report.subject).toBe('kết quả công tác phát triển đảng viên 6 tháng đầu năm 2026');
    expect(allText(report)).toContain('Đảng ủy xã Tân Phú kính báo cáo Tỉnh ủy Lâm Đồng.');
    expect(report.signature).toEqual({
      onBehalf: 'T/M ĐẢNG ỦY',
      title: 'BÍ THƯ',
      name: { kind: 'name', key: SIGNER_KEY },
    });
  });
});

describe('rollUp', () => {
  it('sums each direct subordinate with its subtree, without counting targets twice', () => {
    const rows: AggregateRowInput[] = [
      { id: 'x', name: 'Đảng bộ xã X', parentId: null, depth: 0, targets: { admitted: 9 } },
      { id: 'a', name: 'Chi bộ A', parentId: 'x', depth: 1, targets: { admitted: 2 }, report: figures(1) },
      { id: 'b', name: 'Đảng bộ B', parentId: 'x', depth: 1, targets: { admitted: 3 } },
      { id: 'b1', name: 'Chi bộ B1', parentId: 'b', depth: 2, targets: { admitted: 2 }, report: figures(2) },
      { id: 'b2', name: 'Chi bộ B2', parentId: 'b', depth: 2, targets: { admitted: 2 } },
      { id: 'c', name: 'Đảng bộ C', parentId: 'x', depth: 1 },
      {
        id: 'c1',
        name: 'Chi bộ C1',
        parentId: 'c',
        depth: 2,
        targets: { admitted: 1, women: 1 },
        report: figures(0),
      },
      { id: 'c2', name: 'Chi bộ C2', parentId: 'c', depth: 2, targets: { admitted: 1 }, report: figures(3) },
    ];
    const r = rollUp(rows);
    expect(r.lines.map((l) => [l.id, l.units, l.reportedUnits, l.targets, l.figures.admitted])).toEqual([
      ['a', 1, 1, { admitted: 2 }, 1],
      ['b', 2, 1, { admitted: 3 }, 2],
      ['c', 2, 2, { admitted: 2, women: 1 }, 3],
    ]);
    expect(r.total.targets).toEqual({ admitted: 7, women: 1 });
    expect(r.total.figures.admitted).toBe(6);
    expect(r.assigned).toEqual({ admitted: 9 });
  });

  it("shows the reporting unit's own figures as a line, and units that did not report", () => {
    const rows: AggregateRowInput[] = [
      { id: 'x', name: 'Chi bộ cơ sở X', parentId: null, depth: 0, report: figures(1) },
      { id: 'a', name: 'Tổ A', parentId: 'x', depth: 1 },
    ];
    const r = rollUp(rows);
    expect(r.lines.map((l) => [l.name, l.reportedUnits])).toEqual([
      ['Chi bộ cơ sở X', 1],
      ['Tổ A', 0],
    ]);
    const model = buildReport({ rows, document: { ...communeDocument, period: 'year', date: '2026-12-20' } });
    const text = allText(model);
    expect(text).toContain('Tổ A (chưa báo cáo)');
    expect(text).toContain('Tổ A chưa gửi số liệu năm 2026');
  });

  const count = fc.nat({ max: 50 });
  const arbFigures: fc.Arbitrary<ReportFigures> = fc
    .record({
      admitted: count,
      admittedStudents: count,
      admittedWomen: count,
      admittedEthnicMinority: count,
      awarenessClass: count,
      recognized: count,
      probationEnds: count,
      sympathizers: count,
      pipeline: count,
      ready: count,
      admissible: count,
      leaving: count,
      late: count,
    })
    .map(({ ready, admissible, leaving, late, ...f }) => ({
      ...f,
      byStage: { ...zeroFigures().byStage, ready },
      forecast: { admissible, blockedByLeaving: leaving, blockedByAge: late },
    }));

  it('always gives totals equal to the sum of the lines, column by column', () => {
    const arbRows = fc
      .array(
        fc.record({
          parent: fc.nat(),
          targets: fc.option(fc.record({ admitted: count, awarenessClass: count }, { requiredKeys: [] }), {
            nil: undefined,
          }),
          report: fc.option(arbFigures, { nil: undefined }),
        }),
        { minLength: 1, maxLength: 12 },
      )
      .map((specs) => {
        const rows: AggregateRowInput[] = [{ id: 'r', name: 'Gốc', parentId: null, depth: 0 }];
        specs.forEach((s, i) => {
          const parent = rows[s.parent % rows.length]!;
          rows.push({
            id: `u${i}`,
            name: `Đơn vị ${i}`,
            parentId: parent.id,
            depth: parent.depth + 1,
            targets: s.targets,
            report: s.report,
          });
        });
        return rows;
      });
    fc.assert(
      fc.property(arbRows, (rows) => {
        const { lines, total } = rollUp(rows);
        const sum = (f: (l: (typeof lines)[number]) => number) => lines.reduce((s, l) => s + f(l), 0);
        expect(total.figures.admitted).toBe(sum((l) => l.figures.admitted));
        expect(total.figures.awarenessClass).toBe(sum((l) => l.figures.awarenessClass));
        expect(total.figures.forecast.blockedByLeaving).toBe(sum((l) => l.figures.forecast.blockedByLeaving));
        expect(total.targets.admitted ?? 0).toBe(sum((l) => l.targets.admitted ?? 0));
        // Every report in the subtree is counted exactly once.
        const reported = rows.filter((r) => r.depth > 0 && r.report);
        expect(total.figures.admitted).toBe(reported.reduce((s, r) => s + r.report!.admitted, 0));
        expect(total.reportedUnits).toBe(reported.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('report date checks', () => {
  it('accepts a report dated in its period, rejects one outside it', () => {
    expect(reportProblems(communeDocument)).toEqual([]);
    expect(reportProblems({ ...communeDocument, date: '2026-03-01' })[0]?.path).toBe('document.date');
    expect(reportProblems({ ...communeDocument, period: 'year', date: '2027-01-10' })).toEqual([]);
    expect(reportProblems({ ...communeDocument, period: 'year', date: '2028-01-10' })).toHaveLength(1);
  });
});
