/**
 * The superior's side: who may use it (GET /v1/me), the "Tổng hợp" tab (rows, totals, colours,
 * who has not reported, the chart beside the table) with service calls constant in the number of
 * units, "Giao chỉ tiêu" from its tab, and the consolidated report as a Google Doc.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { FakeChart, FakeSheet } from '../../addon/fake/index.ts';
import { DEMO_UNIT } from '../../addon/preview/demo.ts';
import type {
  AggregateResult,
  DocumentResult,
  Failure,
  SuperiorState,
  TargetsResult,
} from '../../addon/src/common/model.ts';
import { SEVERITY_FILL } from '../../addon/src/common/palette.ts';
import type { Summary } from '../../shared/schemas/response.ts';
import { DOCX, FakeBackend, withDocx } from './backend.ts';
import { BACKEND, demo, values } from './fixtures.ts';

const SUPERIOR = 'bantochuc@example.org';
const COMMUNE = 'xa-dinh-van';

function summary(year: number, admitted: number, extra: Partial<Summary> = {}): Summary {
  const zero = { total: 0, women: 0, ethnicMinority: 0, religion: 0, youthUnion: 0, students: 0 };
  const bands = { under18: 0, '18-30': 0, '31-40': 0, '41-50': 0, '51-60': 0, over60: 0 };
  return {
    year,
    byStage: {
      source: 2,
      trained: 1,
      dossier: 1,
      ready: 1,
      proposed: 0,
      admitted: 0,
      probationary: admitted,
      official: 0,
      removed: 0,
    },
    admittedThisYear: admitted,
    admittedByMonth: [0, 0, 0, 0, 0, admitted, 0, 0, 0, 0, 0, 0],
    awarenessClassThisYear: 3,
    recognizedThisYear: 1,
    probationEndsThisYear: 0,
    sympathizers: 4,
    forecast: { admissible: 1, blockedByLeaving: 0, blockedByAge: 1 },
    breakdown: {
      admitted: {
        ...zero,
        total: admitted,
        students: admitted,
        women: Math.floor(admitted / 2),
        religion: admitted > 1 ? 1 : 0,
        youthUnion: admitted,
        ageBands: bands,
      },
      pipeline: { ...zero, total: 5, ageBands: bands },
    },
    ...extra,
  };
}

/** A commune with `n` cells: two thirds reported, every cell with a target of 2. */
function commune(n: number): FakeBackend {
  const b = new FakeBackend().unit(COMMUNE, 'Đảng bộ xã Đinh Văn').grant(SUPERIOR, COMMUNE, 'superior');
  for (let i = 0; i < n; i++) {
    const id = `chi-bo-${String(i + 1).padStart(3, '0')}`;
    b.unit(id, `Chi bộ ${i + 1}`, COMMUNE).setTargets(id, 2026, {
      admitted: 2,
      students: 1,
      awarenessClass: 5,
    });
    if (i % 3 !== 2)
      b.submit(
        id,
        summary(2026, i % 3),
        `bt${i}@example.org`,
        `2026-11-${String(10 + (i % 9)).padStart(2, '0')}T02:00:00.000Z`,
      );
  }
  return b.grant(DEMO_UNIT.email, 'chi-bo-001', 'secretary');
}

function setup(backend: FakeBackend, email = SUPERIOR, backendUrl = BACKEND) {
  const s = demo({ backendUrl, fake: { fetch: backend.handler(), token: `token:${email}` } });
  return { ...s, backend };
}

function ok<T extends { ok: true }>(r: T | Failure): T {
  if (!r.ok) throw new Error(`expected success: ${JSON.stringify(r)}`);
  return r;
}

describe('who may use the superior’s actions', () => {
  test('a secretary is told what they are for and who may use them, after one GET /v1/me', () => {
    const s = setup(commune(3), DEMO_UNIT.email);
    for (const r of [
      s.addon.sidebarSuperior(),
      s.addon.sidebarAggregate({ year: 2026 }),
      s.addon.sidebarTargets({ year: 2026 }),
      s.addon.sidebarSuperiorReport({
        year: 2026,
        date: '21/11/2026',
        superiorName: 'Tỉnh ủy Lâm Đồng',
        place: 'Lâm Hà',
      }),
    ]) {
      const f = r as Failure;
      expect(f).toMatchObject({
        ok: false,
        kind: 'notSuperior',
        title: 'Chức năng dành cho cấp ủy cấp trên',
      });
      expect(f.text).toContain(
        `Tài khoản ${DEMO_UNIT.email} là bí thư Chi bộ 1, nhưng chưa được giao vai trò cấp ủy cấp trên`,
      );
      expect(f.text).toContain('Bí thư chi bộ dùng “Gửi báo cáo”');
    }
    expect(s.fake.fetches.map((f) => f.url)).toEqual(new Array(4).fill(`${BACKEND}/v1/me`));
    expect(s.fake.spreadsheet.sheets.map((x) => x.name)).not.toContain('Tổng hợp');
  });

  test('a superior: the unit, the years, the report prefills', () => {
    const s = setup(commune(3));
    expect(ok(s.addon.sidebarSuperior() as SuperiorState | Failure)).toMatchObject({
      email: SUPERIOR,
      unitId: COMMUNE,
      unitName: 'Đảng bộ xã Đinh Văn',
      others: [],
      year: 2026,
      // late November: next year's targets can be given
      years: [2025, 2026, 2027],
      // "Cấu hình" describes the demo cell, not the commune: nothing of it is reused
      report: { superiorName: '', place: DEMO_UNIT.place, signer: '', date: '21/11/2026' },
    });
  });

  test('no backend address, or the backend unreachable: said plainly', () => {
    const none = setup(commune(1), SUPERIOR, '');
    expect(none.addon.sidebarAggregate({ year: 2026 })).toMatchObject({
      ok: false,
      kind: 'invalid',
      title: 'Chưa có địa chỉ máy chủ',
    });
    const down = setup(commune(1));
    down.fake.setFetch(() => {
      throw new Error('Address unavailable');
    });
    expect(down.addon.sidebarAggregate({ year: 2026 })).toMatchObject({
      ok: false,
      kind: 'backend',
      title: 'Không kết nối được máy chủ PTĐV',
    });
    const garbled = setup(commune(1));
    garbled.fake.setFetch(() => ({ status: 200, body: '{"hello":1}' }));
    expect(garbled.addon.sidebarAggregate({ year: 2026 })).toMatchObject({
      ok: false,
      title: 'Máy chủ trả lời không đúng dạng',
    });
  });
});

function tab(s: ReturnType<typeof setup>): FakeSheet {
  return s.fake.spreadsheet.sheet('Tổng hợp');
}

describe('Tổng hợp các chi bộ', () => {
  test('one row per unit, the totals row, below-target rows amber, who has not reported, the chart', () => {
    const s = setup(commune(3));
    const others = s.fake.spreadsheet.sheets.map((x) => [x.name, values(x)] as const);
    const r = ok(s.addon.sidebarAggregate({ year: 2026 }) as AggregateResult | Failure);
    expect(r).toMatchObject({
      year: 2026,
      unitName: 'Đảng bộ xã Đinh Văn',
      sheetName: 'Tổng hợp',
      lines: 3,
      units: 3,
      reported: 2,
      notReported: ['Chi bộ 3'],
      belowTarget: ['Chi bộ 1', 'Chi bộ 2', 'Chi bộ 3'],
      total: { target: 6, admitted: 1 },
      chart: true,
    });
    const sheet = tab(s);
    const v = sheet.dump();
    expect(v[0]?.[0]).toBe('Tổng hợp phát triển đảng viên năm 2026 — Đảng bộ xã Đinh Văn');
    expect(v[1]?.slice(0, 5)).toEqual([
      'Đơn vị',
      'Chỉ tiêu kết nạp',
      'Đã kết nạp',
      'Còn thiếu',
      '% chỉ tiêu',
    ]);
    expect(v[2]?.slice(0, 5)).toEqual(['Chi bộ 1', 2, 0, 2, 0]);
    expect(v[3]?.slice(0, 5)).toEqual(['Chi bộ 2', 2, 1, 1, 0.5]);
    expect(v[4]?.slice(0, 5)).toEqual(['Chi bộ 3', 2, '', 2, '']);
    expect(v[4]?.[16]).toBe('Chưa báo cáo');
    expect(v[3]?.[16]).toBeInstanceOf(Date);
    expect(v[5]?.slice(0, 5)).toEqual(['Tổng cộng', 6, 1, 5, 1 / 6]);
    // every count of the totals row is the sum of its column (the ratio and the date aside)
    for (const c of [1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]) {
      const sum = v
        .slice(2, 5)
        .reduce<number>((a, row) => a + (typeof row[c] === 'number' ? (row[c] as number) : 0), 0);
      expect(v[5]?.[c], `column ${c + 1}`).toBe(sum);
    }
    expect(v[5]?.[16]).toBe('2/3 đã báo cáo');
    // religion and Youth Union (the aggregate's new figures) are in the tab
    expect(v[1]?.[8]).toBe('Tôn giáo');
    expect(v[3]?.[9]).toBe(1);
    // colours: amber below target, red "Chưa báo cáo", the totals row bold
    expect(sheet.background(4, 1)).toBe(SEVERITY_FILL.warning);
    expect(sheet.background(5, 17)).toBe(SEVERITY_FILL.error);
    expect(sheet.fontWeights.get(5, 0)).toBe('bold');
    expect(sheet.format(4, 5)).toBe('0%');
    expect(sheet.frozenRows).toBe(2);
    expect(v.some((row) => row[0] === 'Chưa báo cáo (1): Chi bộ 3.')).toBe(true);
    // the chart: stacked bars per unit (admitted + still to admit), beside the table
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0] as FakeChart;
    expect(chart.type).toBe('BAR');
    expect(chart.options.get('isStacked')).toBe(true);
    expect(chart.position).toMatchObject({ row: 2, column: 19 });
    const [domain, series] = chart.data();
    expect(domain?.map((row) => row[0])).toEqual(['Đơn vị', 'Chi bộ 1', 'Chi bộ 2', 'Chi bộ 3']);
    expect(series?.[0]).toEqual(['Đã kết nạp', 'Còn thiếu']);
    // nothing else in the spreadsheet changed
    for (const [name, before] of others) expect(values(s.fake.spreadsheet.sheet(name)), name).toEqual(before);
  });

  test('a unit above its target does not make up for another: "Còn thiếu" adds up per unit', () => {
    const b = commune(2).submit('chi-bo-001', summary(2026, 5));
    const s = setup(b);
    ok(s.addon.sidebarAggregate({ year: 2026 }) as AggregateResult);
    const v = tab(s).dump();
    expect(v[2]?.slice(0, 5)).toEqual(['Chi bộ 1', 2, 5, 0, 2.5]);
    expect(v[3]?.slice(0, 5)).toEqual(['Chi bộ 2', 2, 1, 1, 0.5]);
    expect(v[4]?.slice(0, 5)).toEqual(['Tổng cộng', 4, 6, 1, 1.5]);
  });

  test('a "Tổng hợp" tab of the user’s own is never touched: the add-on writes “Tổng hợp PTĐV”', () => {
    const s = setup(commune(2));
    const own = s.fake.spreadsheet.addSheet('Tổng hợp', [
      ['Danh sách đảng viên tháng 11', ''],
      ['A', 1],
    ]);
    const before = own.dump();
    const r = ok(s.addon.sidebarAggregate({ year: 2026 }) as AggregateResult);
    expect(r.sheetName).toBe('Tổng hợp PTĐV');
    expect(own.dump()).toEqual(before);
    expect(own.charts).toHaveLength(0);
    ok(s.addon.sidebarAggregate({ year: 2026 }) as AggregateResult);
    expect(s.fake.spreadsheet.sheets.map((x) => x.name).filter((n) => n.startsWith('Tổng hợp'))).toEqual([
      'Tổng hợp',
      'Tổng hợp PTĐV',
    ]);
  });

  test('refreshing replaces only that tab’s content: one chart, no leftover rows', () => {
    const backend = commune(6);
    const s = setup(backend);
    ok(s.addon.sidebarAggregate({ year: 2026 }) as AggregateResult);
    const sheet = tab(s);
    sheet.values.set(40, 3, 'ghi nhầm'); // something typed into the tab
    for (const id of ['chi-bo-004', 'chi-bo-005', 'chi-bo-006']) backend.units.delete(id);
    ok(s.addon.sidebarAggregate({ year: 2026 }) as AggregateResult);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.dump().flat()).not.toContain('ghi nhầm');
    expect(sheet.dump().filter((row) => String(row[0]).startsWith('Chi bộ '))).toHaveLength(3);
    expect(s.fake.spreadsheet.sheets.filter((x) => x.name === 'Tổng hợp')).toHaveLength(1);
  });

  test('service calls are the same for 1 and 200 units, first run and refresh alike', () => {
    const counts = (n: number) => {
      const s = setup(commune(n));
      s.fake.calls.reset();
      ok(s.addon.sidebarAggregate({ year: 2026 }) as AggregateResult);
      const first = s.fake.calls.snapshot();
      const firstTotal = s.fake.calls.total;
      s.fake.calls.reset();
      ok(s.addon.sidebarAggregate({ year: 2026 }) as AggregateResult);
      const fetches = s.fake.fetches.length;
      return {
        first,
        firstTotal,
        refresh: s.fake.calls.snapshot(),
        refreshTotal: s.fake.calls.total,
        fetches,
      };
    };
    const one = counts(1);
    const many = counts(200);
    expect(many.first).toEqual(one.first);
    expect(many.refresh).toEqual(one.refresh);
    expect(one.fetches).toBe(4); // GET /v1/me and GET …/aggregate, twice
    expect(one.first['UrlFetchApp.fetch']).toBe(2);
    console.log(
      `Tổng hợp: ${one.firstTotal} service calls the first time, ${one.refreshTotal} on refresh, at 1 and 200 units alike`,
    );
  });

  test('a deeper tree: a đảng bộ cơ sở is one row summing its cells, with how many of them have not reported', () => {
    const b = commune(1)
      .unit('dang-bo-truong', 'Đảng bộ Trường Cao đẳng', COMMUNE)
      .unit('cb-khoa-a', 'Chi bộ Khoa A', 'dang-bo-truong')
      .unit('cb-khoa-b', 'Chi bộ Khoa B', 'dang-bo-truong')
      .setTargets('cb-khoa-a', 2026, { admitted: 1 })
      .setTargets('cb-khoa-b', 2026, { admitted: 1 })
      .submit('cb-khoa-a', summary(2026, 2));
    const s = setup(b);
    const r = ok(s.addon.sidebarAggregate({ year: 2026 }) as AggregateResult);
    expect(r.notReported).toEqual(['Đảng bộ Trường Cao đẳng (1/2 đơn vị)']);
    const row = tab(s)
      .dump()
      .find((x) => String(x[0]).startsWith('Đảng bộ Trường Cao đẳng'))!;
    expect(row.slice(0, 3)).toEqual(['Đảng bộ Trường Cao đẳng (1/2 đơn vị báo cáo)', 2, 2]);
    // The add-on asked for the commune and its direct subordinates only.
    expect(b.log.filter((c) => c.path.includes('/aggregate')).map((c) => c.path)).toEqual([
      `/units/${COMMUNE}/aggregate`,
    ]);
  });

  test('a subordinate with units of its own can be opened: the tab then lists its units, and the way back', () => {
    const b = commune(1)
      .unit('dang-bo-truong', 'Đảng bộ Trường Cao đẳng', COMMUNE)
      .unit('cb-khoa-a', 'Chi bộ Khoa A', 'dang-bo-truong')
      .unit('cb-khoa-b', 'Chi bộ Khoa B', 'dang-bo-truong')
      .submit('cb-khoa-a', summary(2026, 2));
    const s = setup(b);
    const top = ok(s.addon.sidebarAggregate({ year: 2026 }) as AggregateResult);
    expect(top.openable).toEqual([{ id: 'dang-bo-truong', name: 'Đảng bộ Trường Cao đẳng' }]);
    expect([top.unitId, top.homeUnitId]).toEqual([COMMUNE, COMMUNE]);
    const opened = ok(s.addon.sidebarAggregate({ year: 2026, unitId: 'dang-bo-truong' }) as AggregateResult);
    expect([opened.unitId, opened.homeUnitId, opened.unitName]).toEqual([
      'dang-bo-truong',
      COMMUNE,
      'Đảng bộ Trường Cao đẳng',
    ]);
    expect(opened.notReported).toEqual(['Chi bộ Khoa B']);
    const names = tab(s)
      .dump()
      .map((row) => String(row[0]));
    expect(names[0]).toMatch(/— Đảng bộ Trường Cao đẳng$/);
    expect(names).toContain('Chi bộ Khoa A');
    expect(names).not.toContain('Chi bộ 1');
    // a unit outside the account's subtree is refused by the backend, and said so
    b.unit('khac', 'Đảng bộ khác');
    const outside = s.addon.sidebarAggregate({ year: 2026, unitId: 'khac' }) as Failure;
    expect(outside).toMatchObject({ ok: false, kind: 'backend' });
  });

  test('a forbidden unit (403) and an unknown year are said plainly', () => {
    const b = commune(1);
    const s = setup(b);
    b.memberships.set(SUPERIOR, [{ unitId: 'khac', role: 'superior' }]);
    b.unit('khac', 'Đảng bộ khác');
    s.fake.setFetch((url, params) =>
      url.includes('/aggregate')
        ? {
            status: 403,
            body: '{"error":{"code":"forbidden","message":"Bạn không có quyền quản lý đơn vị “khac”."}}',
          }
        : b.handler()(url, params),
    );
    const r = s.addon.sidebarAggregate({ year: 2026 }) as Failure;
    expect(r).toMatchObject({ ok: false, kind: 'backend', title: 'Tài khoản chưa được cấp quyền' });
    expect(r.text).toMatch(/dành cho ban tổ chức cấp ủy cấp trên/);
  });
});

describe('Giao chỉ tiêu', () => {
  test('the first time: the tab is made from the subtree with the current targets', () => {
    const s = setup(commune(3));
    const r = ok(s.addon.sidebarTargets({ year: 2026 }) as TargetsResult | Failure);
    expect(r).toMatchObject({ created: true, sent: 0, sheetName: 'Giao chỉ tiêu' });
    expect(r.lines[0]).toMatch(/^3 đơn vị, kèm chỉ tiêu năm 2026 đang có trên máy chủ\./);
    expect(s.fake.spreadsheet.sheet('Giao chỉ tiêu').dump()).toEqual([
      [
        'Mã đơn vị',
        'Đơn vị',
        'Năm',
        'Kết nạp',
        'Trong đó học sinh, sinh viên',
        'Trong đó nữ',
        'Cử đi học lớp nhận thức',
        'Kết quả gửi',
      ],
      ['chi-bo-001', 'Chi bộ 1', 2026, 2, 1, '', 5, ''],
      ['chi-bo-002', 'Chi bộ 2', 2026, 2, 1, '', 5, ''],
      ['chi-bo-003', 'Chi bộ 3', 2026, 2, 1, '', 5, ''],
    ]);
  });

  test('a tab of that name with other content is never written over', () => {
    const s = setup(commune(2));
    const own = s.fake.spreadsheet.addSheet('Giao chỉ tiêu', [
      ['Ghi chép riêng', ''],
      ['Họp ngày 02/11', 'giao 3 chi bộ'],
    ]);
    const before = own.dump();
    const r = s.addon.sidebarTargets({ year: 2026 }) as Failure;
    expect(r).toMatchObject({ ok: false, kind: 'invalid', title: 'Bảng “Giao chỉ tiêu” chưa đúng mẫu' });
    expect(own.dump()).toEqual(before);
  });

  test('only changed rows are sent, all at once; each row says how it went', () => {
    const s = setup(commune(4));
    ok(s.addon.sidebarTargets({ year: 2026 }) as TargetsResult);
    const sheet = s.fake.spreadsheet.sheet('Giao chỉ tiêu');
    sheet.values.set(1, 3, 3); // chi-bo-001: 3 to admit
    sheet.values.set(1, 5, 2); // of which 2 women
    sheet.values.set(2, 4, 5); // chi-bo-002: 5 students > 2 admitted
    sheet.values.set(3, 3, 'hai'); // chi-bo-003: not a number
    sheet.values.set(5, 0, 'chi-bo-khac'); // not in the subtree
    sheet.values.set(5, 3, 1);
    const before = s.fake.calls.byName.get('UrlFetchApp.fetchAll') ?? 0;
    const r = ok(s.addon.sidebarTargets({ year: 2026 }) as TargetsResult | Failure);
    expect(s.fake.calls.byName.get('UrlFetchApp.fetchAll')).toBe(before + 1);
    const puts = s.fake.fetches.filter((f) => f.params.method === 'put');
    expect(puts.map((f) => f.url)).toEqual([`${BACKEND}/v1/units/chi-bo-001/targets/2026`]);
    expect(JSON.parse(String(puts[0]?.params.payload))).toEqual({
      admitted: 3,
      students: 1,
      women: 2,
      awarenessClass: 5,
    });
    expect(s.backend.targets.get('chi-bo-001/2026')).toEqual({
      admitted: 3,
      students: 1,
      women: 2,
      awarenessClass: 5,
    });
    expect(r).toMatchObject({ created: false, sent: 1, unchanged: 1, failed: 3 });
    const result = sheet.dump().map((row) => String(row[7] ?? ''));
    expect(result[1]).toBe('✓ Đã giao chỉ tiêu năm 2026 lúc 10:00, 21/11/2026');
    expect(result[2]).toMatch(/^✖ “Trong đó học sinh, sinh viên” \(5\) lớn hơn số kết nạp \(2\)\.$/);
    expect(result[3]).toMatch(/^✖ Kết nạp: “hai” không phải một số nguyên/);
    expect(result[4]).toBe('= Không đổi (năm 2026)');
    expect(result[5]).toMatch(/^✖ mã “chi-bo-khac” không thuộc Đảng bộ xã Đinh Văn/);
    expect(sheet.background(3, 8)).toBe(SEVERITY_FILL.error);
    // what the user typed is still there
    expect(sheet.cell(4, 4)).toBe('hai');
    // run again: nothing left to send
    const again = ok(s.addon.sidebarTargets({ year: 2026 }) as TargetsResult);
    expect(again.sent).toBe(0);
  });

  test('the server refuses a row (422), or is unreachable: said per row, or once', () => {
    const b = commune(2);
    const s = setup(b);
    ok(s.addon.sidebarTargets({ year: 2026 }) as TargetsResult);
    const sheet = s.fake.spreadsheet.sheet('Giao chỉ tiêu');
    sheet.values.set(1, 3, 4);
    s.fake.setFetch((url, params) =>
      params.method === 'put'
        ? {
            status: 422,
            body: '{"error":{"code":"targets_inconsistent","message":"Chỉ tiêu “trong đó” lớn hơn chỉ tiêu kết nạp."}}',
          }
        : b.handler()(url, params),
    );
    const r = ok(s.addon.sidebarTargets({ year: 2026 }) as TargetsResult);
    expect(r).toMatchObject({ sent: 0, failed: 1 });
    expect(r.lines[0]).toMatch(/^Dòng 2 \(chi-bo-001\): Chỉ tiêu “trong đó” lớn hơn/);
    s.fake.setFetch((url, params) => {
      if (params.method === 'put') throw new Error('Address unavailable');
      return b.handler()(url, params);
    });
    expect(s.addon.sidebarTargets({ year: 2026 })).toMatchObject({
      ok: false,
      title: 'Không kết nối được máy chủ PTĐV',
    });
  });
});

describe('Soạn báo cáo (cấp trên)', () => {
  const INPUT = {
    year: 2026,
    period: 'year',
    number: '12-BC/ĐU',
    date: '21/11/2026',
    superiorName: 'Tỉnh ủy Lâm Đồng',
    place: 'Đinh Văn',
    signerTitle: 'Bí thư',
    signer: 'Trần Thị "Bí Thư" & Cộng',
  };

  test('the report as a Google Doc with the signer filled in, its HTML, versions', async () => {
    const s = setup(commune(3));
    const draft = () =>
      withDocx(
        s.backend,
        () => s.addon.sidebarSuperiorReport(INPUT) as DocumentResult | Failure,
        () => s.fake.calls.reset(),
      );
    const r = ok(await draft());
    const file = s.fake.drive.files.at(-1)!;
    expect(file.metadata.name).toBe(
      'Báo cáo kết quả công tác phát triển đảng viên năm 2026 — Đảng bộ xã Đinh Văn',
    );
    const xml = strFromU8(unzipSync(file.media)['word/document.xml']!);
    expect(xml).toContain('Trần Thị &quot;Bí Thư&quot; &amp; Cộng');
    expect(xml).toContain('BÁO CÁO');
    expect(r.html).toContain('Chi bộ 2');
    expect(r.html).toContain('Trần Thị &quot;Bí Thư&quot; &amp; Cộng');
    // the signer's name was not sent
    for (const f of s.fake.fetches.filter((x) => x.url.startsWith(BACKEND)))
      expect(String(f.params.payload ?? '')).not.toContain('Trần Thị');
    const docxRequest = s.fake.fetches.find((f) => f.params.headers?.Accept === DOCX);
    expect(docxRequest?.url).toBe(`${BACKEND}/v1/units/${COMMUNE}/report`);
    const second = ok(await draft());
    expect(second.versionText).toBe('Đã tạo bản 2; bản 1 vẫn giữ nguyên.');
    const half = ok(
      await withDocx(
        s.backend,
        () => s.addon.sidebarSuperiorReport({ ...INPUT, period: 'firstHalf' }) as DocumentResult | Failure,
        () => undefined,
      ),
    );
    expect(half.doc?.version).toBe(1);
    expect(half.title).toMatch(/6 tháng đầu năm 2026/);
  });

  test('the form checked before anything is sent', () => {
    const s = setup(commune(1));
    const r = s.addon.sidebarSuperiorReport({ ...INPUT, superiorName: '' }) as Failure;
    expect(r).toMatchObject({ ok: false, kind: 'invalid', title: 'Chưa soạn được báo cáo' });
    expect(r.text).toMatch(/“Cấp ủy cấp trên”/);
    const early = s.addon.sidebarSuperiorReport({
      ...INPUT,
      period: 'firstHalf',
      date: '15/03/2026',
    }) as Failure;
    expect(early.text).toMatch(/6 tháng đầu năm 2026 phải được ban hành từ tháng 6/);
    expect(s.addon.sidebarSuperiorReport({ ...INPUT, date: '2026-11-21' })).toMatchObject({
      title: 'Ngày ban hành chưa đúng',
    });
    expect(s.fake.fetches.filter((f) => f.url.includes('/report'))).toHaveLength(0);
  });
});
