/**
 * "Gửi báo cáo" compares the superior's targets (read in the same fetchAll as the submission)
 * with the sheet's "Chỉ tiêu" tab: a notice names each differing figure in both versions; equal
 * targets or none say nothing; a failed read never stops the submission and says so in a short
 * notice; the sheet is never written.
 */
import { describe, expect, test } from 'vitest';
import { DEMO_UNIT } from '../../addon/preview/demo.ts';
import type { Failure, ReportResult } from '../../addon/src/common/model.ts';
import type { Targets } from '../../shared/schemas/request.ts';
import { FakeBackend } from './backend.ts';
import { BACKEND, demo } from './fixtures.ts';

function setup(targets?: { year: number; targets: Targets }) {
  const backend = new FakeBackend()
    .unit('xa-dinh-van', 'Đảng bộ xã Đinh Văn')
    .unit(DEMO_UNIT.id, DEMO_UNIT.name, 'xa-dinh-van')
    .grant(DEMO_UNIT.email, DEMO_UNIT.id, 'secretary');
  if (targets) backend.setTargets(DEMO_UNIT.id, targets.year, targets.targets);
  const s = demo({
    backendUrl: BACKEND,
    fake: { fetch: backend.handler(), token: `token:${DEMO_UNIT.email}` },
  });
  return { ...s, backend };
}

function sent(r: unknown): ReportResult {
  const result = r as ReportResult | Failure;
  if (!result.ok) throw new Error(`expected a receipt: ${JSON.stringify(result)}`);
  return result;
}

/** The demo's "Chỉ tiêu" tab, row 2026: kết nạp 3, học sinh 2, nữ 2, lớp nhận thức 10. */
const tabValues = (s: ReturnType<typeof setup>) => {
  const tab = s.fake.spreadsheet.sheet('Chỉ tiêu');
  return [0, 1, 2, 3, 4].map((c) => tab.values.get(1, c));
};

describe('Gửi báo cáo: the superior’s targets against the "Chỉ tiêu" tab', () => {
  test('differing targets: a notice names each differing figure in both versions; the tab is not written', () => {
    const s = setup({ year: 2026, targets: { admitted: 4, students: 2, women: 1 } });
    const before = tabValues(s);
    const r = sent(s.addon.sidebarReport({ year: 2026 }));
    expect(r).toMatchObject({ revision: 1, created: true });
    expect(r.notices).toHaveLength(1);
    const n = r.notices[0]!;
    expect(n).toMatchObject({ level: 'warning', title: 'Chỉ tiêu khác với cấp trên giao' });
    expect(n.text).toBe(
      'Chỉ tiêu cấp trên giao năm 2026: kết nạp 4, trong đó nữ 1; bảng “Chỉ tiêu”: kết nạp 3, trong đó nữ 2 — hãy sửa bảng “Chỉ tiêu” để kế hoạch và báo cáo dùng cùng một số. Báo cáo vẫn được gửi bình thường.',
    );
    expect(tabValues(s)).toEqual(before);
    // the read rides in the submission's fetchAll: one service call to the backend
    expect(s.fake.calls.byName.get('UrlFetchApp.fetchAll')).toBe(1);
    expect(s.fake.calls.byName.get('UrlFetchApp.fetch') ?? 0).toBe(0);
    expect(s.fake.fetches.map((f) => `${f.params.method} ${f.url}`)).toEqual([
      `put ${BACKEND}/v1/units/${DEMO_UNIT.id}/reports/2026`,
      `get ${BACKEND}/v1/units/${DEMO_UNIT.id}/targets/2026`,
    ]);
  });

  test('a year the tab has no row for: every assigned figure, and the tab said to have none', () => {
    const s = setup({ year: 2025, targets: { admitted: 3, students: 1 } });
    const r = sent(s.addon.sidebarReport({ year: 2025 }));
    expect(r.notices.map((n) => n.text)).toEqual([
      'Chỉ tiêu cấp trên giao năm 2025: kết nạp 3, trong đó học sinh, sinh viên 1; bảng “Chỉ tiêu” chưa có chỉ tiêu năm 2025 — hãy sửa bảng “Chỉ tiêu” để kế hoạch và báo cáo dùng cùng một số. Báo cáo vẫn được gửi bình thường.',
    ]);
  });

  test('a figure missing from the tab row is named as not written', () => {
    const s = setup({ year: 2026, targets: { admitted: 3, awarenessClass: 12 } });
    s.fake.spreadsheet.sheet('Chỉ tiêu').values.set(1, 4, '');
    const r = sent(s.addon.sidebarReport({ year: 2026 }));
    expect(r.notices.map((n) => n.text)).toEqual([
      'Chỉ tiêu cấp trên giao năm 2026: cử đi học lớp nhận thức 12; bảng “Chỉ tiêu”: cử đi học lớp nhận thức chưa ghi — hãy sửa bảng “Chỉ tiêu” để kế hoạch và báo cáo dùng cùng một số. Báo cáo vẫn được gửi bình thường.',
    ]);
  });

  test('equal targets, a subset that agrees, none assigned (404), an empty record or a refused read (403): no notice', () => {
    const cases: Array<[string, { year: number; targets: Targets } | undefined]> = [
      ['equal', { year: 2026, targets: { admitted: 3, students: 2, women: 2, awarenessClass: 10 } }],
      ['subset', { year: 2026, targets: { admitted: 3 } }],
      ['none', undefined],
      ['empty', { year: 2026, targets: {} }],
    ];
    for (const [name, targets] of cases) {
      const s = setup(targets);
      const r = sent(s.addon.sidebarReport({ year: 2026 }));
      expect(r.notices, name).toEqual([]);
      expect(r.revision, name).toBe(1);
      expect(s.fake.calls.byName.get('UrlFetchApp.fetchAll'), name).toBe(1);
    }
    // a refused read (403): nothing this account can compare with, nothing to say
    const s = setup({ year: 2026, targets: { admitted: 9 } });
    const real = s.backend.handler();
    s.fake.setFetch((url, params) =>
      url.endsWith('/targets/2026')
        ? { status: 403, body: '{"error":{"code":"forbidden","message":"Không có quyền."}}' }
        : real(url, params),
    );
    expect(sent(s.addon.sidebarReport({ year: 2026 })).notices).toEqual([]);
  });

  // It was only logged: the secretary saw nothing and took silence for agreement.
  const UNREAD = {
    level: 'info',
    title: 'Chưa đối chiếu được chỉ tiêu cấp trên giao',
    text: 'Máy chủ PTĐV chưa trả lời phần chỉ tiêu năm 2026 cấp trên giao, nên chưa so được với bảng “Chỉ tiêu”. Báo cáo vẫn được gửi bình thường.',
  };

  test('a failing targets read still submits, and says the targets were not compared: 5xx, a garbled answer, a fetchAll that throws', () => {
    const targetsPath = `/v1/units/${DEMO_UNIT.id}/targets/2026`;
    const cases: Array<[string, { status: number; body: string }]> = [
      ['5xx', { status: 503, body: 'Service unavailable' }],
      ['garbled', { status: 200, body: '{"unitId":"x","targets":{"admitted":"ba"}}' }],
      ['not JSON', { status: 200, body: '<html>' }],
    ];
    for (const [name, reply] of cases) {
      const s = setup({ year: 2026, targets: { admitted: 9 } });
      const real = s.backend.handler();
      s.fake.setFetch((url, params) => (url.endsWith(targetsPath) ? reply : real(url, params)));
      const r = sent(s.addon.sidebarReport({ year: 2026 }));
      expect(r, name).toMatchObject({ revision: 1, created: true, notices: [UNREAD] });
      expect(s.backend.reports.get(`${DEMO_UNIT.id}/2026`), name).toHaveLength(1);
    }
    // the network drops the first fetchAll: the submission is retried alone and lands
    const s = setup({ year: 2026, targets: { admitted: 9 } });
    const real = s.backend.handler();
    let calls = 0;
    s.fake.setFetch((url, params) => {
      if (calls++ === 0) throw new Error('Address unavailable');
      return real(url, params);
    });
    const r = sent(s.addon.sidebarReport({ year: 2026 }));
    expect(r).toMatchObject({ revision: 1, created: true, notices: [UNREAD] });
    expect(s.fake.calls.byName.get('UrlFetchApp.fetchAll')).toBe(1);
    expect(s.fake.calls.byName.get('UrlFetchApp.fetch')).toBe(1);
  });
});
