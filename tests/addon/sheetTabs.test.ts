/** Tabs as users name them: forgiving matches, and a missing tab said with its fix (contract.md §1). */
import { describe, expect, test } from 'vitest';
import { BACKEND, col, demo, ok } from './fixtures.ts';

describe('tab names', () => {
  test('case, diacritics and extra spaces do not matter', () => {
    const plain = ok(demo({ backendUrl: BACKEND }).addon.sidebarCheck());
    for (const name of ['  quần CHÚNG ', 'Quan chung', 'QUẦN  CHÚNG']) {
      const { fake, addon } = demo({ backendUrl: BACKEND });
      fake.spreadsheet.sheet('Quần chúng').name = name;
      const result = ok(addon.sidebarCheck());
      expect(result.checked).toBe(plain.checked);
      expect(result.counts).toEqual(plain.counts);
    }
  });

  test('a renamed "Đảng viên" tab: the introducers’ notes do not ask to retype names that are right', () => {
    const { fake, addon } = demo({ backendUrl: BACKEND });
    fake.spreadsheet.sheet('Đảng viên').name = 'DV';
    const result = ok(addon.sidebarCheck());
    expect(result.info.join('\n')).toContain(
      'Không tìm thấy bảng “Đảng viên”: chưa kiểm tra được người giới thiệu và số đảng viên chính thức của chi bộ. Nếu danh sách đảng viên đang ở bảng tên khác, đổi tên bảng đó thành “Đảng viên” rồi kiểm tra lại.',
    );
    const sheet = fake.spreadsheet.sheet('Quần chúng');
    const intro = col(sheet, 'Người giới thiệu 1');
    const rows = sheet
      .dump()
      .map((_, i) => i + 1)
      .filter((r) => r > 1 && sheet.cell(r, intro) !== '');
    expect(rows.length).toBeGreaterThan(2);
    for (const r of rows) {
      const note = sheet.note(r, intro);
      expect(note).toContain(
        `Chưa đối chiếu được “${String(sheet.cell(r, intro))}”: bảng “Đảng viên” chưa có đảng viên nào`,
      );
      expect(note).not.toContain('viết họ tên đúng như ở đó');
    }
  });

  test('a name not in a filled "Đảng viên" tab is still asked to be written as there', () => {
    const { fake, addon } = demo({ backendUrl: BACKEND });
    const sheet = fake.spreadsheet.sheet('Quần chúng');
    const intro = col(sheet, 'Người giới thiệu 1');
    const r = sheet.dump().findIndex((row, i) => i > 0 && row[intro - 1] !== '') + 1;
    sheet.values.set(r - 1, intro - 1, 'Trần Văn Không Có');
    ok(addon.sidebarCheck());
    expect(sheet.note(r, intro)).toContain(
      'Không tìm thấy đảng viên “Trần Văn Không Có” ở bảng “Đảng viên” — viết họ tên đúng như ở đó.',
    );
  });
});

describe('a tab named with more words', () => {
  test('"Quần chúng 2026" alone is the list: checked like "Quần chúng", no second list made', () => {
    const plain = ok(demo({ backendUrl: BACKEND }).addon.sidebarCheck());
    const { fake, addon } = demo({ backendUrl: BACKEND });
    fake.spreadsheet.sheet('Quần chúng').name = 'Quần chúng 2026';
    fake.spreadsheet.sheet('Đảng viên').name = 'DS Đảng viên chi bộ';
    const result = ok(addon.sidebarCheck());
    expect(result.checked).toBe(plain.checked);
    expect(result.counts).toEqual(plain.counts);
    expect(result.info.join('\n')).not.toContain('Không tìm thấy bảng');
    expect(fake.spreadsheet.getSheets().map((s) => s.getName())).not.toContain('Quần chúng');
  });

  test('two such tabs: none is guessed, and the message names one to rename', () => {
    const { fake, addon } = demo({ backendUrl: BACKEND });
    fake.spreadsheet.sheet('Quần chúng').name = 'Quần chúng 2026';
    fake.spreadsheet.insertSheet('Quần chúng đã kết nạp', 0);
    const result = addon.sidebarCheck() as { ok: boolean; text?: string };
    expect(result.ok).toBe(false);
    expect(result.text).toMatch(
      /^Chưa có bảng tên “Quần chúng”\. Nếu danh sách ở bảng “Quần chúng (2026|đã kết nạp)”, đổi tên bảng đó thành “Quần chúng” rồi kiểm tra lại; nếu chưa có danh sách, bấm “Tạo bảng mẫu” để bắt đầu\.$/,
    );
  });

  test('a word that merely starts like the name is not taken ("Quần chúngx")', () => {
    const { fake, addon } = demo({ backendUrl: BACKEND });
    fake.spreadsheet.sheet('Quần chúng').name = 'Quần chúngx';
    expect((addon.sidebarCheck() as { ok: boolean }).ok).toBe(false);
  });
});

describe('exact names only where a tab is kept per year', () => {
  test('"Giao chỉ tiêu 2025" is never taken for the superior’s “Giao chỉ tiêu”', async () => {
    const { findSheets } = await import('../../addon/src/server/sheet/sheets.ts');
    const { ASSIGN } = await import('../../addon/src/server/features/superior/targets/assignTab.ts');
    const { fake } = demo();
    fake.spreadsheet.insertSheet('Giao chỉ tiêu 2025', 0);
    expect(findSheets(fake.spreadsheet, [ASSIGN], { contained: false }).has(ASSIGN)).toBe(false);
    expect(findSheets(fake.spreadsheet, [ASSIGN]).has(ASSIGN)).toBe(true);
  });
});
