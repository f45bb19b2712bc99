import { describe, expect, test } from 'vitest';
import type { FakeChart } from '../../addon/fake/index.ts';
import { DEMO_UNIT } from '../../addon/preview/demo.ts';
import type { AggregateResult, Failure, SuperiorState } from '../../addon/src/common/model.ts';
import { SEVERITY_FILL } from '../../addon/src/common/palette.ts';
import { BACKEND, values } from './fixtures.ts';
import { COMMUNE, commune, ok, SUPERIOR, setup, summary, tab } from './superiorSetup.ts';

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

  test('the superior’s own "Cấu hình": its signer is reused, an older sheet’s plan number never put on the report', () => {
    const s = setup(commune(3));
    const config = s.fake.spreadsheet.sheet('Cấu hình');
    const rows = config.dump() as unknown[][];
    const set = (label: string, value: string) =>
      config.values.set(
        rows.findIndex((r) => r[0] === label),
        1,
        value,
      );
    set('Mã đơn vị', COMMUNE);
    // A sheet made before "Số văn bản" left "Cấu hình" still has the row, with the plan's number.
    config.values.set(rows.length, 0, 'Số văn bản');
    config.values.set(rows.length, 1, '05-KH/ĐU');
    const state = ok(s.addon.sidebarSuperior() as SuperiorState | Failure);
    expect(state.report.signer).toBe(DEMO_UNIT.secretary);
    // it printed "Số 05-KH/ĐU" on the BÁO CÁO: the plan's number on another document
    expect(state.report.number).toBe('');
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
    expect(v[4]?.[17]).toBe('Chưa báo cáo');
    expect(v[3]?.[17]).toBeInstanceOf(Date);
    expect(v[5]?.slice(0, 5)).toEqual(['Tổng cộng', 6, 1, 5, 1 / 6]);
    // every count of the totals row is the sum of its column (the ratio and the date aside)
    for (const c of [1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]) {
      const sum = v
        .slice(2, 5)
        .reduce<number>((a, row) => a + (typeof row[c] === 'number' ? (row[c] as number) : 0), 0);
      expect(v[5]?.[c], `column ${c + 1}`).toBe(sum);
    }
    expect(v[5]?.[17]).toBe('2/3 đã báo cáo');
    // religion and Youth Union (the aggregate's new figures) are in the tab
    expect(v[1]?.[9]).toBe('Tôn giáo');
    expect(v[3]?.[10]).toBe(1);
    // colours: amber below target, red "Chưa báo cáo", the totals row bold
    expect(sheet.background(4, 1)).toBe(SEVERITY_FILL.warning);
    expect(sheet.background(5, 18)).toBe(SEVERITY_FILL.error);
    expect(sheet.fontWeights.get(5, 0)).toBe('bold');
    expect(sheet.format(4, 5)).toBe('0%');
    expect(sheet.frozenRows).toBe(2);
    expect(v.some((row) => row[0] === 'Chưa báo cáo (1): Chi bộ 3.')).toBe(true);
    // the chart: stacked bars per unit (admitted + still to admit), beside the table
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0] as FakeChart;
    expect(chart.type).toBe('BAR');
    expect(chart.options.get('isStacked')).toBe(true);
    expect(chart.position).toMatchObject({ row: 2, column: 6 });
    const [domain, series] = chart.data();
    expect(domain?.map((row) => row[0])).toEqual(['Đơn vị', 'Chi bộ 1', 'Chi bộ 2', 'Chi bộ 3']);
    expect(series?.[0]).toEqual(['Đã kết nạp', 'Còn thiếu']);
    // nothing else in the spreadsheet changed
    for (const [name, before] of others) expect(values(s.fake.spreadsheet.sheet(name)), name).toEqual(before);
  });

  test('the chart sits beside the table’s top rows, right after its key columns, seen without scrolling; labels fit', () => {
    const long = 'Chi bộ Trường Trung học phổ thông Nguyễn Thị Minh Khai';
    const b = commune(2).unit('chi-bo-009', long, COMMUNE);
    const s = setup(b);
    ok(s.addon.sidebarAggregate({ year: 2026 }) as AggregateResult);
    const sheet = tab(s);
    const chart = sheet.charts[0] as FakeChart;
    const v = sheet.dump();
    // anchored at the header row, in the column after "% chỉ tiêu" — an empty column as wide as the chart
    expect(v[1]?.slice(0, 5)).toEqual([
      'Đơn vị',
      'Chỉ tiêu kết nạp',
      'Đã kết nạp',
      'Còn thiếu',
      '% chỉ tiêu',
    ]);
    expect(chart.position).toMatchObject({ row: 2, column: 6 });
    expect(v.every((row) => (row[5] ?? '') === '')).toBe(true);
    const width = chart.options.get('width') as number;
    const px = (c: number) => sheet.widths.get(c) ?? 100;
    expect(px(6)).toBeGreaterThanOrEqual(chart.position.offsetX + width);
    // the figures after the chart are still in the table: the date of the last report is the last column
    expect(v[1]?.[17]).toBe('Báo cáo gần nhất');
    // Where it starts and ends on screen: row numbers (46 px), columns A–E, the offset. On a 1440 px
    // screen with the 300 px sidebar open, about 1,090 px of the grid show. The old anchor, after
    // 17 columns, began about 1,700 px right. A 54-letter name still shows its labels and bars start.
    const onScreen = (t: typeof sheet) => {
      const c1 = t.charts[0] as FakeChart;
      let left = 46 + c1.position.offsetX;
      for (let c = 1; c < c1.position.column; c++) left += t.widths.get(c) ?? 100;
      return { left, right: left + (c1.options.get('width') as number) };
    };
    expect(onScreen(sheet).left).toBeLessThan(620);
    expect(
      onScreen(sheet).left + (chart.options.get('chartArea') as { left: number }).left + 100,
    ).toBeLessThan(1090);
    // names as long as the demo commune's ("Chi bộ Trường THPT Lê Quý Đôn"): the whole chart shows
    const typical = setup(commune(2).unit('chi-bo-010', 'Chi bộ Trường THPT Lê Quý Đôn', COMMUNE));
    ok(typical.addon.sidebarAggregate({ year: 2026 }) as AggregateResult);
    expect(onScreen(tab(typical)).right).toBeLessThanOrEqual(1090);
    // Sheets cuts bar labels that do not fit the chart area's left margin
    const area = chart.options.get('chartArea') as { left: number; width: number };
    expect(chart.data()[0]?.map((row) => row[0])).toContain(long);
    expect(area.left).toBeGreaterThanOrEqual(long.length * 7);
    expect(width).toBeGreaterThanOrEqual(area.left + area.width);
    // the notes under the table start below the chart, so no text runs under it
    const height = chart.options.get('height') as number;
    const firstNote = v.findIndex((row, i) => i > 4 && String(row[0]).startsWith('Cập nhật lúc'));
    expect(firstNote + 1).toBeGreaterThan(2 + height / 21);
    // a short name keeps a compact chart
    const short = setup(commune(2));
    ok(short.addon.sidebarAggregate({ year: 2026 }) as AggregateResult);
    const small = (tab(short).charts[0] as FakeChart).options.get('chartArea') as { left: number };
    expect(small.left).toBeLessThan(area.left);
  });

  test('a unit above its target does not make up for another: "Còn thiếu" adds up per unit', () => {
    const b = commune(2).submit('chi-bo-001', summary(2026, 5));
    const s = setup(b);
    ok(s.addon.sidebarAggregate({ year: 2026 }) as AggregateResult);
    const v = tab(s).dump();
    expect(v[2]?.slice(0, 5)).toEqual(['Chi bộ 1', 2, 5, 0, 2.5]);
    expect(v[3]?.slice(0, 5)).toEqual(['Chi bộ 2', 2, 1, 1, 0.5]);
    expect(v[4]?.slice(0, 5)).toEqual(['Tổng cộng', 4, 6, 1, 1.5]);
    // a reader who subtracts the printed totals (4 − 6) is told why the row says 1
    expect(v.map((r) => r[0])).toContain(
      '“Còn thiếu” ở dòng Tổng cộng (1) là cộng số còn thiếu của từng đơn vị: đơn vị vượt chỉ tiêu không bù cho đơn vị khác, nên khác chỉ tiêu trừ số đã kết nạp (4 − 6).',
    );
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
