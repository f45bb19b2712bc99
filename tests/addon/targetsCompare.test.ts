/**
 * "Soạn kế hoạch" and "Kiểm tra danh sách" compare the sheet's "Chỉ tiêu" tab with the targets the
 * superior assigned, as "Gửi báo cáo" does (tests/addon/reportTargets.test.ts), through the same
 * compareTargets: the targets ride along in the fetchAll each already makes; a difference names
 * each figure in both versions; a failed read says so briefly; nothing stops the plan or the check.
 */
import { describe, expect, test } from 'vitest';
import { DEMO_UNIT } from '../../addon/preview/demo.ts';
import type { CheckResult, DocumentResult, Failure, ReportResult } from '../../addon/src/common/model.ts';
import type { Targets } from '../../shared/schemas/request.ts';
import { FakeBackend, withDocx } from './backend.ts';
import { BACKEND, demo } from './fixtures.ts';

const TARGETS_PATH = `/v1/units/${DEMO_UNIT.id}/targets/2026`;

function setup(targets: Targets, options: { failTargets?: boolean } = {}) {
  const backend = new FakeBackend()
    .unit('xa-dinh-van', 'Đảng bộ xã Đinh Văn')
    .unit(DEMO_UNIT.id, DEMO_UNIT.name, 'xa-dinh-van')
    .grant(DEMO_UNIT.email, DEMO_UNIT.id, 'secretary')
    .setTargets(DEMO_UNIT.id, 2026, targets);
  const real = backend.handler();
  const s = demo({
    backendUrl: BACKEND,
    fake: {
      fetch: (url, params) =>
        options.failTargets && url.endsWith(TARGETS_PATH)
          ? { status: 502, body: 'Bad gateway' }
          : real(url, params),
      token: `token:${DEMO_UNIT.email}`,
    },
  });
  return { ...s, backend };
}

function done<T extends { ok: true }>(r: T | Failure): T {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r;
}

/** The plan of 2026 (the demo's "Chỉ tiêu" row: kết nạp 3, học sinh 2, nữ 2, lớp nhận thức 10). */
async function plan(s: ReturnType<typeof setup>): Promise<DocumentResult> {
  const run = () =>
    s.addon.sidebarPlan({ year: 2026, number: '', date: '20/11/2026', signer: 'Nguyễn Thị Hương' }) as
      | DocumentResult
      | Failure;
  return done(
    await withDocx(s.backend, run, () => {
      s.fake.fetches.length = 0;
    }),
  );
}

const DIFFER = (after: string) =>
  `Chỉ tiêu cấp trên giao năm 2026: kết nạp 4; bảng “Chỉ tiêu”: kết nạp 3 — hãy sửa bảng “Chỉ tiêu” để kế hoạch và báo cáo dùng cùng một số. ${after}`;

describe('the superior’s targets against the "Chỉ tiêu" tab, in the plan and the check', () => {
  test('the plan names the differing figure, in the words the report uses; the plan is still drafted', async () => {
    const s = setup({ admitted: 4, students: 2 });
    const r = await plan(s);
    expect(r.doc).not.toBeNull();
    expect(r.notices[0]).toEqual({
      level: 'warning',
      title: 'Chỉ tiêu khác với cấp trên giao',
      text: DIFFER('Kế hoạch vẫn được soạn theo bảng “Chỉ tiêu”.'),
    });
    // the targets went in the plan's own fetchAll, with its model and its .docx
    expect(s.fake.fetches.filter((f) => f.url.startsWith(BACKEND)).map((f) => f.url)).toEqual([
      `${BACKEND}/v1/plan`,
      `${BACKEND}/v1/plan`,
      `${BACKEND}${TARGETS_PATH}`,
    ]);
    // the report says the same, but for what still happened
    const report = done(s.addon.sidebarReport({ year: 2026 }) as ReportResult | Failure);
    expect(report.notices.map((n) => n.text)).toEqual([DIFFER('Báo cáo vẫn được gửi bình thường.')]);
  });

  test('the check names it too, in one fetchAll with the evaluate call; equal targets say nothing', () => {
    const s = setup({ admitted: 4 });
    const r = done(s.addon.sidebarCheck() as CheckResult | Failure);
    expect(r.mode).toBe('backend');
    expect(r.notices.map((n) => n.text)).toEqual([DIFFER('Kết quả kiểm tra vẫn dùng bảng “Chỉ tiêu”.')]);
    expect(s.fake.calls.byName.get('UrlFetchApp.fetchAll')).toBe(1);
    const same = setup({ admitted: 3, women: 2 });
    expect(done(same.addon.sidebarCheck() as CheckResult | Failure).notices).toEqual([]);
  });

  test('a failed read is said briefly; the plan and the check still done', async () => {
    const s = setup({ admitted: 4 }, { failTargets: true });
    const checked = done(s.addon.sidebarCheck() as CheckResult | Failure);
    expect(checked.mode).toBe('backend');
    expect(checked.notices).toEqual([
      {
        level: 'info',
        title: 'Chưa đối chiếu được chỉ tiêu cấp trên giao',
        text: 'Máy chủ PTĐV chưa trả lời phần chỉ tiêu năm 2026 cấp trên giao, nên chưa so được với bảng “Chỉ tiêu”. Kết quả kiểm tra vẫn dùng bảng “Chỉ tiêu”.',
      },
    ]);
    const drafted = await plan(s);
    expect(drafted.doc).not.toBeNull();
    expect(drafted.notices.map((n) => n.title)).toContain('Chưa đối chiếu được chỉ tiêu cấp trên giao');
  });
});
