/**
 * documents.md's wording rules on the model of every document the fixtures produce (the demo's
 * documents are checked by the browser test through the same `wordingProblems`), and the helpers
 * the builders write through.
 */
import { describe, expect, it } from 'vitest';
import { dayFromParts, toDay } from '../../../shared/dates/day.ts';
import { draftPlan } from '../../../shared/documents/plan/build.ts';
import {
  byDay,
  didCount,
  hasCount,
  learners,
  learnersOfUnits,
  plural,
} from '../../../shared/documents/wording.ts';
import { wordingProblems } from '../../../shared/documents/wordingCheck.ts';
import { fixtureDocuments } from '../../fixtures/documents/all.ts';
import { teachersCell, teachersCellDocument, upperSecondaryCell } from '../../fixtures/documents/units.ts';

const docs = fixtureDocuments();

describe.each(Object.keys(docs))('%s', (name) => {
  it('keeps every wording rule', () => {
    const model = docs[name]!;
    const cell = name === 'plan-teachers' ? teachersCell : upperSecondaryCell;
    // the report's units are five upper-secondary school cells
    const word = name.startsWith('plan') ? learners(cell.candidates.map((c) => c.category)) : 'học sinh';
    expect(
      wordingProblems(model, { learners: word, periodEnd: dayFromParts(model.meta.year, 12, 31) }),
    ).toEqual([]);
  });
});

describe('wordingProblems() finds what the issue quoted', () => {
  const model = docs['plan-teachers']!;
  const withText = (text: string) => ({
    ...model,
    body: [...model.body, { kind: 'paragraph' as const, content: [{ kind: 'text' as const, text }] }],
  });
  it.each([
    ['00 quần chúng đủ điều kiện', 'zero-as-00'],
    ['xét công nhận cho 00 đảng viên dự bị', 'zero-as-00'],
    ['Ưu tiên 01 quần chúng Nguyễn Văn A, là những quần chúng có thể được kết nạp', 'singular-plural'],
    ['(đã quá hạn ngày 15/10/2026: thực hiện ngay)', 'overdue-order-to-superior'],
    ['Tổ chức lễ kết nạp trước ngày 23/12/2026', 'truoc-ngay'],
    ['Quy định áp dụng: 2025-07', 'internal-code'],
    ['Điều 4 (theo nguồn thứ cấp)', 'internal-code'],
  ])('%s', (text, rule) => {
    expect(wordingProblems(withText(text)).some((p) => p.startsWith(rule))).toBe(true);
  });

  it('"không đạt" before the period ends, "sinh viên" in a school', () => {
    const m = withText('Chi bộ A không đạt chỉ tiêu; 02 học sinh, sinh viên');
    expect(wordingProblems(m, { periodEnd: toDay('2026-12-31'), learners: 'học sinh' })).toEqual([
      expect.stringMatching(/^khong-dat-before-period-end/),
      expect.stringMatching(/^learners/),
    ]);
  });

  it('the superior both as the header and as a recipient in the same form', () => {
    const m = { ...model, recipients: ['Đảng bộ xã Sơn Hà (để báo cáo),', ...model.recipients.slice(1)] };
    expect(wordingProblems(m)).toEqual([expect.stringMatching(/^superior-header-and-recipient/)]);
  });

  it('"Hiện nay" as a column header; "Đã đủ" beside "Tạo nguồn"', () => {
    const table = {
      kind: 'table' as const,
      columns: [
        { header: 'Quần chúng', width: 1 },
        { header: 'Hiện nay', width: 1 },
        { header: 'Đủ điều kiện từ', width: 1 },
      ],
      rows: [
        [
          { lines: [[{ kind: 'text' as const, text: 'A' }]] },
          { lines: [[{ kind: 'text' as const, text: 'Tạo nguồn' }]] },
          { lines: [[{ kind: 'text' as const, text: 'Đã đủ' }]] },
        ],
      ],
    };
    const problems = wordingProblems({ ...model, body: [table] });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['column-hien-nay', 'eligible-while-source']);
  });
});

describe('the wording helpers', () => {
  it('say a zero in words', () => {
    expect(didCount(0, 'kết nạp', 'đảng viên')).toBe('chưa kết nạp đảng viên nào');
    expect(didCount(2, 'kết nạp', 'đảng viên')).toBe('đã kết nạp 02 đảng viên');
    expect(hasCount(0, 'đảng viên dự bị', 'không có')).toBe('không có đảng viên dự bị nào');
  });
  it('agree with the count', () => {
    expect(`là ${plural(1)}quần chúng`).toBe('là quần chúng');
    expect(`là ${plural(3)}quần chúng`).toBe('là những quần chúng');
  });
  it('say "học sinh" or "sinh viên" only where it applies', () => {
    expect(learners(['student', 'teacher'])).toBe('học sinh');
    expect(learners(['higherEducationStudent'])).toBe('sinh viên');
    expect(learners(['teacher', 'staff'])).toBeUndefined();
    expect(learnersOfUnits(['Chi bộ Trường THPT Tân Phú', 'Chi bộ Trường PTDTNT THCS và THPT Tân Phú'])).toBe(
      'học sinh',
    );
  });
  it('allow the last day itself', () => {
    expect(byDay(toDay('2026-12-23'))).toBe('chậm nhất ngày 23/12/2026');
  });
  it('write "học sinh" in an upper-secondary plan, and nothing about students in a teachers’ plan', () => {
    const out = draftPlan({ ...teachersCell, document: teachersCellDocument });
    if (!out.ok) throw new Error('rejected');
    expect(wordingProblems(out.model, { learners: undefined })).toEqual([]);
  });
});
