/**
 * The report's "Phương hướng, nhiệm vụ" tells each unit below its target what fits that unit's own
 * pool (its Bảng 4 row): consider those ready; train those who can still become eligible; find new
 * sources early when the whole pool will leave or stay under 18 first. Before, every lagging unit
 * was told to complete the dossiers of "quần chúng đã đủ điều kiện", even with nobody ready.
 */
import { describe, expect, it } from 'vitest';
import { toDay } from '../../../shared/dates/day.ts';
import { buildReport } from '../../../shared/documents/report/build.ts';
import { type ReportFigures, zeroFigures } from '../../../shared/documents/report/rollup.ts';
import { communeDocument } from '../../fixtures/documents/units.ts';
import { withSubtrees } from '../../fixtures/subtrees.ts';
import { sectionText } from './helpers.ts';

function figures(pipeline: number, pool: ReportFigures['pool']): ReportFigures {
  const f = zeroFigures();
  f.pipeline = pipeline;
  f.byStage = { ...f.byStage, source: pipeline - pool.ready, ready: pool.ready };
  f.forecast = {
    admissible: pool.ready,
    blockedByLeaving: pool.blockedByLeaving,
    blockedByAge: pool.blockedByAge,
  };
  f.pool = pool;
  return f;
}

const document = { ...communeDocument, period: 'year' as const, date: toDay('2026-11-20') };
const target = { admitted: 2 };

function directions(): string[] {
  const rows = withSubtrees([
    { id: 'x', name: 'Đảng bộ xã X', parentId: null, depth: 0 },
    // 6 in the pool, nobody ready, all 6 leave school first
    {
      id: 'a',
      name: 'Chi bộ Trường THPT Trần Phú',
      parentId: 'x',
      depth: 1,
      targets: target,
      report: figures(6, { ready: 0, blockedByLeaving: 6, blockedByAge: 0 }),
    },
    // 1 ready
    {
      id: 'b',
      name: 'Chi bộ Thôn 2',
      parentId: 'x',
      depth: 1,
      targets: target,
      report: figures(3, { ready: 1, blockedByLeaving: 0, blockedByAge: 0 }),
    },
    // nobody ready, 3 still able to become eligible
    {
      id: 'c',
      name: 'Chi bộ Thôn 3',
      parentId: 'x',
      depth: 1,
      targets: target,
      report: figures(4, { ready: 0, blockedByLeaving: 1, blockedByAge: 0 }),
    },
    // no pool at all
    {
      id: 'd',
      name: 'Chi bộ Thôn 4',
      parentId: 'x',
      depth: 1,
      targets: target,
      report: figures(0, { ready: 0, blockedByLeaving: 0, blockedByAge: 0 }),
    },
  ]);
  return sectionText(buildReport({ rows, document }), 'PHƯƠNG HƯỚNG').split('\n');
}

describe('directions for the units below target fit each unit’s pool', () => {
  const lines = directions();
  const about = (name: string) => lines.filter((l) => l.includes(name));

  it('a cell whose whole pool leaves first is told to find new sources, not to consider anyone', () => {
    const [line, ...more] = about('Trường THPT Trần Phú');
    expect(more).toEqual([]);
    expect(line).toContain('đều sẽ ra trường trước khi đủ điều kiện');
    expect(line).toContain('tạo nguồn mới');
    expect(line).toContain('lớp 10, lớp 11');
    expect(line).not.toContain('đã đủ điều kiện');
  });

  it('a cell with someone ready is told to consider them', () => {
    const [line, ...more] = about('Thôn 2');
    expect(more).toEqual([]);
    expect(line).toContain('xét kết nạp quần chúng đã đủ điều kiện');
  });

  it('a cell whose pool can still become eligible is told to train them, never "đã đủ điều kiện"', () => {
    const [line, ...more] = about('Thôn 3');
    expect(more).toEqual([]);
    expect(line).toContain('sớm đủ điều kiện xét kết nạp');
    expect(line).not.toContain('đã đủ điều kiện');
  });

  it('a cell without a pool is told so, with a source that is not a school’s', () => {
    const [line, ...more] = about('Thôn 4');
    expect(more).toEqual([]);
    expect(line).toContain('chưa có quần chúng trong diện bồi dưỡng');
    expect(line).toContain('Đoàn Thanh niên');
    expect(line).not.toContain('học sinh');
  });
});
