import { afterEach, describe, expect, it, vi } from 'vitest';
import { evaluate } from '../../../shared/engine/evaluate.ts';
import { capProblems, MAX_PROBLEMS, ProblemCollector } from '../../../shared/schemas/problems.ts';
import { CandidateSchema, EvaluateRequestSchema } from '../../../shared/schemas/request.ts';
import { requestProblems } from '../../../shared/schemas/requestProblems.ts';

const base = { asOf: '2025-09-15', unit: { hasYouthUnion: true } };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('capped request problems', () => {
  it('lists the first 100 problems, then how many more', () => {
    const problems = requestProblems({ ...base, candidates: Array.from({ length: 1000 }, () => ({})) });
    expect(problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(problems[0]).toEqual({ path: 'candidates[0].key', message: expect.any(String) });
    expect(problems[99]?.path).toBe('candidates[49].birthDate');
    expect(problems[100]).toEqual({
      path: '(gốc)',
      message: 'Còn ít nhất 950 lỗi khác chưa liệt kê (chỉ liệt kê 100 lỗi đầu tiên).',
    });
  });

  it('never hands zod a whole list, and zod sees only the refused elements until the cap', () => {
    const whole = vi.spyOn(EvaluateRequestSchema, 'safeParse');
    const each = vi.spyOn(CandidateSchema, 'safeParse');
    const candidates: unknown[] = Array.from({ length: 70_000 }, (_, i) =>
      i % 2 === 0 ? { key: `K${i}`, birthDate: '2000-01-01' } : {},
    );
    const out = evaluate({ ...base, candidates });
    expect(out.ok).toBe(false);
    // Each empty candidate gives two problems: 50 of them fill the list.
    expect(each).toHaveBeenCalledTimes(50);
    for (const [arg] of whole.mock.calls) {
      expect((arg as { candidates: unknown[] }).candidates).toHaveLength(0);
    }
  });

  it('keeps the problems of the top-level fields and of every list', () => {
    const problems = requestProblems({
      asOf: '2025-02-30',
      unit: {},
      members: [{ key: 'M1' }, { key: 5 }],
      candidates: [{ key: 'A', birthDate: '2000-01-01' }, { key: 'B' }],
      holidays: ['2025-01-01', 'x'],
    });
    expect(problems.map((p) => p.path).sort()).toEqual(
      ['asOf', 'unit.hasYouthUnion', 'members[1].key', 'candidates[1].birthDate', 'holidays[1]'].sort(),
    );
  });

  it('says a list is too long in one line, without looking at its elements', () => {
    const each = vi.spyOn(CandidateSchema, 'safeParse');
    const problems = requestProblems({ ...base, candidates: Array.from({ length: 100_001 }, () => ({})) });
    expect(problems).toEqual([{ path: 'candidates', message: expect.stringContaining('Nhiều nhất') }]);
    expect(each).not.toHaveBeenCalled();
  });

  it('caps any list of problems, and keeps a short one as it is', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ path: `x[${i}]`, message: 'sai' }));
    const capped = capProblems(many);
    expect(capped).toHaveLength(101);
    expect(capped[100]?.message).toBe('Còn 150 lỗi khác chưa liệt kê (chỉ liệt kê 100 lỗi đầu tiên).');
    expect(capProblems(many.slice(0, 3))).toEqual(many.slice(0, 3));
    const c = new ProblemCollector(2);
    c.add(many.slice(0, 2));
    expect(c.full).toBe(true);
    c.addUnexamined(3);
    expect(c.problems()[2]?.message).toContain('ít nhất 3');
  });
});
