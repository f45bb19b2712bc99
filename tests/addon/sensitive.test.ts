/**
 * domain.md §8: the sheet holds only what the rules need and "should warn against" phone numbers,
 * ID numbers, addresses, lý lịch content, family political history, verification findings and
 * anything classified. A column a user adds for them is warned about at the top of the sidebar;
 * it is still left alone, never read or sent (contract.md §1: extra columns are left alone).
 */
import { describe, expect, test } from 'vitest';
import { TABS } from '../../addon/src/server/sheet/contract.ts';
import { fold } from '../../addon/src/server/sheet/normalize.ts';
import { sensitiveColumn as sensitiveFolded } from '../../addon/src/server/sheet/sensitive.ts';
import { BACKEND, demo, ok, values } from './fixtures.ts';

const sensitiveColumn = (header: string) => sensitiveFolded(fold(header));

describe('columns for data the sheet must not hold', () => {
  test('a phone, an ID number and a hometown column are warned about at the top, left alone and not sent', () => {
    const { fake, addon, bodies } = demo({ backendUrl: BACKEND });
    const sheet = fake.spreadsheet.sheet('Quần chúng');
    const width = (sheet.dump()[0] as unknown[]).length;
    // four columns after the last one, as a user adds them (the sheet grows to hold them)
    sheet.maxColumns = Math.max(sheet.maxColumns, width + 4);
    sheet.values.set(0, width, 'Số điện thoại');
    sheet.values.set(0, width + 1, 'Số CCCD');
    sheet.values.set(0, width + 2, 'Quê quán');
    sheet.values.set(0, width + 3, 'Ghi chú riêng');
    sheet.values.set(1, width, '0912345678');
    sheet.values.set(1, width + 1, '001099012345');
    sheet.values.set(1, width + 2, 'Xã Đinh Văn');
    const before = values(sheet);
    const result = ok(addon.sidebarCheck());

    // 0-based column → its letters (A…Z, AA…ZZ), written out here rather than taken from the add-on
    const letter = (i: number) =>
      i < 26 ? String.fromCharCode(65 + i) : String.fromCharCode(64 + Math.floor(i / 26), 65 + (i % 26));
    const warnings = result.notices.filter((n) => n.title === 'Thông tin không nên lưu trong bảng tính');
    expect(warnings.map((n) => n.level)).toEqual(['warning', 'warning', 'warning']);
    expect(warnings[0]!.text).toContain(`cột ${letter(width)} “Số điện thoại”: số điện thoại không nên ghi`);
    expect(warnings[1]!.text).toContain(`cột ${letter(width + 1)} “Số CCCD”: số căn cước`);
    expect(warnings[2]!.text).toContain(`cột ${letter(width + 2)} “Quê quán”: địa chỉ, quê quán`);
    for (const w of warnings) expect(w.text).toContain('không đọc và không gửi cột này');
    // an ordinary extra column stays a one-line info, not a privacy warning
    expect(result.info.join('\n')).toContain('“Ghi chú riêng”');
    expect(result.info.join('\n')).not.toContain('“Số điện thoại”');

    // nothing the user typed changed, and the values never left the sheet
    const after = values(sheet);
    for (let r = 0; r < before.length; r++)
      for (let c = width; c < width + 4; c++) expect(after[r]![c]).toEqual(before[r]![c]);
    const sent = bodies.join('\n');
    for (const v of ['0912345678', '912345678', '001099012345', 'Đinh Văn']) expect(sent).not.toContain(v);
  });

  test('a members-tab address column is warned about too', () => {
    const { fake, addon } = demo({ backendUrl: BACKEND });
    const sheet = fake.spreadsheet.sheet('Đảng viên');
    const width = (sheet.dump()[0] as unknown[]).length;
    sheet.maxColumns = Math.max(sheet.maxColumns, width + 1);
    sheet.values.set(0, width, 'Địa chỉ thường trú');
    const result = ok(addon.sidebarCheck());
    expect(
      result.notices.some(
        (n) => n.text.startsWith('Bảng “Đảng viên”') && n.text.includes('“Địa chỉ thường trú”'),
      ),
    ).toBe(true);
  });

  test('the phrases catch what users write, and no header of the template is taken for one', () => {
    for (const h of [
      'SĐT',
      'Điện thoại liên hệ',
      'CMND/CCCD',
      'Nơi ở hiện nay',
      'Lịch sử chính trị gia đình',
      'Kết quả thẩm tra lý lịch',
      'Tài liệu mật',
    ])
      expect(sensitiveColumn(h), h).toBeDefined();
    for (const tab of TABS)
      for (const column of tab.columns)
        for (const h of [column.header, ...column.aliases])
          expect(sensitiveColumn(h), `${tab.name}: ${h}`).toBeUndefined();
    for (const h of ['Có mặt', 'Ngày chứng nhận lý lịch', 'Ngày khai lý lịch', 'Ghi chú'])
      expect(sensitiveColumn(h), h).toBeUndefined();
  });
});
