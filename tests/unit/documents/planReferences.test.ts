/**
 * A plan that points the reader to another of its sections names the section that holds what it
 * points to (documents.md: "printable and signable after reading it once"). With a shortfall
 * against the target, the plan sent the reader to "mục III" — the targets themselves — while the
 * tasks and solutions are section IV.
 */
import { describe, expect, it } from 'vitest';
import { allText, plan, sectionText } from './helpers.ts';

const members = [1, 2, 3, 4].map((i) => ({
  key: `M${i}`,
  joinedUnitDate: '2010-09-01',
  officialSince: '2009-01-01',
}));
const ready = (key: string) => ({
  key,
  birthDate: '1990-02-10',
  category: 'teacher',
  gender: 'female',
  education: 'higher',
  joinedUnitDate: '2015-09-05',
  awarenessCertificateDate: '2026-01-10',
  applicationDate: '2026-02-01',
  backgroundDeclaredDate: '2026-02-05',
  backgroundVerifiedDate: '2026-03-20',
  introducers: [
    { memberKey: 'M1', letterDate: '2026-03-01' },
    { memberKey: 'M2', letterDate: '2026-03-01' },
  ],
  feedbackSummaryDate: '2026-03-10',
});

// Two people ready on 10/11/2026 against a target of four: a shortfall of two.
const model = plan({
  asOf: '2026-11-10',
  unit: { hasYouthUnion: true },
  members,
  targets: { admitted: 4 },
  candidates: [ready('A'), ready('B')],
  document: {
    unitName: 'Chi bộ Thử',
    superiorName: 'Đảng bộ xã Thử',
    place: 'Lâm Hà',
    date: '2026-11-10',
    year: 2026,
  },
});

describe('cross-references inside the plan', () => {
  it('the shortfall sentence sends the reader to the tasks and solutions, not back to the targets', () => {
    const targets = sectionText(model, 'CHỈ TIÊU');
    expect(targets).toContain('còn thiếu 02 so với chỉ tiêu');
    expect(targets).toContain('mục “Nhiệm vụ, giải pháp”');
    // any "mục <roman numeral>" left in the text must be the number of the tasks' heading
    const headings = model.body.filter((b) => b.kind === 'heading' && b.level === 1);
    const tasks = headings.find((h) => JSON.stringify(h).includes('NHIỆM VỤ, GIẢI PHÁP'));
    expect(tasks).toBeDefined();
    for (const m of allText(model).matchAll(/tại mục ([IVX]+)\b/g))
      expect(`${m[1]}.`).toBe((tasks as { number?: string }).number);
  });
});
