/** Issue 14, item 8: free text that leaves the sheet never carries a name from it (domain.md §6, §8). */
import { describe, expect, test } from 'vitest';
import { DEMO_UNIT } from '../../addon/preview/demo.ts';
import type { Failure } from '../../addon/src/common/model.ts';
import { createTemplate } from '../../addon/src/server/features/template/template.ts';
import { namesIn } from '../../addon/src/server/sheet/privacy.ts';
import { toDay } from '../../shared/dates/day.ts';
import { FakeBackend } from './backend.ts';
import { BACKEND, demo, NOW } from './fixtures.ts';

function setup() {
  const backend = new FakeBackend()
    .unit('xa-dinh-van', 'Đảng bộ xã Đinh Văn')
    .unit(DEMO_UNIT.id, DEMO_UNIT.name, 'xa-dinh-van')
    .grant(DEMO_UNIT.email, DEMO_UNIT.id, 'secretary');
  return demo({ backendUrl: BACKEND, fake: { fetch: backend.handler(), token: `token:${DEMO_UNIT.email}` } });
}

describe('names in free text', () => {
  test('a report note naming someone from the sheet is refused before anything is sent', () => {
    const s = setup();
    for (const note of [
      'Đã kết nạp Phạm Thu Hà tháng 11.',
      'em pham thu ha chuyển trường', // typed without accents
      'PHẠM THU HÀ',
    ]) {
      const r = s.addon.sidebarReport({ year: 2026, note }) as Failure;
      expect([note, r.ok]).toEqual([note, false]);
      expect(r).toMatchObject({ kind: 'invalid', title: 'Ghi chú có họ tên' });
      expect(r.text).toContain('“Phạm Thu Hà”');
      expect(r.text).toContain('Chưa có gì được gửi đi');
    }
    expect(s.fake.fetches).toHaveLength(0);
    // A note without a name goes through.
    const fine = s.addon.sidebarReport({ year: 2026, note: 'Số liệu sau lễ kết nạp tháng 11.' });
    expect(fine.ok).toBe(true);
  });

  test("the plan is not requested when the unit's name carries a person's name", () => {
    const s = setup();
    const config = s.fake.spreadsheet.sheet('Cấu hình');
    config.values.set(1, 1, 'Chi bộ của đồng chí Phạm Thu Hà');
    const r = s.addon.sidebarPlan({
      year: 2026,
      number: '05-KH/CB',
      date: '20/11/2026',
      signer: 'X Y',
    }) as Failure;
    expect(r).toMatchObject({ ok: false, kind: 'invalid', title: 'Tên đơn vị có họ tên' });
    expect(r.text).toContain('“Tên chi bộ”');
    expect(s.fake.fetches).toHaveLength(0);
  });

  test('only whole full names count', () => {
    const people = [{ name: 'Lê Văn An' }, { name: 'An' }, { name: 'Hà' }];
    expect(namesIn('Chi bộ Lê Văn Anh', people)).toEqual([]);
    expect(namesIn('Hà Nội, ngày 5', people)).toEqual([]);
    expect(namesIn('gặp Le Van An hôm qua', people)).toEqual(['Lê Văn An']);
  });
});

describe('the "Cấu hình" tab explains itself', () => {
  test('the demo fills its guidance column, and the template fills an empty one', () => {
    const s = setup();
    const config = s.fake.spreadsheet.sheet('Cấu hình');
    const rows = config.dump();
    expect(rows[0]?.[2]).toBe('Hướng dẫn');
    for (const row of rows.slice(1)) expect([row[0], String(row[2]).length > 10]).toEqual([row[0], true]);
    for (let r = 1; r < rows.length; r++) config.values.set(r, 2, '');
    config.values.set(2, 2, 'Ghi chú của tôi');
    createTemplate(s.fake.services, NOW);
    const after = config.dump();
    expect(after[2]?.[2]).toBe('Ghi chú của tôi');
    expect(after.slice(1).every((row) => String(row[2]).length > 10)).toBe(true);
  });
});

describe('year pickers', () => {
  test('offer the next year from November, and the plan starts on it', async () => {
    const { planYears, superiorYears } = await import('../../addon/src/server/actions/years.ts');
    expect(planYears(toDay('2026-11-21'))).toEqual({ year: 2027, years: [2026, 2027] });
    expect(planYears(toDay('2026-10-31'))).toEqual({ year: 2026, years: [2026, 2027] });
    // figures and the report: this year; targets: from November, the next year, which they are for
    expect(superiorYears(toDay('2026-11-21'))).toEqual({
      year: 2026,
      years: [2025, 2026, 2027],
      targetsYear: 2027,
    });
    expect(superiorYears(toDay('2026-12-31')).years).toContain(2027);
    expect(superiorYears(toDay('2026-06-01'))).toEqual({
      year: 2026,
      years: [2025, 2026],
      targetsYear: 2026,
    });
  });
});
