import { describe, expect, test } from 'vitest';
import { a1, columnLetter } from '../../addon/src/server/sheet/a1.ts';
import { CANDIDATES } from '../../addon/src/server/sheet/candidateColumns.ts';
import type { TabDef } from '../../addon/src/server/sheet/columns.ts';
import { TABS } from '../../addon/src/server/sheet/contract.ts';
import { headerLookup, mapHeaders, matchHeader } from '../../addon/src/server/sheet/headers.ts';
import { fold } from '../../addon/src/server/sheet/normalize.ts';
import { CONFIG, HOLIDAYS, MEMBERS, TARGETS } from '../../addon/src/server/sheet/tabColumns.ts';

describe('header matching is forgiving', () => {
  test.each([
    ['Ngày sinh', 'birthDate'],
    ['NGÀY SINH', 'birthDate'],
    ['ngay sinh', 'birthDate'],
    ['  Ngày   sinh ', 'birthDate'],
    ['Ngày sinh (dd/mm/yyyy)', 'birthDate'],
    ['Sinh ngày', 'birthDate'],
    ['Ngày tháng năm sinh', 'birthDate'],
    ['Họ tên', 'name'],
    ['HO VA TEN', 'name'],
    ['Ngày cấp giấy chứng nhận lớp nhận thức', 'awarenessCertificateDate'],
    ['GCN lớp nhận thức', 'awarenessCertificateDate'],
    ['Ngày nghị quyết Đoàn giới thiệu', 'youthUnionResolutionDate'],
    ['Ngày NQ chi bộ', 'cellResolutionDate'],
    ['Ngày kết nạp', 'ceremonyDate'],
    ['Nam/Nữ', 'gender'],
    ['Học vấn', 'education'],
    ['Vùng ĐBKK', 'specialArea'],
    ['Người giới thiệu', 'introducer1'],
    ['Người giới thiệu thứ hai', 'introducer2'],
    ['Ngày ra trường', 'expectedLeaveDate'],
    ['Số phiếu đồng ý', 'votesFor'],
    ['12. Ngày viết đơn', 'applicationDate'],
    ['Mã số', 'key'],
    ['Kết quả', 'summary'],
  ])('%s → %s', (header, id) => {
    expect(matchHeader(CANDIDATES, header)).toBe(id);
  });

  test('members have their own aliases', () => {
    expect(matchHeader(MEMBERS, 'Ngày vào Đảng')).toBe('ceremonyDate');
    expect(matchHeader(MEMBERS, 'Ngày chuyển chính thức')).toBe('officialSince');
    expect(matchHeader(MEMBERS, 'Miễn SH')).toBe('exempt');
    expect(matchHeader(MEMBERS, 'SH tạm thời')).toBe('temporarilyAway');
  });

  test('no alias names two columns of a tab', () => {
    for (const tab of [CANDIDATES, MEMBERS, TARGETS, HOLIDAYS, CONFIG])
      expect(() => headerLookup(tab)).not.toThrow();
    expect(TABS).toHaveLength(6);
  });

  test('…and a tab where one did would be refused (the check above can fail)', () => {
    const [birth, name] = [CANDIDATES.columns.find((c) => c.id === 'birthDate')!, CANDIDATES.columns[1]!];
    const clash: TabDef = {
      ...CANDIDATES,
      columns: [birth, { ...name, aliases: [...name.aliases, 'Sinh ngày'] }],
    };
    expect(() => headerLookup(clash)).toThrow(/Sinh ngày.*names both/);
    // the same header text written twice on one column is no clash
    expect(() =>
      headerLookup({ ...CANDIDATES, columns: [{ ...birth, aliases: ['Sinh ngày', 'sinh ngay'] }] }),
    ).not.toThrow();
  });

  test('fold: case, diacritics, đ, punctuation, spaces', () => {
    expect(fold('  Đảng viên   giúp đỡ! ')).toBe('dang vien giup do');
    expect(fold('Ngày NQ Công đoàn giới thiệu')).toBe('ngay nq cong doan gioi thieu');
  });
});

describe('mapHeaders', () => {
  test('columns in any order; unknown headers reported once; duplicates keep the first', () => {
    const values = [
      ['Số điện thoại', 'Ngày sinh', 'Họ và tên', 'Ghi chú riêng', 'Sinh ngày'],
      ['0900000000', '01/01/2000', 'A', 'x', '02/02/2000'],
    ];
    const map = mapHeaders(CANDIDATES, values);
    expect(map.headerRow).toBe(1);
    expect(map.columns.get('birthDate')).toBe(1);
    expect(map.columns.get('name')).toBe(2);
    expect(map.unknown.map((u) => u.header)).toEqual(['Số điện thoại', 'Ghi chú riêng']);
    expect(map.duplicates).toEqual([{ index: 4, header: 'Sinh ngày', id: 'birthDate' }]);
  });

  test('the header row may sit under a title', () => {
    const values = [
      ['DANH SÁCH QUẦN CHÚNG ƯU TÚ NĂM 2026'],
      [],
      ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính'],
      ['1', 'A', '01/01/2000', 'Nam'],
    ];
    const map = mapHeaders(CANDIDATES, values);
    expect(map.headerRow).toBe(3);
    expect(map.columns.get('gender')).toBe(3);
  });

  test('no header row at all', () => {
    expect(
      mapHeaders(CANDIDATES, [
        ['a', 'b'],
        ['c', 'd'],
      ]).headerRow,
    ).toBe(0);
    expect(mapHeaders(CANDIDATES, []).headerRow).toBe(0);
  });

  test('A1 helpers', () => {
    expect(columnLetter(0)).toBe('A');
    expect(columnLetter(25)).toBe('Z');
    expect(columnLetter(26)).toBe('AA');
    expect(columnLetter(701)).toBe('ZZ');
    expect(a1(3, 7)).toBe('D7');
  });
});

describe('aliases', () => {
  // Only ever compared folded, so written folded (what Apps Script parses on every call is shorter):
  // lower case, no diacritics — punctuation kept, as foldWithoutParentheses reads it — and none
  // that folds like the header or name it stands beside.
  const stripped = (t: string) =>
    t
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase();
  test('are written as they are compared, and none repeats its header', () => {
    for (const tab of TABS) {
      for (const alias of tab.aliases) expect(alias, tab.name).toBe(stripped(alias));
      expect(tab.aliases.map(fold), tab.name).not.toContain(fold(tab.name));
      for (const c of tab.columns) {
        for (const alias of c.aliases) expect(alias, `${tab.name} ${c.header}`).toBe(stripped(alias));
        expect(c.aliases.map(fold), c.header).not.toContain(fold(c.header));
      }
    }
  });
});
