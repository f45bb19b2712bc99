/** The superior's two other actions: Giao chỉ tiêu (targets to the subtree) and Soạn báo cáo (the consolidated report). */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { DocumentResult, Failure, TargetsResult } from '../../addon/src/common/model.ts';
import { SEVERITY_FILL } from '../../addon/src/common/palette.ts';
import { DOCX, withDocx } from './backend.ts';
import { BACKEND } from './fixtures.ts';
import { COMMUNE, commune, ok, setup } from './superiorSetup.ts';

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
    expect(r.lines[0]).toMatch(/^Dòng 2 \(Chi bộ 1\): Chỉ tiêu “trong đó” lớn hơn/);
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
