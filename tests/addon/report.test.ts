/**
 * "Gửi báo cáo lên cấp trên": the unit's summary for the year in one PUT, figures only; what was
 * sent and the revision shown; the same figures again are harmless; every failure said plainly.
 */
import { describe, expect, test } from 'vitest';
import { DEMO_UNIT, demoNames, demoWorkbook } from '../../addon/preview/demo.ts';
import type { Failure, ReportForm, ReportResult } from '../../addon/src/common/model.ts';
import { FakeBackend } from './backend.ts';
import { BACKEND, demo, TODAY } from './fixtures.ts';

function setup(options: { backendUrl?: string; email?: string } = {}) {
  const backend = new FakeBackend()
    .unit('xa-dinh-van', 'Đảng bộ xã Đinh Văn')
    .unit(DEMO_UNIT.id, DEMO_UNIT.name, 'xa-dinh-van')
    .unit('thpt-tan-ha', 'Chi bộ Trường THPT Tân Hà', 'xa-dinh-van')
    .grant(DEMO_UNIT.email, DEMO_UNIT.id, 'secretary')
    .grant('bithu.tanha@example.org', 'thpt-tan-ha', 'secretary');
  const s = demo({
    backendUrl: options.backendUrl ?? BACKEND,
    fake: { fetch: backend.handler(), token: `token:${options.email ?? DEMO_UNIT.email}` },
  });
  return { ...s, backend };
}

function sent(r: ReportResult | Failure): ReportResult {
  if (!r.ok) throw new Error(`expected a receipt: ${JSON.stringify(r)}`);
  return r;
}

describe('Gửi báo cáo', () => {
  test('the form: this year and last, the unit from "Cấu hình"', () => {
    const { addon } = setup();
    expect(addon.sidebarReportForm()).toMatchObject({
      ok: true,
      year: 2026,
      years: [2025, 2026],
      unitId: DEMO_UNIT.id,
      unitName: DEMO_UNIT.name,
      backendConfigured: true,
      sent: {},
    } satisfies Partial<ReportForm>);
  });

  test('one PUT with the summary — counts only, no name, no row key — and the receipt', () => {
    const s = setup();
    const r = sent(s.addon.sidebarReport({ year: 2026 }) as ReportResult | Failure);
    // the superior's targets are read in the same fetchAll (tests/addon/reportTargets.test.ts)
    expect(s.fake.fetches.map((f) => f.params.method)).toEqual(['put', 'get']);
    expect(s.fake.calls.byName.get('UrlFetchApp.fetchAll')).toBe(1);
    const f = s.fake.fetches[0]!;
    expect(f.url).toBe(`${BACKEND}/v1/units/${DEMO_UNIT.id}/reports/2026`);
    expect(f.params.method).toBe('put');
    const body = String(f.params.payload);
    for (const name of demoNames(demoWorkbook(TODAY, BACKEND))) expect(body, name).not.toContain(name);
    expect(body).not.toMatch(/QC-\d|DV-\d/);
    expect(Object.keys(JSON.parse(body))).toEqual(['summary']);
    expect(JSON.parse(body).summary.year).toBe(2026);
    expect(r).toMatchObject({ ok: true, unitId: DEMO_UNIT.id, year: 2026, revision: 1, created: true });
    expect(r.submittedAtText).toBe('10:00, 21/11/2026');
    const labels = r.figures.map((l) => l.label);
    expect(labels.slice(0, 6)).toEqual([
      'Kết nạp đảng viên trong năm',
      'học sinh, sinh viên',
      'nữ',
      'dân tộc thiểu số',
      'có tôn giáo',
      'đoàn viên',
    ]);
    expect(r.figures[0]?.value).toBe(JSON.parse(body).summary.admittedThisYear);
    expect((s.addon.sidebarReportForm() as ReportForm).sent).toEqual({
      '2026': { revision: 1, atText: '10:00, 21/11/2026' },
    });
  });

  test('sending the same figures again is harmless: no new revision; a change makes revision 2', () => {
    const s = setup();
    sent(s.addon.sidebarReport({ year: 2026 }) as ReportResult);
    const again = sent(s.addon.sidebarReport({ year: 2026 }) as ReportResult);
    expect(again).toMatchObject({ revision: 1, created: false });
    expect(s.backend.reports.get(`${DEMO_UNIT.id}/2026`)).toHaveLength(1);
    // a note is part of the report: a new revision
    const noted = sent(
      s.addon.sidebarReport({ year: 2026, note: 'Số liệu sau lễ kết nạp tháng 11.' }) as ReportResult,
    );
    expect(noted).toMatchObject({ revision: 2, created: true });
    expect(s.backend.reports.get(`${DEMO_UNIT.id}/2026`)).toHaveLength(2);
  });

  test('last year: the summary of that year', () => {
    const s = setup();
    const r = sent(s.addon.sidebarReport({ year: 2025 }) as ReportResult);
    expect(r.year).toBe(2025);
    expect(s.fake.fetches[0]?.url).toMatch(/\/reports\/2025$/);
    expect(JSON.parse(String(s.fake.fetches[0]?.params.payload)).summary.year).toBe(2025);
  });

  test('failures: no address, no unit id, a malformed unit id, a wrong year, a long note', () => {
    const none = setup({ backendUrl: '' });
    expect(none.addon.sidebarReport({ year: 2026 })).toMatchObject({
      ok: false,
      title: 'Chưa có địa chỉ máy chủ',
    });
    const s = setup();
    const config = s.fake.spreadsheet.sheet('Cấu hình');
    config.values.set(8, 1, ''); // Mã đơn vị
    expect(s.addon.sidebarReport({ year: 2026 })).toMatchObject({ ok: false, title: 'Chưa có mã đơn vị' });
    config.values.set(8, 1, 'THPT Lê Quý Đôn');
    const bad = s.addon.sidebarReport({ year: 2026 }) as Failure;
    expect(bad).toMatchObject({ ok: false, kind: 'invalid', title: 'Mã đơn vị chưa đúng' });
    expect(s.addon.sidebarReport({ year: 'x' })).toMatchObject({ ok: false, title: 'Năm chưa đúng' });
    expect(s.addon.sidebarReport({ year: 2026, note: 'x'.repeat(2001) })).toMatchObject({
      ok: false,
      title: 'Ghi chú dài quá',
    });
    expect(s.fake.fetches).toHaveLength(0);
  });

  test('failures from the backend: not this unit’s secretary, 401, 422, unreachable, 5xx, a garbled receipt', () => {
    const other = setup({ email: 'bithu.tanha@example.org' });
    const forbidden = other.addon.sidebarReport({ year: 2026 }) as Failure;
    expect(forbidden).toMatchObject({ ok: false, kind: 'backend', title: 'Tài khoản chưa được cấp quyền' });
    expect(forbidden.text).toMatch(/vai trò bí thư chi bộ cho đơn vị “thpt-le-quy-don”/);

    const cases: Array<[() => never | { status: number; body?: string }, string, number]> = [
      [
        () => ({ status: 401, body: '{"error":{"code":"unauthorized","message":"Hết hạn."}}' }),
        'Máy chủ chưa xác nhận được tài khoản',
        1,
      ],
      [
        () => ({
          status: 422,
          body: '{"error":{"code":"year_mismatch","message":"Báo cáo là của năm 2025 nhưng được gửi vào năm 2026."}}',
        }),
        'Máy chủ chưa nhận yêu cầu gửi báo cáo',
        1,
      ],
      [
        () => {
          throw new Error('Address unavailable');
        },
        'Không kết nối được máy chủ PTĐV',
        4,
      ],
      [() => ({ status: 502, body: 'Bad gateway' }), 'Máy chủ PTĐV đang gặp sự cố', 4],
      [() => ({ status: 201, body: '<html>' }), 'Máy chủ trả lời không đúng dạng', 1],
    ];
    for (const [handler, title, attempts] of cases) {
      const s = setup();
      s.fake.setFetch(handler);
      const r = s.addon.sidebarReport({ year: 2026 }) as Failure;
      expect(r, title).toMatchObject({ ok: false, kind: 'backend', title });
      const puts = s.fake.fetches.filter((f) => f.params.method === 'put');
      expect(puts, title).toHaveLength(attempts);
      expect(s.fake.properties.store.has('ptdv.reports.sent'), title).toBe(false);
    }
  });
});
