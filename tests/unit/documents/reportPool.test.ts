/**
 * The superior's report says the pool's own figures beside the pool: "đủ điều kiện, chờ chi bộ
 * xét" and who will leave or turn 18 too late count only the people still in their unit (the
 * engine's summary.pool), never the rows past their leaving date that byStage and the forecast
 * still count. A report sent before the pool's figures existed is read as it was counted.
 */
import { describe, expect, it } from 'vitest';
import { toDay } from '../../../shared/dates/day.ts';
import type { Block, DocumentModel } from '../../../shared/documents/model.ts';
import { fullHeader } from '../../../shared/documents/render/headerRows.ts';
import { buildReport } from '../../../shared/documents/report/build.ts';
import { type ReportFigures, rollUp, zeroFigures } from '../../../shared/documents/report/rollup.ts';
import { communeDocument } from '../../fixtures/documents/units.ts';
import { withSubtrees } from '../../fixtures/subtrees.ts';
import { allText, runsText, sectionText } from './helpers.ts';

/** A school cell: 6 in the pool; 3 ready rows, of which 1 left in May; 4 blocked by leaving, of which 2 left. */
function cell(): ReportFigures {
  const f = zeroFigures();
  f.admitted = 1;
  f.pipeline = 6;
  f.byStage = { ...f.byStage, source: 3, dossier: 2, ready: 3 };
  f.forecast = { admissible: 1, blockedByLeaving: 4, blockedByAge: 2 };
  f.pool = { ready: 2, blockedByLeaving: 2, blockedByAge: 1 };
  return f;
}

function bang4(model: DocumentModel): Record<string, string> {
  const t = model.body.find(
    (b): b is Extract<Block, { kind: 'table' }> =>
      b.kind === 'table' && (b.caption ?? '').startsWith('Bảng 4.'),
  );
  if (!t) throw new Error('no Bảng 4');
  const total = t.rows[t.rows.length - 1]!;
  return Object.fromEntries(
    t.columns.map((c, i) => [fullHeader(c), total[i]!.lines.map(runsText).join(' ')]),
  );
}

const document = { ...communeDocument, period: 'year' as const, date: toDay('2026-11-20') };

describe('the report reads the pool’s own figures', () => {
  const rows = withSubtrees([
    { id: 'x', name: 'Đảng bộ xã X', parentId: null, depth: 0 },
    { id: 'a', name: 'Chi bộ Trường THPT A', parentId: 'x', depth: 1, report: cell() },
    { id: 'b', name: 'Chi bộ Trường THPT B', parentId: 'x', depth: 1, report: cell() },
  ]);
  const model = buildReport({ rows, document });

  it('Bảng 4: the columns beside the pool count the pool’s people', () => {
    const t = bang4(model);
    expect(t['Quần chúng đang bồi dưỡng']).toBe('12');
    expect(t['Đủ điều kiện, chờ chi bộ xét']).toBe('04');
    expect(t['Rời đơn vị trước khi đủ điều kiện (**)']).toBe('04');
    expect(t['Chưa đủ 18 tuổi (*)']).toBe('02');
  });

  it('the text says the same counts, "sẽ rời" for those who are still here', () => {
    const text = allText(model);
    expect(text).toContain('04 quần chúng đã đủ điều kiện, chờ chi bộ xét');
    expect(sectionText(model, 'PHƯƠNG HƯỚNG')).toContain('xét kết nạp 04 quần chúng đã đủ điều kiện');
    const limits = sectionText(model, 'HẠN CHẾ');
    expect(limits).toContain('04 quần chúng đủ tuổi nhưng sẽ rời đơn vị');
    expect(limits).toContain('02 quần chúng chưa đủ 18 tuổi đến ngày 31/12/2026 hoặc đến khi rời đơn vị');
    // the counts of every row (6 ready, 8 and 4 blocked) are not what the report says
    expect(text).not.toContain('06 quần chúng đã đủ điều kiện');
    expect(limits).not.toContain('08 quần chúng');
  });

  it('figures from an older server (no pool) count as they were sent', () => {
    const older = withSubtrees([
      { id: 'x', name: 'Đảng bộ xã X', parentId: null, depth: 0 },
      { id: 'a', name: 'Chi bộ A', parentId: 'x', depth: 1, report: cell() },
      { id: 'b', name: 'Chi bộ B', parentId: 'x', depth: 1, report: cell() },
    ]);
    // what a worker before migration 0005 answers for B: no pool in the report or its totals
    const b = older[2]!;
    const { pool: _report, ...report } = b.report!;
    const { pool: _subtree, ...subtree } = b.subtree;
    const r = rollUp([older[0]!, older[1]!, { ...b, report, subtree }]);
    expect(r.lines.map((l) => l.figures.pool)).toEqual([
      { ready: 2, blockedByLeaving: 2, blockedByAge: 1 },
      { ready: 3, blockedByLeaving: 4, blockedByAge: 2 },
    ]);
  });
});
