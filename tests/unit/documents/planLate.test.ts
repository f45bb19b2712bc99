import { describe, expect, it } from 'vitest';
import { upperSecondaryCell, upperSecondaryCellDocument } from '../../fixtures/documents/units.ts';
import { plan, sectionText } from './helpers.ts';

/** The upper-secondary cell's plan for 2026, drafted on 29/11/2026: grade 12 left on 31/05/2026. */
const late = plan({
  ...upperSecondaryCell,
  asOf: '2026-11-29',
  document: { ...upperSecondaryCellDocument, date: '2026-11-29' },
});

describe('a plan for the current year drafted late in the year', () => {
  const tasks = sectionText(late, 'NHIỆM VỤ');

  it('says who has already left, never that they "will" leave', () => {
    expect(tasks).toContain('Có 04 quần chúng đã ra trường hoặc rời đơn vị trước ngày lập kế hoạch');
    expect(tasks).toContain('{{ten:HS-02}}: ra trường ngày 31/05/2026.');
    expect(tasks).not.toContain('sẽ ra trường');
  });

  it('claims valid certificates only when every candidate still in the unit holds one', () => {
    expect(tasks).not.toContain('đều đã có giấy chứng nhận còn giá trị');
    // Issued 20/02/2021: valid through 20/02/2026 itself (60 months, as awareness.expired and the
    // early plan's "chậm nhất ngày 20/02/2026" read it), so it lapses after that day, not on it.
    expect(tasks).toContain('{{ten:GV-06}}: giấy chứng nhận đã hết giá trị sau ngày 20/02/2026');
    expect(tasks).not.toContain('hết giá trị từ ngày 20/02/2026');
    expect(tasks).toContain('{{ten:HS-05}}: chưa có giấy chứng nhận');
    // who left on 31/05/2026 is not sent to the class
    expect(tasks).not.toContain('{{ten:HS-04}}: chưa có giấy chứng nhận');
  });
});

describe('the pool of a plan drafted late in the year', () => {
  const january = plan({ ...upperSecondaryCell, document: upperSecondaryCellDocument });
  const f = late.meta.figures!;

  it('leaves out who has left (one count, the engine’s): Section I says the same as III.x', () => {
    // in January no one had left; by 29/11 the four of 31/05/2026 are gone, the rest still followed
    expect(january.meta.figures!.pastLeaving).toBe(0);
    expect(f.pastLeaving).toBe(4);
    expect(f.pipeline).toBe((january.meta.figures!.pipeline as number) - 4);
    expect(sectionText(late, 'ĐẶC ĐIỂM')).toContain(
      `đang theo dõi, bồi dưỡng ${String(f.pipeline).padStart(2, '0')} quần chúng`,
    );
    expect(sectionText(late, 'NHIỆM VỤ')).toContain('Có 04 quần chúng đã ra trường');
    expect(sectionText(late, 'ĐẶC ĐIỂM')).toContain(
      'Ngoài ra, 04 quần chúng trong danh sách đã qua ngày dự kiến rời đơn vị mà chưa được kết nạp',
    );
    expect(sectionText(january, 'ĐẶC ĐIỂM')).not.toContain('Ngoài ra');
  });
});

describe('the helpers’ table of a plan drafted late in the year', () => {
  it('lists who has left last, as gone, without a step or time conditions they no longer have', () => {
    const table = late.body.find((b) => b.kind === 'table' && b.columns[1]?.header === 'Quần chúng');
    if (table?.kind !== 'table') throw new Error('no helpers’ table');
    const rows = table.rows.map((r) =>
      r.map((c) => c.lines.map((l) => l.map((x) => (x.kind === 'name' ? x.key : x.text)).join('')).join(' ')),
    );
    const gone = rows.filter((r) => r[3]!.startsWith('Đã ra trường ngày 31/05/2026'));
    // the four who left on 31/05/2026 (said in III.x): "Đang hoàn thiện hồ sơ" and "Đã đủ" before
    expect(gone.map((r) => r[1])).toContain('HS-02');
    expect(gone).toHaveLength(4);
    for (const r of gone) expect(r[4]).toBe('');
    expect(rows.slice(-4)).toEqual(gone);
  });
});

describe('the same plan drafted in January', () => {
  it('states age by month, never as a day it is not', () => {
    const tasks = sectionText(
      plan({ ...upperSecondaryCell, document: upperSecondaryCellDocument }),
      'NHIỆM VỤ',
    );
    expect(tasks).toContain('{{ten:HS-02}}: đủ 18 tuổi từ tháng 03/2026');
    expect(tasks).not.toMatch(/đủ 18 tuổi từ ngày/);
    expect(tasks).toContain('sẽ ra trường');
  });
});
