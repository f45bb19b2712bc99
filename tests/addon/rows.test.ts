import { describe, expect, test } from 'vitest';
import { demoNames, demoWorkbook } from '../../addon/preview/demo.ts';
import { CANDIDATES } from '../../addon/src/server/sheet/candidateColumns.ts';
import { createDayReader } from '../../addon/src/server/sheet/dates.ts';
import { readTable } from '../../addon/src/server/sheet/headers.ts';
import { buildRequest } from '../../addon/src/server/sheet/rows.ts';
import { CONFIG, MEMBERS, TARGETS } from '../../addon/src/server/sheet/tabColumns.ts';
import { parseEvaluateRequest } from '../../shared/engine/parse.ts';
import { NOW, TODAY } from './fixtures.ts';

const reader = createDayReader('Asia/Ho_Chi_Minh', 420, NOW, TODAY);
const H = [
  'Mã',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Đoàn viên',
  'Ngày viết đơn',
  'Người giới thiệu 1',
  'Ngày giấy giới thiệu 1',
  'Số điện thoại',
];
const M = [
  ['Mã', 'Họ và tên', 'Ngày vào đơn vị', 'Ngày kết nạp', 'Ngày chính thức'],
  ['', 'Lê Văn Nam', '20/08/2018', '22/12/2014', '22/12/2015'],
  ['DV-0007', 'Trần Quốc Khánh', '01/09/2015', '03/03/2010', '03/03/2011'],
];

function build(candidates: unknown[][], members: unknown[][] = M) {
  return buildRequest({
    asOf: TODAY,
    dayOfDate: reader.read,
    candidates: readTable(CANDIDATES, 'Quần chúng', candidates),
    members: readTable(MEMBERS, 'Đảng viên', members),
  });
}

describe('cells → request', () => {
  test('keys: kept when typed, created after the highest when missing; members get DV keys', () => {
    const out = build([H, ['QC-0005', 'A', '01/01/2000'], ['', 'B', '02/02/2000'], ['', 'C', '03/03/2000']]);
    expect(out.candidates.map((c) => [c.key, c.newKey])).toEqual([
      ['QC-0005', false],
      ['QC-0006', true],
      ['QC-0007', true],
    ]);
    expect(out.members.map((m) => m.key)).toEqual(['DV-0008', 'DV-0007']);
    expect(out.request.candidates.map((c) => c.key)).toEqual(['QC-0005', 'QC-0006', 'QC-0007']);
  });

  test('introducers are names in the sheet and member keys in the request', () => {
    const out = build([H, ['', 'A', '01/01/2000', 'Nữ', 'Có', '01/02/2026', 'lê văn  nam', '05/02/2026']]);
    expect(JSON.parse(JSON.stringify(out.request.candidates[0]?.introducers))).toEqual([
      { memberKey: 'DV-0008', letterDate: '2026-02-05' },
    ]);
    expect(JSON.parse(JSON.stringify(out.request.members?.find((m) => m.key === 'DV-0008')))).toEqual({
      key: 'DV-0008',
      joinedUnitDate: '2018-08-20',
      ceremonyDate: '2014-12-22',
      officialSince: '2015-12-22',
    });
  });

  test('an introducer written as minutes write names ("Đ/c …", "đồng chí …") is that member', () => {
    for (const written of ['Đ/c Lê Văn Nam', 'đ/c lê văn nam', 'Đồng chí Lê Văn Nam', 'đc. Lê Văn Nam']) {
      const out = build([H, ['', 'A', '01/01/2000', 'Nữ', 'Có', '01/02/2026', written, '05/02/2026']]);
      expect(out.request.candidates[0]?.introducers?.[0]?.memberKey, written).toBe('DV-0008');
      expect(out.problems, written).toEqual([]);
    }
    // "đồng chí" is only a title before a full name: a bare "Đồng chí Nam" names nobody here
    const bare = build([H, ['', 'A', '01/01/2000', 'Nữ', 'Có', '01/02/2026', 'Đồng chí Nam', '05/02/2026']]);
    expect(bare.request.candidates[0]?.introducers?.[0]?.memberKey).toBeUndefined();
    expect(bare.problems[0]?.message).toContain('Không tìm thấy đảng viên “Đồng chí Nam”');
  });

  test('an unknown introducer is noted on the cell, with a guess when only diacritics differ', () => {
    const out = build([H, ['', 'A', '01/01/2000', '', '', '', 'Le Van Nam']]);
    const p = out.problems.find((x) => x.column === 6);
    expect(p?.message).toBe(
      'Không tìm thấy đảng viên “Le Van Nam” ở bảng “Đảng viên” — viết họ tên đúng như ở đó. Có phải “Lê Văn Nam”?',
    );
    expect(p?.row).toBe(2);
    expect(JSON.parse(JSON.stringify(out.request.candidates[0]?.introducers))).toEqual([{}]);
  });

  test('a cell that cannot be read is noted with row and column; the row still goes with the rest', () => {
    const out = build([H, ['', 'A', '01/01/2000', 'Nữ', 'Cóo', '31/06/2026']]);
    expect(out.problems.map((p) => [p.row, p.header, p.message])).toEqual([
      [2, 'Đoàn viên', '“Cóo” không phải Có/Không — hãy chọn “Có” hoặc “Không” trong danh sách.'],
      [2, 'Ngày viết đơn', 'Ngày 31/06/2026 không tồn tại.'],
    ]);
    expect(JSON.parse(JSON.stringify(out.request.candidates))).toEqual([
      { key: 'QC-0001', birthDate: '2000-01-01', gender: 'female' },
    ]);
    expect(out.candidates[0]?.included).toBe(true);
  });

  test('a row without a readable birth date is left out, with a note saying so', () => {
    const out = build([H, ['', 'A', ''], ['', 'B', '30/02/2001'], ['', 'C', '06/2005']]);
    expect(out.request.candidates.map((c) => c.key)).toEqual(['QC-0003']);
    expect(out.request.candidates[0]?.birthDate).toBe('2005-06');
    expect(out.candidates.map((c) => [c.included, c.excludedBecause])).toEqual([
      [false, 'thiếu ngày sinh'],
      [false, 'ngày sinh không đọc được'],
      [true, undefined],
    ]);
    expect(out.problems.map((p) => p.message)).toEqual([
      'Chưa có ngày sinh — dòng này chưa được kiểm tra. Ghi ngày sinh dd/mm/yyyy (hoặc mm/yyyy nếu chỉ biết tháng).',
      'Ngày 30/02/2001 không tồn tại.',
    ]);
  });

  test('a duplicated key: the later row is left out and told how to fix it', () => {
    const out = build([H, ['QC-0001', 'A', '01/01/2000'], ['qc-0001', 'B', '01/01/2001']]);
    expect(out.request.candidates).toHaveLength(1);
    expect(out.problems[0]?.message).toMatch(/^Mã “qc-0001” trùng với dòng 2 .* Xóa ô Mã ở dòng này/);
  });

  test('blank rows are skipped; unknown columns are reported once', () => {
    const out = build([
      H,
      ['', '', ''],
      ['', 'A', '01/01/2000', '', '', '', '', '', '0900000000'],
      ['', '', ''],
    ]);
    expect(out.request.candidates).toHaveLength(1);
    expect(out.candidates[0]?.row).toBe(3);
    // reported once: a phone column is a privacy warning (domain.md §8), not also a plain notice
    expect(out.sensitiveNotices.filter((n) => n.includes('Số điện thoại'))).toHaveLength(1);
    expect(out.notices.filter((n) => n.includes('Số điện thoại'))).toHaveLength(0);
  });

  test('configuration, targets and the unit', () => {
    const out = buildRequest({
      asOf: TODAY,
      dayOfDate: reader.read,
      candidates: readTable(CANDIDATES, 'Quần chúng', [H, ['', 'A', '01/01/2000']]),
      config: readTable(CONFIG, 'Cấu hình', [
        ['Mục', 'Giá trị'],
        ['Tên chi bộ', 'Chi bộ X'],
        ['Có tổ chức Đoàn', 'Không'],
        ['Có Công đoàn', 'Cóo'],
        ['Địa chỉ máy chủ', 'https://x.example/'],
      ]),
      targets: readTable(TARGETS, 'Chỉ tiêu', [
        ['Năm', 'Kết nạp', 'Trong đó nữ'],
        [2025, 9, 9],
        [2026, 3, 'hai'],
      ]),
    });
    expect(out.config).toMatchObject({
      unitName: 'Chi bộ X',
      hasYouthUnion: false,
      backendUrl: 'https://x.example/',
    });
    expect(out.request.unit).toEqual({ hasYouthUnion: false, hasTradeUnion: true });
    expect(out.request.targets).toEqual({ admitted: 3 });
    expect(out.problems.map((p) => [p.tab, p.row])).toEqual([
      ['targets', 3],
      ['config', 4],
    ]);
  });
});

describe('the demo cell', () => {
  const tabs = demoWorkbook(TODAY, 'https://ptdv.example.workers.dev');
  test('its request is valid for the shared schema and carries no name from the sheet', () => {
    // build from the demo's display values, the way a user types them
    const text = (rows: unknown[][]) =>
      rows.map((r) =>
        r.map((c) =>
          typeof c === 'object' && c !== null && 'date' in c ? String((c as { date: string }).date) : c,
        ),
      );
    const get = (name: string) => text(tabs.find((t) => t.name === name)!.rows);
    const out = buildRequest({
      asOf: TODAY,
      dayOfDate: reader.read,
      candidates: readTable(CANDIDATES, 'Quần chúng', get('Quần chúng')),
      members: readTable(MEMBERS, 'Đảng viên', get('Đảng viên')),
    });
    expect(parseEvaluateRequest(out.request).ok).toBe(true);
    const json = JSON.stringify(out.request);
    const names = demoNames(tabs);
    expect(names.length).toBeGreaterThan(15);
    for (const name of names) expect(json).not.toContain(name);
    for (const part of new Set(names.flatMap((n) => n.split(/\s+/)))) {
      if (part.length > 3) expect(json, part).not.toContain(part);
    }
  });
});
