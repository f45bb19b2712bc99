/**
 * The sidebar's "Chỉ tiêu" sentence says why a target cannot be met with the engine's counts over
 * the pool (summary.pool), the figures the plan and the report say: who will leave first, who turns
 * 18 too late, and — apart — who is already past the leaving date. It never counts a person twice
 * (someone who leaves before turning 18 is under age only) nor a person who has left as leaving.
 * The row's own summary cell never tells a ready person who left that they were not eligible.
 */
import { describe, expect, it } from 'vitest';
import { targetView } from '../../addon/src/server/features/check/view.ts';
import { summaryText } from '../../addon/src/server/sheet/annotate.ts';
import type { PersonRow } from '../../addon/src/server/sheet/table.ts';
import { readyCandidate, readyStudent, request, run } from '../unit/engine/builders.ts';

const at = '2025-09-15';

function sentenceFor(candidates: ReturnType<typeof readyCandidate>[]): string | null {
  const response = run(request(at, { candidates, targets: { admitted: 5 } }));
  const rows: PersonRow[] = candidates.map((c, i) => ({
    row: i + 2,
    key: c.key,
    newKey: false,
    name: `Người ${i + 1}`,
    included: true,
    student: c.category === 'student',
  }));
  const results = new Map(response.results.map((r) => [r.key, r]));
  return targetView(response, rows, results)?.sentence ?? null;
}

describe('the target sentence', () => {
  it('says the pool’s counts, and who has left apart', () => {
    const sentence = sentenceFor([
      readyCandidate(at, { key: 'READY' }),
      // turns 18 in 10/2026, leaves school on 31/05/2026: under age (not also "leaving")
      readyStudent(at, '2008-10-05', { key: 'YOUNG-LEAVER', expectedLeaveDate: '2026-05-31' }),
      // adult, nothing done, leaves on 30/09/2025: will leave before the papers are done
      readyStudent(at, '2006-01-10', {
        key: 'SOON',
        awarenessCertificateDate: undefined,
        applicationDate: undefined,
        backgroundDeclaredDate: undefined,
        backgroundVerifiedDate: undefined,
        expectedLeaveDate: '2025-09-30',
      }),
      // ready, left in May, the sheet not updated
      readyStudent(at, '2006-01-10', { key: 'GONE', expectedLeaveDate: '2025-05-31' }),
    ]);
    expect(sentence).toBe(
      'Dự kiến còn thiếu 4 so với chỉ tiêu: 1 học sinh sẽ ra trường trước khi đủ điều kiện; ' +
        '1 học sinh chưa đủ 18 tuổi đến 31/12/2025 hoặc đến khi ra trường; ' +
        '1 người đã qua ngày dự kiến rời đơn vị.',
    );
  });

  it('says "người" when not everyone behind a count is a pupil', () => {
    const sentence = sentenceFor([
      readyCandidate(at, {
        key: 'LEAVES',
        awarenessCertificateDate: undefined,
        expectedLeaveDate: '2025-10-15',
      }),
      readyStudent(at, '2006-01-10', {
        key: 'SOON',
        awarenessCertificateDate: undefined,
        expectedLeaveDate: '2025-09-30',
      }),
    ]);
    expect(sentence).toBe(
      'Dự kiến còn thiếu 5 so với chỉ tiêu: 2 người sẽ rời đơn vị trước khi đủ điều kiện.',
    );
  });
});

describe('the row’s summary cell', () => {
  it('never says a ready person who has left was not eligible', () => {
    const gone = readyCandidate(at, { key: 'GONE', expectedLeaveDate: '2025-05-31' });
    const result = run(request(at, { candidates: [gone] })).results[0]!;
    expect(result.stage).toBe('ready');
    const text = summaryText(result, { row: 2, key: 'GONE', newKey: false, name: 'A', included: true }, []);
    expect(text).toMatch(/^⚠ 1 — /);
    expect(text).not.toContain('trước khi đủ điều kiện');
  });
});
