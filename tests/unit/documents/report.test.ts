import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDay } from '../../../shared/dates/day.ts';
import { type Block, type DocumentModel, nameKeys } from '../../../shared/documents/model.ts';
import { DocumentModelSchema } from '../../../shared/documents/modelSchema.ts';
import { SIGNER_KEY } from '../../../shared/documents/names.ts';
import { fullHeader } from '../../../shared/documents/render/headerRows.ts';
import { buildReport } from '../../../shared/documents/report/build.ts';
import { reportProblems } from '../../../shared/documents/report/check.ts';
import {
  admittedByHalf,
  type ReportFigures,
  type ReportFiguresInput,
  rollUp,
  zeroFigures,
} from '../../../shared/documents/report/rollup.ts';
import { communeDocument, communePreviousRows, communeRows } from '../../fixtures/documents/units.ts';
import { type TreeRow, withSubtrees } from '../../fixtures/subtrees.ts';
import { expectGolden } from './golden.ts';
import { allText, runsText, sectionText } from './helpers.ts';

const report = buildReport({
  rows: communeRows,
  previousRows: communePreviousRows,
  document: communeDocument,
});

function figures(admitted: number, more: Partial<ReportFigures> = {}): ReportFigures {
  return { ...zeroFigures(), admitted, ...more };
}

/** The table whose caption starts with `caption`: its headers and its rows as text. */
function tableOf(model: DocumentModel, caption: string): { headers: string[]; rows: string[][] } {
  const t = model.body.find(
    (b): b is Extract<Block, { kind: 'table' }> =>
      b.kind === 'table' && (b.caption ?? '').startsWith(caption),
  );
  if (!t) throw new Error(`no table ${caption}`);
  return {
    headers: t.columns.map(fullHeader),
    rows: t.rows.map((r) => r.map((c) => c.lines.map(runsText).join(' '))),
  };
}

/** The column of `header` in the totals row (the last row). */
function totalOf(table: { headers: string[]; rows: string[][] }, header: string): string {
  const i = table.headers.indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return table.rows[table.rows.length - 1]![i]!;
}

/** The sum of a figure over the reporting rows, written as the tables write it. */
function rowSum(rows: readonly TreeRow[], f: (r: ReportFiguresInput) => number): string {
  const n = rows.reduce((s, r) => s + (r.report ? f(r.report) : 0), 0);
  return n < 10 ? `0${n}` : String(n);
}

const months = (r: ReportFiguresInput, from: number, to: number) =>
  (r.admittedByMonth ?? []).slice(from, to).reduce((s, n) => s + n, 0);

describe('report of a commune with five school cells', () => {
  it('matches its golden model', () => {
    expectGolden('report-commune', report);
  });

  it('keeps Bảng 4’s headers short: what they leave out is in the note under the table', () => {
    const t = report.body.find((b) => b.kind === 'table' && b.caption?.startsWith('Bảng 4.'));
    if (t?.kind !== 'table') throw new Error('no Bảng 4');
    // the longest was 60 characters: eight printed lines in its narrow column
    for (const c of t.columns) expect(c.header.length, c.header).toBeLessThanOrEqual(40);
    expect(t.note).toMatch(/^Ghi chú: \(\*\) .+; \(\*\*\) .+\.$/);
  });

  it('follows the model schema and names nobody but the signer', () => {
    expect(DocumentModelSchema.strict().safeParse(report).success).toBe(true);
    expect(nameKeys(report)).toEqual([SIGNER_KEY]);
  });

  it("adds up: 4 in the previous year and 14 this half-year are 18 (seed 003's slip cannot happen)", () => {
    const results = sectionText(report, 'KẾT QUẢ');
    expect(results).toContain('Năm 2025, đã kết nạp 04 đảng viên');
    expect(results).toContain('Trong 6 tháng đầu năm 2026, các tổ chức đảng đã kết nạp 14 đảng viên');
    expect(results).toContain('đã kết nạp 18 đảng viên');
    expect(results).toContain('đã cử 31 quần chúng học lớp bồi dưỡng nhận thức về Đảng');
    expect(results).toContain('| Tổng cộng | 04 | 11 | 14 | 127,3%');
    expect(results).toContain('| Tổng cộng | 14 | 14 | 08 | 04 | 03 | 13');
    expect(results).toContain('03 người theo tôn giáo và 13 đoàn viên thanh niên.');
    expect(results).toContain('Số liệu tổng hợp: 05/05 chi bộ đã báo cáo.');
  });

  it('has the five sections of a real report', () => {
    const level1 = report.body.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
    expect(level1).toEqual([
      'CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO',
      'KẾT QUẢ',
      'HẠN CHẾ VÀ NGUYÊN NHÂN',
      'PHƯƠNG HƯỚNG, NHIỆM VỤ',
      'ĐỀ XUẤT, KIẾN NGHỊ',
    ]);
    // the texts are cited in full at their first mention: number, date, issuer and "về"
    expect(sectionText(report, 'CÔNG TÁC LÃNH ĐẠO')).toContain(
      'triển khai đến cấp ủy các tổ chức đảng trực thuộc Quy định số 294-QĐ/TW, ngày 26/5/2025 của Ban Chấp hành Trung ương về thi hành Điều lệ Đảng, Hướng dẫn số 06-HD/TW, ngày 09/6/2025 của Ban Bí thư về một số vấn đề cụ thể thi hành Điều lệ Đảng và Hướng dẫn số 12-HD/BTCTW, ngày 18/01/2022 của Ban Tổ chức Trung ương',
    );
  });

  it('shows the breakdown totals as the sums of the fixture rows, religion and Youth Union included', () => {
    const t = tableOf(report, 'Bảng 2.');
    expect(totalOf(t, 'Tổng số')).toBe(rowSum(communeRows, (r) => r.admitted));
    // five upper-secondary cells: "học sinh", not "học sinh, sinh viên"
    expect(totalOf(t, 'Trong đó: Học sinh')).toBe(rowSum(communeRows, (r) => r.admittedStudents));
    expect(totalOf(t, 'Trong đó: Nữ')).toBe(rowSum(communeRows, (r) => r.admittedWomen));
    expect(totalOf(t, 'Trong đó: Dân tộc thiểu số')).toBe(
      rowSum(communeRows, (r) => r.admittedEthnicMinority),
    );
    expect(totalOf(t, 'Trong đó: Theo tôn giáo')).toBe(rowSum(communeRows, (r) => r.admittedReligion ?? 0));
    expect(totalOf(t, 'Trong đó: Đoàn viên')).toBe(rowSum(communeRows, (r) => r.admittedYouthUnion ?? 0));
    expect(totalOf(t, 'Trong đó: Theo tôn giáo')).not.toBe('00');
    // A first-half report whose admissions all fall in January–June does not repeat them by half.
    expect(tableOf(report, 'Bảng 1.').headers.some((h) => h.startsWith('Thời gian kết nạp'))).toBe(false);
  });

  it('splits a year report by half-year, the totals the sums of the fixture rows', () => {
    // One more admission per reporting cell, in October.
    const rows = withSubtrees(
      communeRows.map((r) =>
        r.report
          ? {
              ...r,
              report: {
                ...r.report,
                admitted: r.report.admitted + 1,
                admittedByMonth: (r.report.admittedByMonth ?? []).map((n, m) => (m === 9 ? n + 1 : n)),
              },
            }
          : r,
      ),
    );
    const model = buildReport({
      rows,
      previousRows: communePreviousRows,
      document: { ...communeDocument, period: 'year', date: toDay('2026-12-20') },
    });
    const t = tableOf(model, 'Bảng 1.');
    const first = totalOf(t, 'Thời gian kết nạp: 6 tháng đầu năm');
    // dated 20/12: the second half is not over, and is said as what it covers so far
    const second = totalOf(t, 'Thời gian kết nạp: Từ 01/7 đến 20/12');
    expect(first).toBe(rowSum(rows, (r) => months(r, 0, 6)));
    expect(second).toBe(rowSum(rows, (r) => months(r, 6, 12)));
    expect([first, second]).toEqual(['14', '05']);
    expect(t.rows[0]!.slice(-2)).toEqual(['05', '01']);
    expect(sectionText(model, 'KẾT QUẢ')).toContain(
      '6 tháng đầu năm đã kết nạp 14 đảng viên, từ 01/7 đến 20/12 đã kết nạp 05 đảng viên.',
    );
  });

  it('a year report drafted before the year ends says what its second half covers so far', () => {
    const at = (date: string) =>
      buildReport({
        rows: communeRows,
        previousRows: communePreviousRows,
        document: { ...communeDocument, period: 'year', date: toDay(date) },
      });
    const model = at('2026-11-20');
    const t = tableOf(model, 'Bảng 1.');
    expect(t.headers).not.toContain('Thời gian kết nạp: 6 tháng cuối năm');
    expect(t.headers.slice(-2)).toEqual([
      'Thời gian kết nạp: 6 tháng đầu năm',
      'Thời gian kết nạp: Từ 01/7 đến 20/11',
    ]);
    const text = sectionText(model, 'KẾT QUẢ');
    expect(text).not.toContain('6 tháng cuối năm');
    expect(text).toMatch(/, từ 01\/7 đến 20\/11 (đã kết nạp|chưa kết nạp)/);
    // once the year is over, the half is named as such
    expect(tableOf(at('2027-01-05'), 'Bảng 1.').headers).toContain('Thời gian kết nạp: 6 tháng cuối năm');
  });

  it('reads a row stored before migration 0002 as 0, and does not split what its months do not cover', () => {
    const { admittedReligion, admittedYouthUnion, admittedByMonth, ...older } = figures(2, {
      admittedReligion: 1,
      admittedYouthUnion: 1,
    });
    const rows = withSubtrees([
      { id: 'x', name: 'Đảng bộ xã X', parentId: null, depth: 0 },
      {
        id: 'a',
        name: 'Chi bộ A',
        parentId: 'x',
        depth: 1,
        report: figures(1, { admittedReligion: 1, admittedByMonth: [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0] }),
      },
      { id: 'b', name: 'Chi bộ B', parentId: 'x', depth: 1, report: older },
    ]);
    const r = rollUp(rows);
    expect(r.total.figures.admittedReligion).toBe(1);
    expect(r.total.figures.admittedYouthUnion).toBe(0);
    expect(r.total.figures.admittedByMonth).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(admittedByHalf(r.lines[0]!.figures)).toEqual({ first: 0, second: 1 });
    expect(admittedByHalf(r.lines[1]!.figures)).toBeUndefined();
    expect(admittedByHalf(r.total.figures)).toBeUndefined();
    const model = buildReport({
      rows,
      document: { ...communeDocument, period: 'year', date: toDay('2026-12-20') },
    });
    expect(tableOf(model, 'Bảng 1.').rows.map((row) => row.slice(-2))).toEqual([
      ['0', '01'],
      ['—', '—'],
      ['—', '—'],
    ]);
  });

  it('names the units below target ("chưa đạt" before the period ends) and the two age groups apart', () => {
    const limits = sectionText(report, 'HẠN CHẾ');
    expect(limits).toContain(
      '01 tổ chức đảng chưa đạt chỉ tiêu kết nạp (tính đến hết 6 tháng đầu năm): Chi bộ Trường THPT Trần Phú.',
    );
    expect(limits).toContain('20 quần chúng đủ tuổi nhưng sẽ rời đơn vị');
    expect(limits).toContain('08 quần chúng chưa đủ 18 tuổi đến ngày 31/12/2026 hoặc đến khi rời đơn vị');
    // two categories are never added together (seed 003-style "20 … và 08 … (Chi bộ A: 06; …)")
    expect(limits).not.toMatch(/: \d\d; /);
    expect(limits).toContain('Nguyên nhân');
  });

  it('counts a first half from the months: never the year to date beside "trong đó 6 tháng đầu năm"', () => {
    // Two cells: 4 admissions in January–June and 2 in July (reported on 20/07).
    const month = (first: number, july: number) => [first, 0, 0, 0, 0, 0, july, 0, 0, 0, 0, 0];
    const rows = withSubtrees([
      { id: 'x', name: 'Đảng bộ xã X', parentId: null, depth: 0 },
      {
        id: 'a',
        name: 'Chi bộ A',
        parentId: 'x',
        depth: 1,
        targets: { admitted: 4 },
        report: figures(4, { admittedByMonth: month(3, 1), admittedWomen: 2 }),
      },
      {
        id: 'b',
        name: 'Chi bộ B',
        parentId: 'x',
        depth: 1,
        targets: { admitted: 2 },
        report: figures(2, { admittedByMonth: month(1, 1) }),
      },
    ]);
    const model = buildReport({
      rows,
      document: { ...communeDocument, date: toDay('2026-07-20'), period: 'firstHalf' },
    });
    const t = tableOf(model, 'Bảng 1.');
    expect(totalOf(t, 'Năm 2026: Kết nạp 6 tháng đầu năm')).toBe('04');
    expect(t.headers.some((h) => h.startsWith('Thời gian kết nạp'))).toBe(false);
    expect(totalOf(t, 'Năm 2026: So với chỉ tiêu')).toBe('66,7%');
    const text = allText(model);
    expect(text).toContain('Trong 6 tháng đầu năm 2026, các tổ chức đảng đã kết nạp 04 đảng viên');
    expect(text).not.toContain('6 tháng đầu năm 2026, các tổ chức đảng đã kết nạp 06');
    // what the units send only for the year so far is said to be year-to-date
    expect(text).toContain('Tính từ đầu năm đến ngày 20/07/2026, số đảng viên mới kết nạp (06) có 02 nữ.');
    expect(tableOf(model, 'Bảng 2.').headers).toBeDefined();
    expect(
      model.body.some(
        (b) =>
          b.kind === 'table' &&
          b.caption === 'Bảng 2. Đảng viên kết nạp từ đầu năm đến ngày 20/07/2026 chia theo đối tượng',
      ),
    ).toBe(true);
  });

  it('says a first half cannot be counted when a unit sent no months', () => {
    const { admittedByMonth, ...older } = figures(3);
    const rows = withSubtrees([
      { id: 'x', name: 'Đảng bộ xã X', parentId: null, depth: 0 },
      { id: 'a', name: 'Chi bộ A', parentId: 'x', depth: 1, report: older },
    ]);
    const text = allText(buildReport({ rows, document: { ...communeDocument, period: 'firstHalf' } }));
    expect(text).toContain(
      'chưa tách được 6 tháng đầu năm 2026: từ đầu năm đến ngày 06/07/2026, các tổ chức đảng đã kết nạp 03 đảng viên',
    );
  });

  it('computes percentages over the units that reported, says how many did and lists the others', () => {
    // The reporting cells made 6 of their 6; the silent one (target 4) is not counted as zero.
    const rows = withSubtrees([
      { id: 'x', name: 'Đảng bộ xã X', parentId: null, depth: 0 },
      {
        id: 'a',
        name: 'Chi bộ A',
        parentId: 'x',
        depth: 1,
        targets: { admitted: 4, awarenessClass: 4 },
        report: figures(4, { awarenessClass: 3 }),
      },
      {
        id: 'b',
        name: 'Chi bộ B',
        parentId: 'x',
        depth: 1,
        targets: { admitted: 2, awarenessClass: 2 },
        report: figures(2, { awarenessClass: 2 }),
      },
      { id: 'c', name: 'Chi bộ C', parentId: 'x', depth: 1, targets: { admitted: 4, awarenessClass: 4 } },
    ]);
    const model = buildReport({
      rows,
      document: { ...communeDocument, period: 'year', date: toDay('2026-12-20') },
    });
    const t = tableOf(model, 'Bảng 1.');
    // The totals row prints the target of every line (10): the share says what it divides.
    expect(totalOf(t, 'Năm 2026: Chỉ tiêu')).toBe('10');
    expect(totalOf(t, 'Năm 2026: So với chỉ tiêu')).toBe('100,0% (06/06, đơn vị đã báo cáo có chỉ tiêu)');
    const classes = tableOf(model, 'Bảng 3.');
    expect(totalOf(classes, 'Lớp bồi dưỡng nhận thức về Đảng: Chỉ tiêu')).toBe('10');
    expect(totalOf(classes, 'Lớp bồi dưỡng nhận thức về Đảng: So với chỉ tiêu')).toBe(
      '83,3% (05/06, đơn vị đã báo cáo có chỉ tiêu)',
    );
    const text = allText(model);
    expect(text).not.toContain('60,0%');
    expect(text).toContain(
      'Số liệu tổng hợp: 02/03 chi bộ đã báo cáo; Chi bộ C chưa báo cáo (không tính vào số liệu và tỷ lệ dưới đây).',
    );
    expect(text).toContain('đạt 100,0% chỉ tiêu của các đơn vị đã báo cáo');
    // what remains agrees with the share beside it (6 − 5), not with the printed totals (10 − 5)
    expect(text).toContain('cử đủ 01 quần chúng còn lại theo chỉ tiêu của các đơn vị đã báo cáo.');
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
    const rows = withSubtrees([
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
    ]);
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
    const rows = withSubtrees([
      { id: 'x', name: 'Chi bộ cơ sở X', parentId: null, depth: 0, report: figures(1) },
      { id: 'a', name: 'Tổ A', parentId: 'x', depth: 1 },
    ]);
    const r = rollUp(rows);
    expect(r.lines.map((l) => [l.name, l.reportedUnits])).toEqual([
      ['Chi bộ cơ sở X', 1],
      ['Tổ A', 0],
    ]);
    const model = buildReport({
      rows,
      document: { ...communeDocument, period: 'year', date: toDay('2026-12-20') },
    });
    const text = allText(model);
    expect(text).toContain('Tổ A (chưa báo cáo)');
    expect(text).toContain('Tổ A chưa gửi số liệu');
  });

  const count = fc.nat({ max: 50 });
  const arbFigures: fc.Arbitrary<ReportFigures> = fc
    .record({
      admitted: count,
      admittedStudents: count,
      admittedWomen: count,
      admittedEthnicMinority: count,
      admittedReligion: count,
      admittedYouthUnion: count,
      admittedByMonth: fc.array(count, { minLength: 12, maxLength: 12 }),
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
      pool: { ready, blockedByLeaving: leaving, blockedByAge: late },
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
        const rows: TreeRow[] = [{ id: 'r', name: 'Gốc', parentId: null, depth: 0 }];
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
        return withSubtrees(rows);
      });
    fc.assert(
      fc.property(arbRows, (rows) => {
        const { lines, total } = rollUp(rows);
        // The worker answers the unit and its children only: the rows below change nothing.
        expect(rollUp(rows.filter((r) => r.depth <= 1))).toEqual({
          lines,
          total,
          assigned: rollUp(rows).assigned,
        });
        const sum = (f: (l: (typeof lines)[number]) => number) => lines.reduce((s, l) => s + f(l), 0);
        expect(total.figures.admitted).toBe(sum((l) => l.figures.admitted));
        expect(total.figures.awarenessClass).toBe(sum((l) => l.figures.awarenessClass));
        expect(total.figures.forecast.blockedByLeaving).toBe(sum((l) => l.figures.forecast.blockedByLeaving));
        expect(total.figures.admittedReligion).toBe(sum((l) => l.figures.admittedReligion));
        expect(total.figures.admittedYouthUnion).toBe(sum((l) => l.figures.admittedYouthUnion));
        for (let m = 0; m < 12; m++) {
          expect(total.figures.admittedByMonth[m]).toBe(sum((l) => l.figures.admittedByMonth[m]!));
        }
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
    expect(reportProblems({ ...communeDocument, date: toDay('2026-03-01') })[0]?.path).toBe('document.date');
    expect(reportProblems({ ...communeDocument, period: 'year', date: toDay('2027-01-10') })).toEqual([]);
    expect(reportProblems({ ...communeDocument, period: 'year', date: toDay('2028-01-10') })).toHaveLength(1);
  });
});

describe('unit names in the tables', () => {
  it('a long name breaks after its kind ("Chi bộ" / "Trường THPT Tân Phú"), never inside the school’s name', () => {
    for (const b of report.body) {
      if (b.kind !== 'table') continue;
      for (const row of b.rows) {
        const name = row[1]!.lines.map(runsText);
        if (name.join(' ').length > 24 && /^(Chi bộ|Đảng bộ) /.test(name.join(' ')))
          expect(name[0], b.caption).toMatch(/^(Chi bộ|Đảng bộ)$/);
      }
    }
  });
});
