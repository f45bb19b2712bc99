/**
 * "A number shown in two places is computed once": the demo cell checked in the sidebar, its
 * summary sent up, its plan and the superior's report built from that summary — the same counts
 * in all four (the QA review of the preview, section A).
 */
import { describe, expect, test } from 'vitest';
import { DEMO_UNIT } from '../../addon/preview/demo.ts';
import type { CheckResult, DocumentResult, Failure, ReportResult } from '../../addon/src/common/model.ts';
import { draftPlan } from '../../shared/documents/plan/build.ts';
import { renderText } from '../../shared/documents/render/text.ts';
import { buildReport } from '../../shared/documents/report/build.ts';
import type { AggregateRowInput } from '../../shared/documents/report/rollup.ts';
import { FakeBackend, withDocx } from './backend.ts';
import { BACKEND, col, demo, rowOf } from './fixtures.ts';

const COMMUNE = 'xa-dinh-van';
const PLAN = { year: 2026, number: '05-KH/CB', date: '21/11/2026', signer: 'Nguyễn Thị Hương' };

function ok<T extends { ok: true }>(r: T | Failure): T {
  if (!r.ok) throw new Error(`expected success: ${JSON.stringify(r)}`);
  return r;
}

/** Two digits as the documents write counts ("02"). */
const two = (n: number) => String(n).padStart(2, '0');

async function everyScreen(planInput: typeof PLAN = PLAN, prepare?: (s: ReturnType<typeof demo>) => void) {
  const backend = new FakeBackend()
    .unit(COMMUNE, 'Đảng bộ xã Đinh Văn')
    .unit(DEMO_UNIT.id, DEMO_UNIT.name, COMMUNE)
    .grant(DEMO_UNIT.email, DEMO_UNIT.id, 'secretary');
  const s = demo({
    backendUrl: BACKEND,
    fake: { fetch: backend.handler(), token: `token:${DEMO_UNIT.email}` },
  });
  prepare?.(s);
  const sidebar = ok(s.addon.sidebarCheck() as CheckResult | Failure);
  const sent = ok(s.addon.sidebarReport({ year: 2026 }) as ReportResult | Failure);
  const figure = (label: string) => sent.figures.find((f) => f.label === label)?.value;
  await withDocx(
    backend,
    () => ok(s.addon.sidebarPlan(planInput) as DocumentResult | Failure),
    () => {
      s.fake.fetches.length = 0;
    },
  );
  const planRequest = s.fake.fetches.find((f) => f.url === `${BACKEND}/v1/plan`)!;
  const drafted = draftPlan(JSON.parse(String(planRequest.params.payload)));
  if (!drafted.ok) throw new Error(JSON.stringify(drafted));
  const plan = renderText(drafted.model);
  const report = renderText(
    buildReport({
      rows: backend.aggregateRows(COMMUNE, 2026) as unknown as AggregateRowInput[],
      document: {
        year: 2026,
        unitName: 'Đảng bộ xã Đinh Văn',
        superiorName: 'Huyện ủy Lâm Hà',
        place: 'Đinh Văn',
        date: '2026-11-21',
      } as never,
    }),
  );
  return { sidebar, figure, plan, report, planModel: drafted.model };
}

describe('the demo cell: the same counts in the sidebar, the summary sent, the plan and the report', () => {
  test('"đủ điều kiện, chờ chi bộ xét" is the sidebar’s tile; the proposed are counted apart', async () => {
    const { sidebar, figure, plan, report } = await everyScreen();
    const ready = sidebar.counts.ready;
    const proposed = sidebar.counts.proposed;
    // The demo has both, so a sum of the two could not pass for either.
    expect(ready).toBeGreaterThan(0);
    expect(proposed).toBeGreaterThan(0);
    // no one is past the leaving date here: the tile and "chờ chi bộ xét" are the same count
    expect(sidebar.waiting).toBe(ready);
    expect(figure('đủ điều kiện, chờ chi bộ xét')).toBe(ready);
    expect(figure('chi bộ đã đề nghị, chờ quyết định')).toBe(proposed);
    expect(plan).toContain(`${two(ready)} quần chúng đã đủ điều kiện, chờ chi bộ xem xét kết nạp`);
    expect(plan).toContain(`${two(proposed)} quần chúng chi bộ đã đề nghị kết nạp, chờ cấp trên quyết định`);
    expect(report).toContain(`${two(ready)} quần chúng đã đủ điều kiện, chờ chi bộ xét`);
    expect(report).toContain(`${two(proposed)} quần chúng đã được chi bộ đề nghị kết nạp, chờ quyết định`);
    expect(report).toContain(`xét kết nạp ${two(ready)} quần chúng đã đủ điều kiện`);
  });

  test('"rời đơn vị trước khi đủ điều kiện": the sidebar and the plan name the same people; the figures sent count each of them once, under a label that says where', async () => {
    const { sidebar, figure, plan, report } = await everyScreen();
    const leaving = sidebar.people.filter((p) =>
      p.items.some((i) => /^Rời đơn vị ngày .* trước khi đủ điều kiện/.test(i.text)),
    );
    expect(leaving.length).toBeGreaterThan(0);
    expect(plan).toContain(
      `Có ${two(leaving.length)} quần chúng sẽ ra trường hoặc rời đơn vị trước khi đủ điều kiện`,
    );
    const byAge = figure('Chưa đủ 18 tuổi (đến 31/12/2026 hoặc đến khi rời đơn vị)');
    const byLeaving = figure('Rời đơn vị trước khi đủ điều kiện (ngoài số chưa đủ 18 tuổi)');
    expect(byAge).toBeDefined();
    expect(byLeaving).toBeDefined();
    // every leaver is in one of the two exclusive counts, and none is counted twice
    expect(byAge! + byLeaving!).toBeGreaterThanOrEqual(leaving.length);
    // Bảng 4's narrow headers and their note say what the sidebar's labels say
    expect(report).toContain('Rời đơn vị trước khi đủ điều kiện (**)');
    expect(report).toContain('Chưa đủ 18 tuổi (*)');
    expect(report).toContain(
      'Ghi chú: (*) Đến ngày 31/12/2026 hoặc đến khi rời đơn vị; (**) ngoài số chưa đủ 18 tuổi.',
    );
  });

  test('who is past the leaving date is out of the pool everywhere, and the sidebar says the list needs updating', async () => {
    const before = await everyScreen();
    const { sidebar, figure, plan, report, planModel } = await everyScreen(PLAN, (s) => {
      const sheet = s.fake.spreadsheet.sheet('Quần chúng');
      const row = rowOf(sheet, 'Lê Thị Cúc');
      sheet.values.set(row - 1, col(sheet, 'Dự kiến rời đơn vị') - 1, 46326); // 31/10/2026
      sheet.formats.set(row - 1, col(sheet, 'Dự kiến rời đơn vị') - 1, 'dd/mm/yyyy');
    });
    const pool = figure('Quần chúng đang bồi dưỡng')!;
    expect(pool).toBe(before.figure('Quần chúng đang bồi dưỡng')! - 1);
    expect(planModel.meta.figures!.pipeline).toBe(pool);
    expect(planModel.meta.figures!.pastLeaving).toBe(1);
    expect(plan).toContain(`Chi bộ đang theo dõi, bồi dưỡng ${two(pool)} quần chúng ưu tú`);
    expect(report).toContain(`đang theo dõi, bồi dưỡng ${two(pool)} quần chúng ưu tú`);
    expect(plan).toContain('Có 01 quần chúng đã ra trường hoặc rời đơn vị');
    expect(sidebar.notices).toContainEqual(
      expect.objectContaining({
        level: 'warning',
        text: expect.stringMatching(/^1 người trong bảng “Quần chúng” đã qua ngày dự kiến rời đơn vị/),
      }),
    );
    expect(before.sidebar.notices.some((n) => /rời đơn vị/.test(n.text))).toBe(false);
  });

  test('a ready row past its leaving date: still on its tile, no longer waiting for the cell, in no forecast of the pool', async () => {
    const before = await everyScreen();
    const { sidebar, figure, plan, report, planModel } = await everyScreen(PLAN, (s) => {
      const sheet = s.fake.spreadsheet.sheet('Quần chúng');
      const row = rowOf(sheet, 'Phạm Thu Hà'); // the demo's one ready candidate
      sheet.values.set(row - 1, col(sheet, 'Dự kiến rời đơn vị') - 1, 46326); // 31/10/2026
      sheet.formats.set(row - 1, col(sheet, 'Dự kiến rời đơn vị') - 1, 'dd/mm/yyyy');
    });
    // the tiles count rows as the sheet colours them, and say how many of them have left
    expect(sidebar.counts.ready).toBe(before.sidebar.counts.ready);
    expect(before.sidebar.gone).toBeNull();
    expect(sidebar.gone).toBe(
      'Trong đó 1 người đã qua ngày dự kiến rời đơn vị (1 ở ô “Đủ điều kiện”), không tính vào số đang bồi dưỡng.',
    );
    // "chờ chi bộ xét" is one figure everywhere: the sidebar's, the one sent, the plan's, the report's
    const waiting = before.sidebar.waiting - 1;
    expect(sidebar.waiting).toBe(waiting);
    expect(figure('đủ điều kiện, chờ chi bộ xét')).toBe(waiting);
    expect(figure('Đã qua ngày dự kiến rời đơn vị (không tính ở trên)')).toBe(1);
    expect(before.figure('Đã qua ngày dự kiến rời đơn vị (không tính ở trên)')).toBeUndefined();
    expect(planModel.meta.figures!.readyNow).toBe(waiting);
    // the plan's pool adds up: who left while ready is said where the leavers are
    expect(planModel.meta.figures!.pastLeavingReady).toBe(1);
    expect(plan).toContain(
      'Ngoài ra, 01 quần chúng trong danh sách đã qua ngày dự kiến rời đơn vị mà chưa được kết nạp (trong đó 01 quần chúng đã đủ điều kiện nhưng chi bộ chưa xét; không tính ở trên).',
    );
    if (waiting === 0) {
      expect(plan).toContain('chưa có quần chúng nào đủ điều kiện để chi bộ xem xét kết nạp ngay');
      expect(report).toContain('chưa có quần chúng nào đủ điều kiện chờ chi bộ xét');
    } else {
      expect(plan).toContain(`${two(waiting)} quần chúng đã đủ điều kiện, chờ chi bộ xem xét kết nạp`);
      expect(report).toContain(`${two(waiting)} quần chúng đã đủ điều kiện, chờ chi bộ xét`);
    }
    // gone, she is counted once (pastLeaving), not as someone who "will leave before eligible"
    const leaving = 'Rời đơn vị trước khi đủ điều kiện (ngoài số chưa đủ 18 tuổi)';
    expect(figure(leaving)).toBe(before.figure(leaving));
    expect(planModel.meta.figures!.blockedByLeaving).toBe(before.planModel.meta.figures!.blockedByLeaving);
    expect(plan).toContain('Có 01 quần chúng đã ra trường hoặc rời đơn vị');
  });

  test('next year’s plan says its forecast counts only who is not admitted this year', async () => {
    const { plan } = await everyScreen({ ...PLAN, year: 2027 });
    expect(plan).toContain(
      'gồm cả những quần chúng có thể được kết nạp ngay trong năm 2026 (nếu chưa kết nạp được trong năm 2026)',
    );
  });
});
